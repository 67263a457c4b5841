/** German: typed dates ("in 3 Werktagen", "Ende nächster Woche") and promises ("Ich melde mich am Montag"). */
import { casual } from 'chrono-node/de';
import { dayFirst } from '../dayFirst';
import { languageRules, wordPattern, type PhraseLanguage } from '../phraseLanguage';

const WORK_DAY = String.raw`(?:werk|arbeits|geschäfts)tag`;
/** Verbs that end a promise to get in touch, after the date: "Ich werde nächste Woche nachfassen". */
const GET_IN_TOUCH = String.raw`(?:nachfassen|nachhaken|nachfragen|melden|zurückmelden|zurückkommen|anrufen|schreiben)`;
const TALK = String.raw`(?:sprechen|telefonieren|austauschen|abstimmen|treffen|besprechen)`;
const SEND = String.raw`(?:schicken|senden|schreiben|antworten|bestätigen|melden|zurückmelden|entscheiden|geben|liefern)`;

export const de: PhraseLanguage = {
  chrono: dayFirst(casual),
  at: 'um',
  rules: languageRules({
    numbers: ['null', 'ein(?:e[mnrs]?)?', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn'],
    months: ['jan(?:uar)?', 'feb(?:ruar)?', 'märz?', 'apr(?:il)?', 'mai', 'juni?', 'juli?', 'aug(?:ust)?', 'sept?(?:ember)?', 'okt(?:ober)?', 'nov(?:ember)?', 'dez(?:ember)?'],
    businessDays: String.raw`(?:in\s+)?{count}\s+${WORK_DAY}(?:en|e)?`,
    nextBusinessDay: String.raw`(?:am\s+)?nächsten\s+${WORK_DAY}`,
    nextWeek: String.raw`(?:nächste|kommende)n?\s+woche`,
    nextMonth: String.raw`(?:nächsten|kommenden)\s+monat`,
    period: String.raw`(?<part>anfang|mitte|ende)\s+(?:(?:der|des|dieser|dieses)\s+)?(?:(?:nächste[nrs]?|kommende[nrs]?)\s+)?(?:(?<week>woche)|(?<month>monats?)|{month})`,
    parts: { anfang: 'start', mitte: 'middle', ende: 'end' },
    next: 'nächst|kommend',
  }),
  promises: {
    own: [
      wordPattern(String.raw`(?:ich\s+melde\s+mich|wir\s+melden\s+uns)(?:\s+(?:wieder|nochmal|nochmals|erneut|dann))?`),
      // The verb comes last in German: the date is read between "ich werde" and it.
      wordPattern(String.raw`(?:ich|wir)\s+werden?(?=(?:\s+\S+){0,5}?\s+${GET_IN_TOUCH}(?![\p{L}]))`),
      wordPattern(String.raw`(?:ich|wir)\s+(?:frage|fragen|hake|haken|fasse|fassen)(?=(?:\s+\S+){0,5}?\s+nach(?![\p{L}]))`),
      wordPattern(String.raw`(?:ich|wir)\s+kommen?(?=(?:\s+\S+){0,6}?\s+zurück(?![\p{L}]))`),
      wordPattern(String.raw`(?:falls|wenn)\s+(?:ich|wir)(?=(?:\s+\S+){0,5}?\s+nichts\s+(?:\S+\s+){0,3}?(?:höre|hören)(?![\p{L}]))`),
    ],
    theirs: [
      wordPattern(String.raw`melden\s+sie\s+sich|melde\s+dich|meldet\s+euch`),
      wordPattern(String.raw`(?:lass|lasst|lassen)\s+(?:sie\s+)?uns(?=(?:\s+\S+){0,5}?\s+${TALK}(?![\p{L}]))`),
      wordPattern(String.raw`(?:können|könnten|sollten)\s+wir(?=(?:\s+\S+){0,5}?\s+${TALK}(?![\p{L}]))`),
      wordPattern(String.raw`(?:ich|wir)\s+(?:schicke|schicken|sende|senden|gebe|geben|melde\s+mich|melden\s+uns)`),
      wordPattern(String.raw`(?:ich|wir)\s+werden?(?=(?:\s+\S+){0,6}?\s+${SEND}(?![\p{L}]))`),
      wordPattern(String.raw`(?:sie|du)\s+(?:bekommen|bekommst|erhalten|erhältst|haben|hast)`),
    ],
    preposition: /(?<![\p{L}])(?:am|bis|vor|ab)\s+$/iu,
    attribution: /^\s*Am\s.+schrieb.*:\s*$/iu,
  },
};
