/**
 * Portuguese, Brazilian and European. Wording from the Portuguese versions of Outlook/Exchange
 * ("Resposta automática", "Não foi possível entregar", "Lida:", meeting responses), Gmail
 * ("Endereço não encontrado", the vacation responder), Google Agenda, help desks' Portuguese
 * templates (Zendesk, Freshdesk) and the usual responder texts on both sides of the Atlantic
 * ("contato"/"contacto", "equipe"/"equipa").
 */
import type { LanguagePhrases } from './index';

export const pt: LanguagePhrases = {
  greetings: [
    'olá',
    'oi',
    'caro',
    'cara',
    'caros',
    'prezado',
    'prezada',
    'prezados',
    'exmo',
    'exma',
    'bom dia',
    'boa tarde',
    'boa noite',
    'estimado',
    'estimada',
  ],
  thanks: [
    'obrigado pelo seu',
    'obrigada pelo seu',
    'obrigado pela sua',
    'obrigada pela sua',
    'obrigado pelo contato',
    'obrigada pelo contato',
    'obrigado pelo contacto',
    'obrigada pelo contacto',
    'obrigado por entrar em contato',
    'obrigado por entrar em contacto',
    'agradeço o seu contato',
    'agradecemos o seu contato',
    'agradecemos o seu contacto',
    'agradecemos a sua mensagem',
  ],
  deliveryFailure: [
    /^não foi possível entregar(?= ?:|\n|$)/, // Exchange: "Não foi possível entregar: <assunto>"
    /não foi possível entregar (?:a|esta) mensagem/,
    /^(?:\*+ ?)?endereço não encontrado\b/, // Gmail
    'notificação de status de entrega', // Gmail (BR): "Notificação de status de entrega (falha)"
    'notificação de estado de entrega', // Gmail (PT)
    'mensagem não entregue',
    'falha na entrega a estes destinatários ou grupos', // Exchange NDR
    /mensagem (?:para \S+ )?não (?:foi|pôde ser|pode ser) entregue/, // Office 365
  ],
  readReceipt: [
    /^lid[ao]: /, // Outlook: "Lida: <assunto>"
    /^confirmação de leitura\b/,
    /^(?:a )?(?:sua )?mensagem\b[\s\S]{0,400}?\bfoi lida\b/, // Outlook: "A sua mensagem … foi lida em …"
    /^este é um recibo de (?:leitura|retorno)\b/, // Thunderbird
    'a sua mensagem foi entregue aos seguintes destinatários', // Outlook delivery receipt
    'sua mensagem foi entregue aos seguintes destinatários',
  ],
  calendar: {
    tentative: [
      'aceitou provisoriamente este convite', // Google Agenda
      'aceitou este convite provisoriamente',
      'respondeu talvez a este convite',
      /^(?:provisório|aceito provisoriamente|aceite provisoriamente|tentativa): /, // Outlook
    ],
    declined: [
      'recusou este convite', // Google Agenda
      /^recusad[oa]: /, // Outlook
    ],
    accepted: [
      'aceitou este convite', // Google Agenda: "<nome> aceitou este convite."
      /^(?:aceito|aceite|aceita): /, // Outlook (BR "Aceito:", PT "Aceite:")
    ],
    invitation: [
      /^convite: /, // Google Agenda
      /^convite atualizado\b/,
      /^evento cancelado\b/,
      /^cancelad[oa]: /, // Outlook
      'você foi convidado para o seguinte evento',
      'você foi convidada para o seguinte evento',
      'foi convidado para o seguinte evento',
      'este evento foi alterado',
      'este evento foi cancelado',
      'convite do google agenda',
    ],
    footer: ['convite do google agenda', 'convite do google calendar'], // Google Agenda's footer (Brazil, Portugal)
  },
  challenge: [
    'clique no link abaixo para verificar',
    'clique na ligação abaixo para verificar',
    // "Sua mensagem está aguardando aprovação", "a sua mensagem aguarda verificação", "… está a aguardar confirmação"
    /\b(?:a sua|sua) mensagem (?:está (?:a aguardar|aguardando)|aguarda) (?:a sua |sua )?(?:aprovação|verificação|confirmação)\b/,
    'estou me protegendo contra spam',
    'para concluir o processo de verificação',
    // Asked to prove being human ("verifique que você é humano", "comprove que é um ser humano")
    /\b(?:confirm[ae]r?|verifi(?:que|car|ca)|comprov[ae]r?) que (?:você )?(?:é|és) (?:uma pessoa|um ser humano|human[oa])\b/,
    'que não é um robô',
    'que não és um robô',
    // A filter holding the mail ("sua mensagem foi retida")
    /\b(?:a sua|sua) mensagem (?:está|foi|ficou) retida\b/,
  ],
  ticket: [
    // Help desks' "we have received your request", European and Brazilian
    /\brecebemos (?:com sucesso |corretamente )?(?:o seu|seu|a sua|sua) (?:pedido|mensagem|solicitação|e-mail|contato|contacto)\b/,
    'o seu pedido foi recebido',
    'seu pedido foi recebido',
    'sua solicitação foi recebida',
    'foi criado um ticket',
    // Zendesk's Portuguese acknowledgement (the request number in brackets, or none), Freshdesk
    /\b(?:o seu|seu|a sua|sua) (?:pedido|ticket|chamado|solicitação)(?: \(?(?:n\.?º|nº|#)?\s?\(?[a-z]{0,5}-?\d[\w-]*\)?)? foi (?:recebid[oa]|criad[oa]|registrad[oa]|registad[oa]|abert[oa])\b/,
    // "Confirmamos a receção do seu pedido", "confirmamos o recebimento da sua solicitação"
    /\bconfirmamos (?:a |o )?(?:receção|recepção|recebimento|criação|abertura|registo|registro)\b/,
    // "… registado com o número …", "registrado sob o protocolo …"
    /\b(?:registad[oa]|registrad[oa]|abert[oa]|criad[oa]) (?:com|sob) (?:o )?(?:número|n\.?º|a referência|o protocolo|protocolo)\b/,
    /\b(?:o seu|seu|a sua|sua) (?:pedido|solicitação|chamado|contacto|contato) (?:será|vai ser) (?:tratad[oa]|analisad[oa]|respondid[oa]|atendid[oa]) (?:com a maior brevidade|o mais rapidamente possível|o mais breve possível|em breve|assim que possível|no prazo)\b/,
    /\b(?:ticket|chamado) (?:n\.?º|nº|#)?\s?[a-z]{0,5}-?\d[\w-]* (?:foi )?(?:criado|aberto)\b/,
    'um membro da nossa equipe entrará em contato',
    'um membro da nossa equipa entrará em contacto',
    'um de nossos agentes',
    /\bum (?:dos nossos |de nossos )?(?:agentes?|técnicos?|consultores?|assistentes?|atendentes?) (?:entrará em contacto|entrará em contato|irá responder|responderá)\b/,
    'esta é uma mensagem automática de confirmação',
    'confirmação de recebimento',
  ],
  // The help desks' reply-above-this-line marker (Zendesk, Freshdesk), in Portuguese
  replyMarker: ['acima desta linha', 'acima dessa linha', 'abaixo desta linha', 'abaixo dessa linha'],
  autoReply: [
    /^(?:resposta automática|mensagem automática)\b/, // Outlook: "Resposta automática: <assunto>"
    'esta é uma resposta automática',
    'esta é uma mensagem automática',
    'este é um e-mail automático',
    'mensagem gerada automaticamente',
    'esta mensagem foi gerada automaticamente',
    'esta caixa de correio não é monitorizada',
    'esta caixa de e-mail não é monitorada',
    'este endereço de e-mail não é mais utilizado',
    'por favor, não responda a este e-mail',
    'por favor não responda a este e-mail',
    'não responda a esta mensagem',
  ],
  absence: [
    /^(?:fora do escritório|ausente|de férias)\b/, // a title line
    // "Estou fora do escritório até <data>", "Encontro-me de férias", "Estarei ausente"
    /\b(?:estou|estarei|encontro-me|me encontro)(?: atualmente| actualmente| neste momento| no momento)? (?:fora do escritório|ausente|de férias|em férias|de licença|em licença|em viagem|fora até)\b/,
    /\bnão estou no escritório\b/,
    /\b(?:não faz mais parte|já não faz parte|não trabalha mais|já não trabalha)\b/, // "X não trabalha mais na empresa"
    /\bdeixou a empresa\b/,
    /\b(?:o nosso escritório está|nosso escritório está|os nossos escritórios estão) (?:atualmente )?fechados?\b/,
  ],
  weakAbsence: [
    'acesso limitado ao e-mail',
    'acesso limitado ao email',
    'acesso limitado aos e-mails',
    /\b(?:estarei de volta|regressarei|retornarei|voltarei)\b/,
  ],
  plans: [
    'amanhã', // also "depois de amanhã"
    'na próxima semana',
    'próxima semana',
    'semana que vem',
    'próximo mês',
    'mês que vem',
    'próximo fim de semana',
    'daqui a duas semanas',
    /\b(?:na|no) próxim[oa] (?:segunda|terça|quarta|quinta|sexta|sábado|domingo)\b/,
  ],
  present: ['hoje', 'atualmente', 'actualmente', 'neste momento', 'no momento', 'de momento', 'agora'],
  boilerplate: [
    'em caso de urgência',
    'para assuntos urgentes',
    'para questões urgentes',
    'se for urgente',
    'por favor contacte',
    'por favor, contacte',
    'por favor entre em contato',
    'por favor, entre em contato',
    'pode contactar',
    'pode entrar em contato',
    'responderei',
    'no meu regresso',
    'após o meu regresso',
    'no meu retorno',
    'quando regressar',
    'quando retornar',
    'durante a minha ausência',
    'durante minha ausência',
    'não será reencaminhada',
    'não será encaminhado',
    'não será encaminhada',
    'o meu colega',
    'a minha colega',
    'meu colega',
    'minha colega',
    'sem acesso ao e-mail',
    // Responders acknowledging receipt: "Confirmo a receção da sua mensagem"
    'confirmo a receção',
    'confirmo a recepção',
    'confirmo o recebimento',
    'acuso a receção',
    'acuso o recebimento',
  ],
  answers: [
    'sim',
    'combinado',
    'de acordo',
    'perfeito',
    'ótimo',
    'ok',
    'sem problema',
    'parece bom',
    'está bem',
    'tá bem',
    'aprovado',
    // "confirmo", but not a responder's "confirmo a receção da sua mensagem"
    /(?<![\p{L}\p{N}])confirmo(?![\p{L}\p{N}])(?! (?:a |o )?(?:receção|recepção|recebimento))/u,
    'confirmado',
    'tudo certo',
    'pode avançar',
    /(?:^|[.!?]\s|\n)(?:claro|pode ser|com certeza)\b/,
  ],
  returnCues: {
    // "até 12 de março", "até sexta-feira", "até ao dia 12", "até o dia 12"
    until: /\baté(?: ao| o| a)?(?: dia)?\s*$/,
    back: /\b(?:de volta|regresso|regressarei|retorno|retornarei|voltarei|volto|estarei (?:novamente )?disponível)\b/,
    rangeEnd: /\ba\s*$/, // "de 2 a 13 de março"
  },
};
