/**
 * Dutch. Wording from the Dutch versions of Outlook/Exchange ("Automatisch antwoord",
 * "Onbestelbaar", "Gelezen:", meeting responses), Gmail ("Adres niet gevonden", the vacation
 * responder), Google Agenda, help desks' Dutch templates (Zendesk, Freshdesk) and the usual
 * Dutch responder texts ("Ik ben afwezig tot en met …").
 */
import type { LanguagePhrases } from './index';

export const nl: LanguagePhrases = {
  greetings: ['hallo', 'hoi', 'beste', 'geachte', 'goedemorgen', 'goedemiddag', 'goedenavond', 'dag', 'lieve'],
  thanks: [
    'bedankt voor uw',
    'bedankt voor je',
    'dank u voor uw',
    'dank je voor je',
    'dank voor uw',
    'hartelijk dank voor',
    'bedankt voor het',
    'bedankt voor de',
    'bedankt dat u contact',
  ],
  deliveryFailure: [
    /^onbestelbaar(?= ?:|\n|$)/, // Exchange: "Onbestelbaar: <onderwerp>"
    /^(?:\*+ ?)?adres niet gevonden\b/, // Gmail
    'melding over de bezorgstatus', // Gmail: "Melding over de bezorgstatus (mislukt)"
    'bezorging is mislukt voor deze geadresseerden', // Exchange NDR
    /bericht (?:aan \S+ )?(?:kan|kon) niet (?:worden )?(?:bezorgd|afgeleverd)/, // Office 365
    /bericht (?:aan \S+ )?is niet (?:bezorgd|afgeleverd)/,
  ],
  readReceipt: [
    /^gelezen: /, // Outlook: "Gelezen: <onderwerp>"
    /^leesbevestiging\b/,
    /^(?:uw|je) bericht\b[\s\S]{0,400}?\bis gelezen\b/, // Outlook: "Uw bericht … is gelezen op …"
    /^dit is een ontvangstbevestiging voor (?:het|uw|je) bericht\b/, // Thunderbird
    'uw bericht is bezorgd bij de volgende geadresseerden', // Outlook delivery receipt
  ],
  calendar: {
    tentative: [
      'heeft deze uitnodiging voorlopig geaccepteerd', // Google Agenda
      'heeft deze uitnodiging voorlopig aangenomen',
      'heeft misschien gereageerd op deze uitnodiging',
      /^(?:voorlopig|voorlopig geaccepteerd|onder voorbehoud): /, // Outlook
    ],
    declined: [
      'heeft deze uitnodiging afgewezen', // Google Agenda
      'heeft deze uitnodiging geweigerd',
      /^(?:geweigerd|afgewezen): /, // Outlook
    ],
    accepted: [
      'heeft deze uitnodiging geaccepteerd', // Google Agenda: "<naam> heeft deze uitnodiging geaccepteerd."
      'heeft deze uitnodiging aangenomen',
      /^(?:geaccepteerd|geaccepteerd en bevestigd): /, // Outlook: "Geaccepteerd: <onderwerp>"
    ],
    invitation: [
      /^uitnodiging: /, // Google Agenda
      /^bijgewerkte uitnodiging\b/,
      /^geannuleerd evenement\b/,
      /^geannuleerd: /, // Outlook
      'je bent uitgenodigd voor het volgende evenement',
      'u bent uitgenodigd voor het volgende evenement',
      'je bent uitgenodigd voor de volgende afspraak',
      'u bent uitgenodigd voor de volgende afspraak',
      'deze afspraak is gewijzigd',
      'deze afspraak is geannuleerd',
      'dit evenement is gewijzigd',
      'dit evenement is geannuleerd',
      'uitnodiging van google agenda',
    ],
    footer: ['uitnodiging van google agenda'], // Google Agenda's footer, on invitations, updates and cancellations
  },
  challenge: [
    'klik op de onderstaande link om te verifiëren',
    'klik op de link hieronder om te bevestigen',
    // "Uw bericht wacht op goedkeuring / verificatie / bevestiging"
    /\b(?:uw|je|jouw) bericht wacht op (?:goedkeuring|verificatie|bevestiging)\b/,
    'ik bescherm mezelf tegen spam',
    'om het verificatieproces te voltooien',
    'dat u geen robot bent',
    'dat je geen robot bent',
    /\bdat (?:u|je) een (?:mens|echt persoon|echte persoon) bent\b/,
    /\b(?:uw|je|jouw) bericht (?:wordt|is|werd) (?:tijdelijk )?tegengehouden\b/,
  ],
  ticket: [
    // Help desks' "we have received your request", also with a ticket number in between
    /\b(?:wij|we) hebben (?:uw|je|jouw) (?:aanvraag|bericht|verzoek|vraag|e-mail|mail)\b[^!?\n]{0,40}?\bontvangen\b/,
    'uw verzoek is ontvangen',
    'uw aanvraag is ontvangen',
    'er is een ticket aangemaakt',
    // Zendesk's Dutch acknowledgement (the request number in brackets, or none), Freshdesk
    /\b(?:uw|je|jouw) (?:aanvraag|verzoek|ticket|melding|vraag)(?: \(?(?:nr\.? |#)?\s?\(?[a-z]{0,5}-?\d[\w-]*\)?)? is (?:in goede orde )?(?:ontvangen|aangemaakt|geregistreerd)\b/,
    // "Hierbij bevestigen wij de ontvangst van uw aanvraag"
    /\bbevestigen (?:wij|we) (?:graag |hierbij )?(?:de )?(?:ontvangst|aanmaak|registratie)\b/,
    // "… geregistreerd onder ticketnummer …", "aangemaakt met kenmerk …"
    /\b(?:geregistreerd|aangemaakt) (?:onder|met) (?:het )?(?:ticketnummer|nummer|referentienummer|kenmerk|referentie)\b/,
    /\b(?:uw|je|jouw) (?:aanvraag|verzoek|vraag|melding) wordt zo snel mogelijk (?:behandeld|opgepakt|beantwoord)\b/,
    /\bticket (?:nr\.? |#)?\s?[a-z]{0,5}-?\d[\w-]* (?:is )?(?:aangemaakt|geopend)\b/,
    'een van onze medewerkers neemt',
    'een medewerker neemt zo snel mogelijk contact',
    'dit is een automatische bevestiging',
    'ontvangstbevestiging van uw aanvraag',
  ],
  // The help desks' reply-above-this-line marker (Zendesk, Freshdesk), in Dutch
  replyMarker: ['boven deze regel', 'boven deze lijn', 'onder deze regel', 'onder deze lijn'],
  autoReply: [
    /^(?:automatisch antwoord|automatisch bericht)\b/, // Outlook: "Automatisch antwoord: <onderwerp>"
    'dit is een automatisch antwoord',
    'dit is een automatisch bericht',
    'dit is een automatisch gegenereerd bericht',
    'dit bericht is automatisch gegenereerd',
    'dit bericht is automatisch verzonden',
    'deze mailbox wordt niet gelezen',
    'deze mailbox wordt niet bewaakt',
    'dit e-mailadres wordt niet meer gebruikt',
    'gelieve niet te antwoorden op deze e-mail',
    'reageer niet op deze e-mail',
    'antwoord niet op deze e-mail',
  ],
  absence: [
    /^(?:afwezig|niet aanwezig|buiten kantoor)\b/, // a title line
    // "Ik ben afwezig tot en met <datum>", "Ik ben tot <datum> niet op kantoor", "Ik ben momenteel met vakantie"
    /\bik ben\b[^!?\n]{0,60}?\b(?:afwezig|niet aanwezig|niet op kantoor|op vakantie|met vakantie|met verlof|op reis|buiten kantoor|ziek|met zwangerschapsverlof|met ouderschapsverlof|niet bereikbaar)\b/,
    /\b(?:is|ben) niet (?:meer|langer) werkzaam (?:bij|voor)\b/, // "X is niet meer werkzaam bij …"
    /\bwerkt niet meer (?:bij|voor)\b/,
    // "Ons kantoor is momenteel gesloten", "… is tot en met <datum> gesloten"
    /\b(?:ons kantoor is|onze kantoren zijn)\b[^!?\n]{0,40}?\bgesloten\b/,
  ],
  weakAbsence: [
    'beperkt bereikbaar',
    'beperkte toegang tot mijn e-mail',
    'beperkte toegang tot e-mail',
    /\bben ik weer (?:aanwezig|op kantoor|bereikbaar)\b/,
    /\bweer aanwezig\b/,
  ],
  plans: [
    // "morgen" is tomorrow, but not in "deze morgen"; also "morgenochtend", "overmorgen"
    /(?<!\b(?:deze|goede|de hele) )\bmorgen\b/,
    'morgenochtend',
    'morgenmiddag',
    'overmorgen',
    'volgende week',
    'volgende maand',
    'komende week',
    'volgend weekend',
    'later deze week',
    'over twee weken',
    /\b(?:volgende|komende) (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b/,
  ],
  present: ['vandaag', 'momenteel', 'op dit moment', 'op het moment', 'nu', 'tijdelijk'],
  boilerplate: [
    'voor dringende zaken',
    'in dringende gevallen',
    'bij dringende zaken',
    'bij spoed',
    'voor spoedeisende zaken',
    'neem contact op met',
    'kunt u contact opnemen met',
    'kun je contact opnemen met',
    'kunt u terecht bij',
    'kun je terecht bij',
    'kunt u mailen naar',
    'na mijn terugkeer',
    'bij terugkomst',
    'zodra ik terug ben',
    'tijdens mijn afwezigheid',
    'wordt niet doorgestuurd',
    'mijn collega',
    'geen toegang tot mijn e-mail',
    'ik zal uw e-mail',
    'ik beantwoord',
    // Responders acknowledging receipt: "Hierbij bevestig ik de ontvangst van uw e-mail"
    'bevestig de ontvangst',
    'bevestigen de ontvangst',
    'ontvangst van uw',
    'ontvangst van je',
  ],
  answers: [
    'ja',
    'prima',
    'akkoord',
    'klinkt goed',
    'goed idee',
    'laten we',
    'ok',
    'oké',
    'afgesproken',
    'top',
    'goedgekeurd',
    // "ik bevestig", but not a responder's "ik bevestig de ontvangst"
    /(?<![\p{L}\p{N}])bevestig(?![\p{L}\p{N}])(?! (?:hierbij )?(?:de |graag de )?ontvangst)/u,
    'bevestigd',
    'in orde',
    'dat is goed',
    'komt goed uit',
    'doen we',
  ],
  returnCues: {
    // "tot en met 12 maart", "t/m vrijdag", "tot maandag"
    until: /\b(?:tot en met|t\/m|tot|tem|t\.e\.m\.)\s*$/,
    back: /\b(?:terug|weer)\b/,
    backAfter: /^[^!?\n]{0,40}?\bweer\b/, // "vanaf dinsdag ben ik weer bereikbaar", "12 maart weer op kantoor"
  },
};
