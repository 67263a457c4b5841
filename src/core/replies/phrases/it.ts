/**
 * Italian. Wording from the Italian versions of Outlook/Exchange ("Risposta automatica",
 * "Non recapitabile", "Letto:", meeting responses), Gmail ("Indirizzo non trovato", the
 * vacation responder), Google Calendar in Italian, help desks' Italian templates (Zendesk,
 * Freshdesk) and the usual Italian responder texts.
 */
import type { LanguagePhrases } from './index';

export const it: LanguagePhrases = {
  greetings: [
    'ciao',
    'salve',
    'buongiorno',
    'buonasera',
    'gentile',
    'gentili',
    'gentilissimo',
    'gentilissima',
    'egregio',
    'egregia',
    'caro',
    'cara',
    'cari',
    'spettabile',
  ],
  thanks: [
    'grazie per la sua',
    'grazie per il suo',
    'grazie per la tua',
    'grazie per il tuo',
    'grazie per averci contattato',
    'grazie per avermi contattato',
    'grazie per il messaggio',
    'grazie per la mail',
    'la ringrazio per',
    'ti ringrazio per',
    'vi ringraziamo per',
  ],
  deliveryFailure: [
    /^non recapitabile(?= ?:|\n|$)/, // Exchange: "Non recapitabile: <oggetto>"
    'messaggio non recapitato',
    /^(?:\*+ ?)?indirizzo non trovato\b/, // Gmail
    'notifica sullo stato di consegna', // Gmail: "Notifica sullo stato di consegna (errore)"
    /impossibile recapitare (?:il|questo) messaggio/,
    'messaggio non consegnato',
    'recapito non riuscito ai seguenti destinatari', // Exchange NDR
    /messaggio (?:a \S+ )?non (?:è stato|può essere|ha potuto essere) (?:recapitato|consegnato)/, // Office 365
  ],
  readReceipt: [
    /^letto: /, // Outlook: "Letto: <oggetto>"
    /^conferma di lettura\b/,
    /^(?:il )?(?:suo |tuo )?messaggio\b[\s\S]{0,400}?\b(?:è stato letto|stato letto)\b/, // Outlook: "Il messaggio … è stato letto il …"
    /^questa è una ricevuta di ritorno\b/, // Thunderbird
    'il messaggio è stato recapitato ai seguenti destinatari', // Outlook delivery receipt
  ],
  calendar: {
    tentative: [
      'ha accettato provvisoriamente questo invito', // Google Calendar
      'ha accettato con riserva questo invito',
      'ha risposto forse a questo invito',
      /^(?:provvisorio|accettato provvisoriamente|accettato con riserva): /, // Outlook
    ],
    declined: [
      'ha rifiutato questo invito', // Google Calendar
      'ha declinato questo invito',
      /^rifiutato: /, // Outlook
    ],
    accepted: [
      'ha accettato questo invito', // Google Calendar: "<nome> ha accettato questo invito."
      /^accettato: /, // Outlook: "Accettato: <oggetto>"
    ],
    invitation: [
      /^invito: /, // Google Calendar
      /^invito aggiornato\b/,
      /^evento annullato\b/,
      /^annullato: /, // Outlook
      'sei stato invitato al seguente evento',
      'sei stata invitata al seguente evento',
      'questo evento è stato modificato',
      'questo evento è stato annullato',
      'invito da google calendar',
    ],
    footer: ['invito da google calendar'], // Google Calendar's footer, on invitations, updates and cancellations
  },
  challenge: [
    'clicca sul link sottostante per verificare',
    'fai clic sul link qui sotto per verificare',
    // "Il suo messaggio è in attesa di approvazione / di verifica / di conferma"
    /\b(?:il tuo|il suo|il vostro) messaggio è in attesa di (?:approvazione|verifica|conferma|convalida)\b/,
    'mi sto proteggendo dalla posta indesiderata',
    'per completare il processo di verifica',
    'che non sei un robot',
    'che non è un robot',
    'il suo messaggio è stato trattenuto',
    // Asked to prove being human or not a robot ("dimostri di essere un essere umano", "verifichi che sei una persona")
    /\b(?:conferma|confermi|confermare|dimostra|dimostri|dimostrare|verifica|verifichi|verificare) (?:di non essere un robot|di essere (?:una persona|un essere umano|umano)|che sei (?:una persona|un essere umano|umano))\b/,
  ],
  ticket: [
    // Help desks' "we have received your request"
    /\babbiamo (?:correttamente )?ricevuto (?:la sua|la tua|il suo|il tuo) (?:richiesta|messaggio|email|e-mail|segnalazione)\b/,
    'è stato creato un ticket',
    // Zendesk's Italian acknowledgement (the request number in brackets, or none), Freshdesk: "… è stata presa in carico"
    /\b(?:la sua|la tua|la vostra) (?:richiesta|segnalazione|pratica)(?: \(?(?:n\.?|#)?\s?\(?[a-z]{0,5}-?\d[\w-]*\)?)? è stata (?:correttamente )?(?:ricevuta|registrata|presa in carico|aperta|inoltrata)\b/,
    // A request logged under a number or code ("aperta con il codice …")
    /\b(?:registrat[ao]|apert[ao]|creat[ao]) con (?:il )?(?:numero|codice|n\.)/,
    // "Le confermiamo la ricezione della sua richiesta", "ti confermiamo l'apertura del ticket"
    /\b(?:le|ti|vi) confermiamo (?:la |l')(?:ricezione|creazione|apertura|registrazione|presa in carico)\b/,
    // A request that will be handled soon ("sarà presa in carico il prima possibile")
    /\b(?:verrà|sarà) (?:gestit[ao]|pres[ao] in carico|evas[ao]|lavorat[ao]) (?:al più presto|il prima possibile|a breve|entro|nel più breve tempo possibile)\b/,
    /\bticket (?:n\.?|#)?\s?[a-z]{0,5}-?\d[\w-]* (?:è stato )?(?:creato|aperto)\b/,
    'un membro del nostro team ti risponderà',
    'un membro del nostro team le risponderà',
    'un operatore la contatterà',
    /\bun (?:nostro )?(?:operatore|consulente|tecnico|agente|incaricato) (?:la|ti|le|vi) (?:contatterà|risponderà|ricontatterà)\b/,
    'questo è un messaggio automatico di conferma',
    'conferma di ricezione della sua richiesta',
  ],
  // The help desks' reply-above-this-line marker (Zendesk, Freshdesk), in Italian
  replyMarker: ['sopra questa riga', 'sopra questa linea', 'sotto questa riga', 'sotto questa linea'],
  autoReply: [
    /^(?:risposta automatica|messaggio automatico)\b/, // Outlook: "Risposta automatica: <oggetto>"
    'questa è una risposta automatica',
    'questo è un messaggio automatico',
    'questa è una email automatica',
    'messaggio generato automaticamente',
    'questo messaggio è stato generato automaticamente',
    'questa casella di posta non è monitorata',
    'questa casella non è presidiata',
    'questo indirizzo non è più attivo',
    'si prega di non rispondere a questa email',
    'si prega di non rispondere a questo messaggio',
    'non rispondere a questa email',
  ],
  absence: [
    /^(?:fuori (?:ufficio|sede)|assente)\b/, // a title line
    // "Sono fuori ufficio fino al <data>", "Sarò assente", "Sono attualmente in ferie"
    /\b(?:sono|sarò)(?: attualmente| al momento| momentaneamente)? (?:fuori (?:ufficio|sede|dall'ufficio)|assente|in ferie|in vacanza|in viaggio|in trasferta|in maternità|in congedo|in malattia)\b/,
    /\bnon sono in ufficio\b/,
    /\bnon (?:lavora|fa) più (?:presso|per|con|parte)\b/, // "X non lavora più presso …"
    /\bnon è più (?:in|presso|con)\b/,
    /\bha lasciato l'azienda\b/,
    /\b(?:i nostri uffici sono|l'ufficio è|il nostro ufficio è) (?:attualmente )?chius[oi]\b/,
  ],
  weakAbsence: [
    'accesso limitato alla posta',
    'accesso limitato alla mail',
    'accesso limitato alle email',
    /\b(?:sarò di ritorno|rientrerò|tornerò)\b/,
  ],
  plans: [
    'domani',
    'dopodomani',
    'la prossima settimana',
    'la settimana prossima',
    'il prossimo mese',
    'il mese prossimo',
    'il prossimo fine settimana',
    'tra due settimane',
    'fra due settimane',
    /\b(?:(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica) prossim[oa]|(?:il|la) prossim[oa] (?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica))\b/,
  ],
  present: ['oggi', 'attualmente', 'al momento', 'in questo momento', 'momentaneamente', 'ora', 'adesso'],
  boilerplate: [
    'in caso di urgenza',
    'per urgenze',
    'per questioni urgenti',
    'per comunicazioni urgenti',
    'per richieste urgenti',
    'può contattare',
    'potete contattare',
    'puoi contattare',
    'si prega di contattare',
    'vi prego di contattare',
    'risponderò',
    'al mio rientro',
    'al mio ritorno',
    'durante la mia assenza',
    'non verrà inoltrato',
    'non verranno inoltrati',
    'il mio collega',
    'la mia collega',
    'senza accesso alla posta',
    // Responders acknowledging receipt: "Le confermo la ricezione della sua email"
    'confermo la ricezione',
    'confermiamo la ricezione',
    'confermo di aver ricevuto',
  ],
  answers: [
    'sì',
    'va bene',
    'd\'accordo',
    'perfetto',
    'ok',
    'nessun problema',
    'procediamo',
    'ottimo',
    'approvato',
    // "ti confermo", "le confermo", but not a responder's "le confermo la ricezione"
    /(?<![\p{L}\p{N}])confermo(?![\p{L}\p{N}])(?! (?:la |l')?(?:ricezione|ricevuta)| di aver ricevuto)/u,
    'confermato',
    'va benissimo',
    'affare fatto',
    /(?:^|[.!?]\s|\n)(?:certo|certamente)\b/,
  ],
  returnCues: {
    // "fino al 12 marzo", "fino a venerdì", "sino al 12/3"
    until: /\b(?:fino|sino) a(?:l|ll'|lla| tutto(?: il)?)?\s*$/,
    back: /\b(?:di ritorno|rientrerò|rientro|tornerò|torno|sarò (?:di nuovo )?(?:disponibile|in ufficio|raggiungibile))\b/,
    rangeEnd: /\bal\s*$/, // "dal 2 al 13 marzo"
  },
};
