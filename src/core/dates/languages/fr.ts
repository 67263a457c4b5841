/** French: typed dates ("dans 3 jours ouvrés", "fin du mois") and promises ("Je reviens vers vous lundi"). */
import { casual } from 'chrono-node/fr';
import { dayFirst } from '../dayFirst';
import { languageRules, wordPattern, type PhraseLanguage } from '../phraseLanguage';

const APOSTROPHE = `['’]`;
const TALK = String.raw`(?:parler|reparler|discuter|rediscuter|échanger|faire\s+le\s+point|voir)`;

export const fr: PhraseLanguage = {
  chrono: dayFirst(casual),
  at: 'à',
  rules: languageRules({
    numbers: ['zéro', 'une?', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'],
    months: ['janv(?:ier)?', 'févr(?:ier)?|fév', 'mars', 'avr(?:il)?', 'mai', 'juin', 'juil(?:let)?', 'août', 'sept(?:embre)?', 'oct(?:obre)?', 'nov(?:embre)?', 'déc(?:embre)?'],
    businessDays: String.raw`(?:dans\s+|d${APOSTROPHE}ici\s+)?{count}\s+jours?\s+ouvr(?:és|ables)`,
    nextBusinessDay: String.raw`(?:le\s+)?prochain\s+jour\s+ouvr(?:é|able)`,
    nextWeek: String.raw`(?:la\s+)?semaine\s+prochaine`,
    nextMonth: String.raw`(?:le\s+)?mois\s+prochain`,
    period: String.raw`(?:(?:à\s+la|au|en|vers\s+la)\s+)?(?<part>début|mi|milieu|fin)[\s-]+(?:(?:de\s+la|du|de)\s+)?(?:(?<week>semaine)|(?<month>mois)|{month})(?:\s+prochaine?)?`,
    parts: { début: 'start', mi: 'middle', fin: 'end' },
    next: 'prochain',
    // chrono reads "après-demain" as "demain".
    daysFromToday: [[String.raw`après[\s-]demain`, 2]],
  }),
  promises: {
    own: [
      wordPattern(String.raw`je\s+(?:vous|te)\s+(?:relance(?:rai)?|recontacte(?:rai)?|rappelle(?:rai)?|réécri(?:s|rai)|écrirai)`),
      wordPattern(String.raw`(?:je|nous)\s+(?:reviens|reviendrai|revenons|reviendrons)\s+vers\s+(?:vous|toi)`),
      wordPattern(String.raw`(?:on|nous)\s+(?:se\s+)?(?:reparle(?:ra)?|reparlerons|refait|refera|referons)(?:\s+le\s+point)?`),
      wordPattern(String.raw`sans\s+(?:nouvelles?|réponse|retour)\s+de\s+(?:votre|ta)\s+part`),
      wordPattern(String.raw`si\s+je\s+n${APOSTROPHE}ai\s+pas\s+(?:de\s+)?(?:vos\s+)?(?:nouvelles|réponse|retour)`),
    ],
    theirs: [
      wordPattern(String.raw`(?:relancez|recontactez|rappelez|écrivez|relance|rappelle|écris)[\s-]+(?:moi|nous)`),
      wordPattern(String.raw`(?:revenez|reviens)\s+vers\s+(?:moi|nous)`),
      wordPattern(String.raw`(?:pouvons|pourrions)[\s-]+nous(?=(?:\s+\S+){0,5}?\s+${TALK}(?![\p{L}]))`),
      wordPattern(String.raw`(?:on|nous)\s+(?:peut|pourrait|pourrions|pouvons)(?=(?:\s+\S+){0,5}?\s+${TALK}(?![\p{L}]))`),
      wordPattern(String.raw`(?:reparlons|rediscutons)[\s-]en|faisons\s+le\s+point`),
      wordPattern(String.raw`je\s+(?:vous|te)\s+(?:enverrai|envoie|confirme(?:rai)?|répondrai|réponds|tiendrai\s+au\s+courant|dirai|donnerai)`),
      wordPattern(String.raw`(?:je|nous)\s+(?:reviens|reviendrai|revenons|reviendrons)\s+vers\s+(?:vous|toi)`),
      wordPattern(String.raw`(?:vous|tu)\s+(?:aurez|auras)`),
    ],
    preposition: new RegExp(String.raw`(?<![\p{L}])(?:d${APOSTROPHE}ici|avant|jusqu${APOSTROPHE}(?:à|au)|pour|le)\s+$`, 'iu'),
    attribution: /^\s*Le\s.+a\s+écrit\s*:\s*$/iu,
  },
};
