/**
 * German. Wording from the German versions of Outlook/Exchange ("Automatische Antwort",
 * the older "Abwesenheitsnotiz", "Unzustellbar", "Gelesen:", meeting responses), Gmail
 * ("Adresse nicht gefunden", the vacation responder), Google Kalender, the help desks'
 * German templates (Zendesk, Freshdesk) and the usual German responder texts.
 */
import type { LanguagePhrases } from './index';

export const de: LanguagePhrases = {
  greetings: [
    'hallo',
    'hi',
    'liebe',
    'lieber',
    'liebes',
    'sehr geehrte',
    'sehr geehrter',
    'sehr geehrtes',
    'guten tag',
    'guten morgen',
    'moin',
    'servus',
    'grüezi',
    'grüß gott',
  ],
  thanks: [
    'vielen dank für ihre',
    'vielen dank für deine',
    'vielen dank für ihr',
    'vielen dank für dein',
    'danke für ihre',
    'danke für deine',
    'herzlichen dank für',
    'besten dank für',
    'vielen dank für die',
  ],
  deliveryFailure: [
    /^unzustellbar(?= ?:|\n|$)/, // Exchange: "Unzustellbar: <Betreff>"
    'unzustellbare nachricht',
    'die übermittlung an folgende empfänger oder gruppen ist fehlgeschlagen', // Exchange NDR
    /^(?:\*+ ?)?adresse nicht gefunden\b/, // Gmail
    'benachrichtigung zum zustellstatus', // Gmail: "Benachrichtigung zum Zustellstatus (Fehler)"
    /^(?:\*+ ?)?nachricht nicht zugestellt\b/, // Gmail
    /nachricht (?:an \S+ )?konnte nicht (?:zugestellt|übermittelt) werden/, // Exchange, Office 365
  ],
  readReceipt: [
    /^gelesen: /, // Outlook: "Gelesen: <Betreff>"
    /^lesebestätigung\b/,
    // Outlook: "Ihre Nachricht <An, Betreff, Gesendet> wurde am <Datum, Uhrzeit, Zeitzone> gelesen."
    /^ihre nachricht\b[\s\S]{0,400}?\bwurde\b[\s\S]{0,200}?\bgelesen\b/,
    /^dies ist eine empfangsbestätigung\b/, // Thunderbird
    'ihre nachricht wurde an folgende empfänger übermittelt', // Outlook delivery receipt
  ],
  calendar: {
    tentative: [
      'hat diese einladung mit vorbehalt angenommen', // Google Kalender
      'hat diese einladung vorläufig angenommen',
      'hat die einladung mit vorbehalt angenommen',
      /^(?:mit vorbehalt angenommen|vorläufig angenommen|vorläufig|mit vorbehalt): /, // Outlook
    ],
    declined: [
      'hat diese einladung abgelehnt', // Google Kalender
      'hat die einladung abgelehnt',
      /^abgelehnt: /, // Outlook
    ],
    accepted: [
      'hat diese einladung angenommen', // Google Kalender: "<Name> hat diese Einladung angenommen."
      'hat die einladung angenommen',
      /^(?:angenommen|zugesagt): /, // Outlook: "Angenommen: <Betreff>"
    ],
    invitation: [
      /^einladung: /, // Google Kalender
      /^aktualisierte einladung\b/,
      /^(?:abgesagter termin|abgesagtes ereignis)\b/,
      /^abgesagt: /, // Outlook, a cancellation
      'sie wurden zu folgendem termin eingeladen',
      'sie wurden zu dem folgenden termin eingeladen',
      'hat sie zu folgendem termin eingeladen',
      'dieser termin wurde geändert',
      'dieser termin wurde abgesagt',
      'einladung von google kalender',
    ],
    footer: ['einladung von google kalender'], // Google Kalender's footer, on invitations, updates and cancellations
  },
  challenge: [
    'bitte klicken sie auf den link unten, um',
    'klicken sie auf den folgenden link, um ihre e-mail-adresse zu bestätigen',
    // "Ihre Nachricht wartet auf Freigabe / auf Ihre Bestätigung", "… wurde vorerst zurückgehalten"
    /\bihre (?:nachricht|e-mail|mail) (?:wartet auf (?:ihre )?(?:freigabe|bestätigung|überprüfung|verifizierung)|(?:wird|wurde) (?:vorerst |vorläufig )?zurückgehalten)\b/,
    'ich schütze mich vor spam',
    'um den bestätigungsvorgang abzuschließen',
    'um die verifizierung abzuschließen',
    // A spam filter naming itself, then holding the mail ("von meinem Spamfilter vorläufig angehalten")
    /\b(?:zum schutz vor spam|von (?:meinem|unserem) spamfilter)\b[^.!?\n]{0,40}?\b(?:zurückgehalten|angehalten|blockiert)\b/,
    // Asked to confirm being human ("dass Sie ein Mensch sind", "dass du kein Roboter bist")
    /\bdass (?:sie (?:kein roboter|ein mensch) sind|du (?:kein roboter|ein mensch) bist)\b/,
  ],
  ticket: [
    // Help desks' "we have received your request", also with a case number in between
    /\bwir haben (?:ihre|ihr|deine|dein) (?:anfrage|nachricht|e-mail|mail|anliegen|ticket)\b[^!?\n]{0,60}?\b(?:erhalten|erfasst|aufgenommen|registriert|angelegt)\b/,
    'ihre anfrage ist bei uns eingegangen',
    'ihre nachricht ist bei uns eingegangen',
    // Zendesk's German acknowledgement (the request number in brackets), Freshdesk, Jira Service Management
    /\bihre anfrage \(?#?\s?[a-z]{0,5}-?\d[\w-]*\)? (?:ist (?:bei uns )?eingegangen|wurde (?:erfolgreich )?(?:empfangen|erstellt|angelegt|registriert))/,
    /\bwird von unseren (?:mitarbeitern|mitarbeitenden|kollegen|support-mitarbeitern) (?:geprüft|bearbeitet)\b/,
    // "Hiermit bestätigen wir den Eingang Ihrer Anfrage", "wir bestätigen Ihnen die Eröffnung des Tickets"
    /\bbestätigen (?:wir )?(?:ihnen )?(?:hiermit )?(?:gerne )?(?:den (?:eingang|erhalt)|die (?:erstellung|eröffnung|anlage|registrierung))\b/,
    // "unter der Vorgangsnummer … angelegt", "mit der Referenznummer … registriert"
    /\b(?:unter|mit) der (?:ticket|vorgangs|referenz|fall|kunden)-?(?:nummer|nr\.?)\b[^.!?\n]{0,40}?\b(?:erfasst|angelegt|registriert|aufgenommen|eröffnet)\b/,
    /\bihre (?:anfrage|nachricht|meldung) wird (?:schnellstmöglich|so schnell wie möglich|umgehend|zeitnah|in kürze) bearbeitet\b/,
    /\bein(?:e|er)? (?:unserer )?(?:mitarbeiter|mitarbeiterin|mitarbeitenden|berater|beraterin|kundenberater|kundenberaterin|servicemitarbeiter|servicemitarbeiterin) (?:wird|werden) sich\b/,
    /\bihre anfrage wurde (?:erfolgreich )?(?:empfangen|erstellt|angelegt|registriert|übermittelt)\b/,
    /\bticket (?:nr\.? |nummer )?#?\s?[a-z]{0,5}-?\d[\w-]* (?:wurde )?(?:erstellt|angelegt|eröffnet)\b/,
    'ein ticket wurde erstellt',
    'wird sich in kürze bei ihnen melden',
    'wird sich schnellstmöglich bei ihnen melden',
    'dies ist eine automatische bestätigung',
    'eingangsbestätigung',
  ],
  // The help desks' reply-above-this-line marker (Zendesk, Freshdesk), in German
  replyMarker: ['über dieser zeile', 'oberhalb dieser zeile', 'unterhalb dieser zeile', 'unter dieser zeile', 'über dieser linie', 'oberhalb dieser linie'],
  autoReply: [
    /^(?:automatische antwort|autoreply|auto-reply)\b/, // Outlook: "Automatische Antwort: <Betreff>"
    /^abwesenheitsnotiz\b/, // older Outlook: "Abwesenheitsnotiz: <Betreff>"
    'dies ist eine automatische antwort',
    'dies ist eine automatisch generierte',
    'dies ist eine automatisch erstellte',
    'diese nachricht wurde automatisch erstellt',
    'diese nachricht wurde automatisch generiert',
    'diese e-mail wurde automatisch erstellt',
    'automatisch generierte nachricht',
    'dieses postfach wird nicht überwacht',
    'dieses postfach wird nicht mehr gelesen',
    'diese e-mail-adresse wird nicht mehr verwendet',
    'bitte antworten sie nicht auf diese e-mail',
    'bitte antworten sie nicht auf diese nachricht',
  ],
  absence: [
    /^(?:abwesenheitsnotiz|abwesenheit|nicht im büro|außer haus)\b/, // Outlook's older title, a title line
    // "Ich bin bis zum <Datum> nicht im Büro", "Ich bin derzeit abwesend", "Ich befinde mich im Urlaub"
    /\bich (?:bin|befinde mich)\b[^!?\n]{0,60}?\b(?:nicht im büro|nicht im hause?|abwesend|im urlaub|in urlaub|außer haus|ausser haus|nicht erreichbar|in elternzeit|im mutterschutz|in mutterschutz|auf dienstreise|auf geschäftsreise|nicht am arbeitsplatz|krankgeschrieben)\b/,
    /\b(?:ist|bin) nicht mehr (?:bei|im unternehmen|für|in der firma)\b/, // "Frau X ist nicht mehr bei der Firma"
    /\barbeitet nicht mehr (?:bei|für|im)\b/,
    /\bhat das unternehmen verlassen\b/,
    // "Unser Büro ist derzeit geschlossen", "… ist bis zum <Datum> geschlossen"
    /\b(?:unser büro ist|unsere büros sind)\b[^!?\n]{0,60}?\bgeschlossen\b/,
  ],
  weakAbsence: [
    'eingeschränkt erreichbar',
    'nur eingeschränkten zugriff',
    'eingeschränkten zugriff auf meine e-mails',
    /\b(?:ab|am)\b[^!?\n]{0,30}?\bwieder (?:im büro|erreichbar|da|verfügbar|im hause?)\b/, // "Ab dem 8. Dezember bin ich wieder im Büro"
    /\berst wieder\b/,
  ],
  plans: [
    // "morgen" is tomorrow, but not in "guten Morgen", "heute Morgen", "am Morgen"
    /(?<!\b(?:guten|heute|gestern|am|jeden|diesen|den ganzen) )\bmorgen\b/,
    'übermorgen',
    'nächste woche',
    'nächsten woche',
    'kommende woche',
    'kommenden woche',
    'nächsten monat',
    'übernächste woche',
    'in zwei wochen',
    /\b(?:nächsten|kommenden) (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b/,
  ],
  present: ['heute', 'derzeit', 'zurzeit', 'zur zeit', 'momentan', 'gerade', 'aktuell', 'im moment'],
  boilerplate: [
    'in dringenden fällen',
    'bei dringenden anliegen',
    'bei dringenden angelegenheiten',
    'in dringenden angelegenheiten',
    'bei dringenden fragen',
    'wenden sie sich bitte an',
    'wenden sie sich an',
    'wenden sie sich gerne an',
    'wende dich bitte an',
    'kontaktieren sie bitte',
    'bitte kontaktieren sie',
    'meine vertretung',
    'meine kollegin',
    'mein kollege',
    'nach meiner rückkehr',
    'sobald ich zurück bin',
    'während meiner abwesenheit',
    'wird nicht weitergeleitet',
    'werden nicht weitergeleitet',
    'werden nicht gelesen',
    'keinen zugriff auf meine e-mails',
    'keinen zugriff auf e-mails',
    // Responders acknowledging receipt: "Hiermit bestätige ich den Eingang Ihrer Nachricht"
    'eingang ihrer nachricht',
    'eingang ihrer e-mail',
    'erhalt ihrer nachricht',
    'erhalt ihrer e-mail',
  ],
  answers: [
    'ja',
    'klingt gut',
    'passt',
    'einverstanden',
    'machen wir',
    'lass uns',
    'lassen sie uns',
    'ok',
    'okay',
    'alles klar',
    'perfekt',
    'super',
    'genehmigt',
    // "ich bestätige", but not a responder's "bestätige den Eingang Ihrer Nachricht"
    /(?<![\p{L}\p{N}])bestätige(?![\p{L}\p{N}])(?! (?:ich |wir )?(?:hiermit )?(?:den (?:eingang|erhalt)|ihnen den))/u,
    'bestätigt',
    'geht klar',
    'in ordnung',
    'abgemacht',
    'freigegeben',
  ],
  returnCues: {
    // "bis 7.12.", "bis zum 7. Dezember", "bis einschließlich Freitag", Swiss "bis und mit"
    until: /\bbis(?: einschließlich| einschl\.| inklusive| inkl\.| und mit)?(?: zum| zur| am| dem| den)?\s*$/,
    back: /\b(?:zurück|wieder)\b/,
    backAfter: /^[^!?\n]{0,40}?\bwieder\b/, // "Ab Montag bin ich wieder im Büro", "am 7.12. wieder erreichbar"
  },
};
