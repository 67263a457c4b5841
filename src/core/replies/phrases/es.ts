/**
 * Spanish. Wording from the Spanish versions of Outlook/Exchange ("Respuesta automática",
 * "No se puede entregar", "Leído:", meeting responses), Gmail ("Dirección no encontrada",
 * the vacation responder), Google Calendar in Spanish, help desks' Spanish templates
 * (Zendesk, Freshdesk) and the usual Spanish responder texts.
 */
import type { LanguagePhrases } from './index';

export const es: LanguagePhrases = {
  greetings: [
    'hola',
    'estimado',
    'estimada',
    'estimados',
    'estimadas',
    'buenos días',
    'buenas tardes',
    'buenas noches',
    'buen día',
    'querido',
    'querida',
  ],
  thanks: [
    'gracias por su',
    'gracias por tu',
    'muchas gracias por su',
    'muchas gracias por tu',
    'gracias por contactar',
    'gracias por ponerse en contacto',
    'gracias por escribir',
    'le agradecemos su',
    'agradecemos su',
    'agradezco su',
  ],
  deliveryFailure: [
    /^no se puede entregar(?= ?:|\n|$)/, // Exchange: "No se puede entregar: <asunto>"
    /^(?:\*+ ?)?dirección no encontrada\b/, // Gmail
    'notificación de estado de entrega', // Gmail: "Notificación de estado de entrega (error)"
    'mensaje no entregado',
    'error en la entrega a estos destinatarios o grupos', // Exchange NDR
    /mensaje (?:a \S+ )?no se (?:ha )?(?:podido entregar|pudo entregar|entregó)/, // Office 365
  ],
  readReceipt: [
    /^leído: /, // Outlook: "Leído: <asunto>"
    /^confirmación de lectura\b/,
    /^(?:su|tu) mensaje\b[\s\S]{0,400}?\b(?:se leyó|ha sido leído|fue leído)\b/, // Outlook: "Su mensaje … se leyó el …"
    /^este es un acuse de recibo para el (?:mensaje|correo)\b/, // Thunderbird
    'su mensaje se ha entregado a los siguientes destinatarios', // Outlook delivery receipt
  ],
  calendar: {
    tentative: [
      'ha aceptado provisionalmente esta invitación', // Google Calendar
      'ha aceptado tentativamente esta invitación',
      'ha respondido quizás a esta invitación',
      /^(?:provisional|aceptad[oa] provisionalmente|tentativ[oa]): /, // Outlook
    ],
    declined: [
      'ha rechazado esta invitación', // Google Calendar
      'ha declinado esta invitación',
      /^rechazad[oa]: /, // Outlook
    ],
    accepted: [
      'ha aceptado esta invitación', // Google Calendar: "<nombre> ha aceptado esta invitación."
      /^aceptad[oa]: /, // Outlook: "Aceptado: <asunto>"
    ],
    invitation: [
      /^invitación: /, // Google Calendar
      /^invitación actualizada\b/,
      /^evento cancelado\b/,
      /^cancelad[oa]: /, // Outlook
      'has sido invitado al siguiente evento',
      'has sido invitada al siguiente evento',
      'invitación para el siguiente evento',
      'se te ha invitado al siguiente evento',
      'este evento ha sido modificado',
      'este evento ha sido cancelado',
      'invitación de google calendar',
    ],
    footer: ['invitación de google calendar'], // Google Calendar's footer, on invitations, updates and cancellations
  },
  challenge: [
    'haga clic en el siguiente enlace para verificar',
    'haz clic en el siguiente enlace para verificar',
    // "Su mensaje está pendiente de aprobación / a la espera de verificación"
    /\b(?:su|tu) (?:mensaje|correo) está (?:pendiente de|a la espera de) (?:aprobación|verificación|confirmación)\b/,
    'me estoy protegiendo del correo no deseado',
    'para completar el proceso de verificación',
    'que no es un robot',
    'que no eres un robot',
    // Asked to prove being human ("verifica que eres humano", "demuestre que es un ser humano")
    /\b(?:confirm[ae]r?|verific[ae]r?|verifique|demuestr[ae]|demostrar|compruebe|comprueba|comprobar) que (?:usted )?(?:es|eres) (?:una persona|un ser humano|human[oa])\b/,
    'su mensaje ha sido retenido',
  ],
  ticket: [
    // Help desks' "we have received your request", also "… correctamente …"
    /\bhemos recibido (?:correctamente |con éxito )?(?:su|tu) (?:solicitud|consulta|mensaje|correo|petición|incidencia)\b/,
    /\bregistrad[oa] con el número de (?:incidencia|ticket|caso|solicitud)\b/,
    'su solicitud ha sido recibida',
    'tu solicitud ha sido recibida',
    'se ha creado un ticket',
    // Zendesk's Spanish acknowledgement (the request number in brackets, or none), Freshdesk: "… ha quedado registrada"
    /\b(?:su|tu) (?:solicitud|ticket|caso|consulta|petición|incidencia)(?: \(?(?:n\.?º|nº|#)?\s?\(?[a-z]{0,5}-?\d[\w-]*\)?)? (?:ha sido|ha quedado|se ha|fue) (?:recibid[oa]|cread[oa]|registrad[oa]|abiert[oa])\b/,
    // "Le confirmamos la recepción de su solicitud", "te confirmamos la apertura del ticket"
    /\b(?:le|te|les|os) confirmamos (?:la |el )?(?:recepción|creación|apertura|registro|alta)\b/,
    /\b(?:su|tu) (?:solicitud|consulta|petición|incidencia) (?:será|va a ser) (?:atendida|gestionada|tramitada|revisada) (?:a la mayor brevedad|lo antes posible|en breve|en un plazo)\b/,
    // An agent or advisor who will get back to the customer ("un asesor se pondrá en contacto con usted")
    /\bun (?:agente|asesor|técnico|especialista|gestor)(?: de (?:soporte|atención al cliente))? (?:se pondrá en contacto|le responderá|te responderá|le contactará|te contactará|le atenderá|te atenderá)\b/,
    /\bticket (?:n\.?º|nº|#)?\s?[a-z]{0,5}-?\d[\w-]* (?:ha sido )?(?:creado|abierto)\b/,
    'un miembro de nuestro equipo se pondrá en contacto',
    'un miembro de nuestro equipo le responderá',
    'uno de nuestros agentes',
    'este es un mensaje automático para confirmar',
    'acuse de recibo de su solicitud',
  ],
  // The help desks' reply-above-this-line marker (Zendesk, Freshdesk), in Spanish
  replyMarker: ['encima de esta línea', 'arriba de esta línea', 'debajo de esta línea', 'abajo de esta línea'],
  autoReply: [
    /^(?:respuesta automática|mensaje automático)\b/, // Outlook: "Respuesta automática: <asunto>"
    'esta es una respuesta automática',
    'este es un mensaje automático',
    'este es un correo automático',
    'este mensaje ha sido generado automáticamente',
    'este mensaje se ha generado automáticamente',
    'mensaje generado automáticamente',
    'este buzón no es monitoreado',
    'este buzón no está supervisado',
    'esta cuenta de correo no es supervisada',
    'esta dirección de correo ya no está en uso',
    'por favor, no responda a este correo',
    'por favor no responda a este correo',
    'no responda a este mensaje',
  ],
  absence: [
    /^(?:fuera de (?:la )?oficina|ausente|de vacaciones)\b/, // a title line
    // "Estoy fuera de la oficina hasta el <fecha>", "Me encuentro de vacaciones", "Estaré ausente"
    /\b(?:estoy|estaré|me encuentro|me encontraré)(?: actualmente| en este momento)? (?:fuera de (?:la )?oficina|fuera hasta|ausente|de vacaciones|de viaje|de baja|de permiso|de licencia|fuera del despacho)\b/,
    /\bya no (?:trabaja|forma parte|está) (?:en|con|de)\b/, // "X ya no trabaja en la empresa"
    /\bha dejado la empresa\b/,
    /\b(?:nuestra oficina está|nuestras oficinas están) (?:actualmente )?cerradas?\b/,
  ],
  weakAbsence: [
    'acceso limitado al correo',
    'acceso limitado a mi correo',
    'acceso limitado a internet',
    /\b(?:estaré de vuelta|regresaré|volveré|me reincorporaré)\b/,
  ],
  plans: [
    // "mañana" is tomorrow, but not in "esta mañana", "por la mañana"; also "pasado mañana"
    /(?<!\b(?:la|esta|una|cada|toda la|media) )\bmañana\b/,
    'la próxima semana',
    'la semana que viene',
    'el próximo mes',
    'el mes que viene',
    'el próximo fin de semana',
    'dentro de dos semanas',
    /\bel (?:próximo (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo) (?:que viene|próximo))\b/,
  ],
  present: ['hoy', 'actualmente', 'en este momento', 'en estos momentos', 'ahora', 'ahora mismo'],
  boilerplate: [
    'en caso de urgencia',
    'para asuntos urgentes',
    'para cualquier asunto urgente',
    'para temas urgentes',
    'si es urgente',
    'puede contactar',
    'puedes contactar',
    'por favor contacte',
    'por favor, contacte',
    'puede ponerse en contacto',
    'puede escribir a',
    'le responderé',
    'te responderé',
    'responderé a su',
    'a mi regreso',
    'a mi vuelta',
    'cuando regrese',
    'cuando vuelva',
    'durante mi ausencia',
    'no será reenviado',
    'mi compañero',
    'mi compañera',
    'sin acceso al correo',
    // Responders acknowledging receipt: "Acuso recibo de su mensaje", "le confirmo la recepción"
    'acuso recibo',
    'acusamos recibo',
    'confirmo la recepción',
    'confirmo recepción',
    'confirmamos la recepción',
  ],
  answers: [
    'sí',
    'de acuerdo',
    'me parece bien',
    'perfecto',
    'vale',
    'genial',
    'ok',
    'sin problema',
    'cuenta conmigo',
    // "te confirmo", "le confirmo", but not a responder's "le confirmo la recepción de su mensaje"
    /(?<![\p{L}\p{N}])confirmo(?![\p{L}\p{N}])(?! (?:la |el )?(?:recepción|recepcion|recibo)| que (?:he )?recibido)/u,
    'confirmado',
    'me va bien',
    'nos va bien',
    'me viene bien',
    'nos viene bien',
    'trato hecho',
    /(?:^|[.!?]\s|\n)(?:claro|adelante|por supuesto)\b/,
  ],
  returnCues: {
    // "hasta el 12 de marzo", "hasta el viernes", "hasta el día 12"
    until: /\bhasta(?: el| la)?(?: día)?\s*$/,
    back: /\b(?:de vuelta|de regreso|regresaré|regreso|volveré|vuelvo|me reincorporaré|reincorporación|estaré (?:de nuevo )?disponible)\b/,
    rangeEnd: /\bal\s*$/, // "del 2 al 13 de marzo"
  },
};
