/**
 * French. Wording from the French versions of Outlook/Exchange ("Réponse automatique",
 * "Non remis", "Lu :", meeting responses), Gmail ("Adresse introuvable", the vacation
 * responder), Google Agenda, help desks' French templates (Zendesk, Freshdesk), Mailinblack
 * (a challenge-response filter common in France) and the usual French responder texts.
 * French typography puts a space before ":" — the patterns allow it.
 */
import type { LanguagePhrases } from './index';

export const fr: LanguagePhrases = {
  greetings: ['bonjour', 'bonsoir', 'salut', 'cher', 'chère', 'chers', 'chères', 'madame', 'monsieur', 'coucou'],
  thanks: [
    'merci pour votre',
    'merci de votre',
    'merci pour ton',
    'merci de ton',
    'je vous remercie pour votre',
    'je vous remercie de votre',
    'nous vous remercions pour votre',
    'nous vous remercions de votre',
    'merci de nous avoir contactés',
    'merci d\'avoir contacté',
  ],
  deliveryFailure: [
    /^non remis(?= ?:|\n|$)/, // Exchange: "Non remis : <objet>"
    'message non distribuable',
    /^(?:\*+ ?)?adresse introuvable\b/, // Gmail
    'échec de la remise',
    'échec de remise',
    'notification d\'état de remise', // Gmail: "Notification d'état de remise (échec)"
    'message non remis',
    'message non délivré',
    'la remise à ces destinataires ou groupes a échoué', // Exchange NDR
    /impossible de remettre (?:le|votre|ce) message/,
    /message (?:à \S+ )?n'a pas (?:pu être|été) (?:remis|distribué|délivré)/, // Office 365, Gmail
  ],
  readReceipt: [
    /^lu ?: /, // Outlook: "Lu : <objet>"
    /^accusé de lecture\b/,
    /^votre message\b[\s\S]{0,400}?\ba été lu\b/, // Outlook: "Votre message … a été lu le …"
    /^ceci est un accusé de réception pour le (?:courrier|message)\b/, // Thunderbird
    'votre message a été remis aux destinataires suivants', // Outlook delivery receipt
  ],
  calendar: {
    tentative: [
      'a accepté provisoirement cette invitation', // Google Agenda
      'a répondu peut-être à cette invitation',
      'a accepté cette invitation à titre provisoire',
      /^(?:provisoire|accepté provisoirement|peut-être) ?: /, // Outlook
    ],
    declined: [
      'a refusé cette invitation', // Google Agenda
      'a décliné cette invitation',
      /^refusé ?: /, // Outlook
    ],
    accepted: [
      'a accepté cette invitation', // Google Agenda: "<nom> a accepté cette invitation."
      /^accepté ?: /, // Outlook: "Accepté : <objet>"
    ],
    invitation: [
      /^invitation ?: /, // Google Agenda
      /^invitation mise à jour\b/,
      /^événement annulé\b/,
      /^annulé ?: /, // Outlook
      'vous avez été invité à l\'événement suivant',
      'vous avez été invitée à l\'événement suivant',
      'cet événement a été modifié',
      'cet événement a été annulé',
      'invitation de google agenda',
      'invitation provenant de google agenda',
    ],
    footer: ['invitation de google agenda', 'invitation provenant de google agenda'], // Google Agenda's footer
  },
  challenge: [
    'cliquez sur le lien ci-dessous pour vérifier',
    'cliquez sur le lien ci-dessous pour valider',
    // Mailinblack and others: "Votre message est en attente de validation / de vérification / d'approbation"
    /\bvotre (?:message|e-?mail|courriel) est en attente (?:de (?:validation|vérification|confirmation)|d'approbation)\b/,
    'je me protège contre les spams',
    'je me protège contre le courrier indésirable',
    'pour compléter le processus de vérification',
    'que vous n\'êtes pas un robot',
    // "Confirmez que vous êtes bien un humain", "prouvez que vous êtes une personne réelle"
    /\b(?:confirmer|confirmez|vérifier|vérifiez|prouver|prouvez|attester|attestez) que vous êtes (?:bien )?(?:un (?:humain|être humain)|une (?:personne|vraie personne|personne réelle)|humain)\b/,
  ],
  ticket: [
    /\bnous avons (?:bien )?reçu votre (?:demande|message|e-mail|email|courriel|requête)\b/, // help desks' "we have received your request"
    'votre demande a bien été reçue',
    'votre demande a été reçue',
    'votre demande a bien été enregistrée',
    'votre demande a été enregistrée',
    // Zendesk's French acknowledgement (the request number in brackets, or none), Freshdesk: "… a bien été prise en compte"
    /\bvotre (?:demande|ticket|requête|réclamation|dossier)(?: \(?(?:n°|no\.?|#)?\s?\(?[a-z]{0,5}-?\d[\w-]*\)?)? a (?:bien )?été (?:reçue?|créée?|enregistrée?|prise? en compte|ouverte?)\b/,
    // "enregistrée sous le numéro …", "ouvert sous la référence …"
    /\b(?:enregistrée?|créée?|ouverte?) sous (?:le )?(?:numéro|n°|la référence)\b/,
    // Freshdesk and others confirming they received or opened the request ("nous vous confirmons la bonne réception …")
    /\b(?:nous )?vous confirmons (?:la bonne |la |l')(?:réception|création|ouverture|enregistrement|prise en compte)\b/,
    /\bvotre (?:demande|requête|ticket|dossier) sera traitée? (?:dans les (?:plus brefs|meilleurs) délais|dès que possible|rapidement|sous)\b/,
    /\bticket (?:n°|no\.?|#)?\s?[a-z]{0,5}-?\d[\w-]* (?:a été )?(?:créé|ouvert)\b/,
    'un ticket a été créé',
    'un membre de notre équipe vous répondra',
    'un membre de notre équipe reviendra vers vous',
    'un conseiller vous répondra',
    // An advisor, agent or technician who will get back to the customer ("une de nos conseillères vous recontactera")
    /\bun(?:e)? (?:de nos )?(?:conseill(?:er|ère)s?|agents?|technicien(?:ne)?s?|collaborat(?:eur|rice)s?) (?:vous répondra|reviendra vers vous|vous recontactera|vous contactera|prendra contact avec vous)\b/,
    'ceci est un message automatique de confirmation',
    'accusé de réception de votre demande',
  ],
  // The help desks' reply-above-this-line marker (Zendesk, Freshdesk), in French
  replyMarker: ['au-dessus de cette ligne', 'au dessus de cette ligne', 'en dessous de cette ligne', 'au-dessous de cette ligne', 'sous cette ligne'],
  autoReply: [
    /^(?:réponse automatique|message automatique)\b/, // Outlook: "Réponse automatique : <objet>"
    'ceci est une réponse automatique',
    'ceci est un message automatique',
    'ceci est un e-mail automatique',
    'ce message a été généré automatiquement',
    'ce message est généré automatiquement',
    'message généré automatiquement',
    'cette boîte aux lettres n\'est pas surveillée',
    'cette adresse n\'est pas surveillée',
    'cette adresse e-mail n\'est plus utilisée',
    'cette adresse n\'est plus active',
    'cette adresse n\'accepte pas les réponses',
    'merci de ne pas répondre à ce message',
    'merci de ne pas répondre à cet e-mail',
    'veuillez ne pas répondre à ce message',
  ],
  absence: [
    /^(?:absent|absente|absence du bureau|hors du bureau)\b/, // a title line
    // "Je suis absent(e) du bureau jusqu'au …", "Je suis actuellement en congés"
    /\bje (?:suis|serai)(?: actuellement| en ce moment| absent)? (?:absente?|en congés?|en vacances|en déplacement|en congé (?:maternité|paternité|parental|maladie)|hors du bureau|en dehors du bureau|loin du bureau|pas au bureau|indisponible)\b/,
    /\bne fait plus partie (?:de|des|du|d')/, // "<nom> ne fait plus partie de <société>"
    /\bne travaille plus (?:chez|pour|à|au|dans)\b/,
    /\ba quitté (?:la société|l'entreprise|le cabinet)\b/,
    /\b(?:notre bureau est|nos bureaux sont) (?:actuellement )?fermés?\b/,
  ],
  weakAbsence: [
    'accès limité à mes e-mails',
    'accès limité à ma messagerie',
    'accès limité à mes mails',
    /\bje serai de retour\b/,
    /\bde retour (?:le|au bureau)\b/,
  ],
  plans: [
    'demain', // also "après-demain"
    'la semaine prochaine',
    'le mois prochain',
    'le week-end prochain',
    'plus tard cette semaine',
    'dans deux semaines',
    'dans quinze jours',
    /\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) prochain\b/,
  ],
  present: ['aujourd\'hui', 'actuellement', 'en ce moment', 'pour le moment', 'à présent'],
  boilerplate: [
    'en cas d\'urgence',
    'pour toute urgence',
    'pour les urgences',
    'pour toute demande urgente',
    'vous pouvez contacter',
    'merci de contacter',
    'veuillez contacter',
    'vous pouvez joindre',
    'n\'hésitez pas à contacter',
    'je vous répondrai',
    'je répondrai',
    'je traiterai votre',
    'à mon retour',
    'dès mon retour',
    'pendant mon absence',
    'durant mon absence',
    'en mon absence',
    'ne sera pas transféré',
    'n\'a pas été transféré',
    'merci d\'écrire à',
    'ne sera pas transmis',
    'ne seront pas lus',
    'mon collègue',
    'ma collègue',
    'sans accès à mes e-mails',
    'sans accès à ma messagerie',
    // Responders acknowledging receipt: "Je vous confirme la bonne réception de votre message"
    'bonne réception de votre',
    'accuse réception',
    'accusons réception',
  ],
  answers: [
    'oui',
    'd\'accord',
    'ça marche',
    'ça me va',
    'parfait',
    'allons-y',
    'ok',
    'pas de problème',
    'bonne idée',
    'validé',
    'je valide',
    // "je (vous) confirme", but not a responder's "je vous confirme la bonne réception"
    /(?<![\p{L}\p{N}])je (?:vous |te )?confirme(?![\p{L}\p{N}])(?! (?:la )?(?:bonne )?réception)/u,
    'confirmé',
    'c\'est bon',
    'ça me convient',
    // Opening a sentence only: responders write "bien entendu"
    /(?:^|[.!?]\s|\n)entendu\b/,
  ],
  returnCues: {
    // "jusqu'au 7 décembre", "jusqu'à vendredi", "jusqu'au lundi 7 inclus"
    until: /\bjusqu'(?:au|à|a)(?: et y compris)?(?: le| la)?\s*$/,
    back: /\b(?:de retour|reviendrai|rentrerai|retour prévu|serai (?:de nouveau |à nouveau )?(?:disponible|joignable|au bureau|présente?))\b/,
    rangeEnd: /\bau\s*$/, // "du 30 novembre au 4 décembre"
  },
};
