/** Spanish: typed dates ("en 3 días hábiles", "a finales de mes") and promises ("Te escribo el lunes"). */
import { casual } from 'chrono-node/es';
import { dayFirst } from '../dayFirst';
import { languageRules, wordPattern, type PhraseLanguage } from '../phraseLanguage';

const TALK = String.raw`(?:hablar|retomar|vernos|reunirnos|revisar|comentar)`;

export const es: PhraseLanguage = {
  chrono: dayFirst(casual),
  at: String.raw`a\s+las?`,
  rules: languageRules({
    numbers: ['cero', 'un[oa]?', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez'],
    months: ['ene(?:ro)?', 'feb(?:rero)?', 'mar(?:zo)?', 'abr(?:il)?', 'may(?:o)?', 'jun(?:io)?', 'jul(?:io)?', 'ago(?:sto)?', 'sep(?:tiembre)?|set(?:iembre)?', 'oct(?:ubre)?', 'nov(?:iembre)?', 'dic(?:iembre)?'],
    businessDays: String.raw`(?:en\s+|dentro\s+de\s+)?{count}\s+días?\s+(?:hábiles|laborables)`,
    nextBusinessDay: String.raw`(?:el\s+)?(?:próximo|siguiente)\s+día\s+(?:hábil|laborable)`,
    nextWeek: String.raw`(?:la\s+)?(?:próxima\s+semana|semana\s+que\s+viene)`,
    nextMonth: String.raw`(?:el\s+)?(?:próximo\s+mes|mes\s+que\s+viene)`,
    // "fin de semana" is the weekend: the week's end needs "la" or "esta" before "semana".
    period: String.raw`(?:a\s+)?(?<part>principios|comienzos|inicios?|mediados|finales|fin)\s+del?\s+(?:(?:la|esta)\s+(?:próxima\s+)?(?<week>semana)(?:\s+que\s+viene)?|(?:(?:este|el)\s+)?(?:próximo\s+)?(?<month>mes)(?:\s+que\s+viene)?|{month})`,
    parts: { principio: 'start', comienzo: 'start', inicio: 'start', mediados: 'middle', final: 'end', fin: 'end' },
    next: String.raw`próxim|que\s+viene`,
    // chrono reads "pasado mañana" as "mañana".
    daysFromToday: [[String.raw`pasado\s+mañana`, 2]],
  }),
  promises: {
    own: [
      wordPattern(String.raw`(?:te|le|les|os)\s+(?:escribo|escribiré|llamo|llamaré|contacto|contactaré|vuelvo\s+a\s+escribir|volveré\s+a\s+escribir)`),
      wordPattern(String.raw`(?:me|nos)\s+pondr(?:é|emos)\s+en\s+contacto(?:\s+(?:contigo|con\s+usted))?`),
      wordPattern(String.raw`(?:retomamos|retomaremos|hablamos|hablaremos)`),
      wordPattern(String.raw`si\s+no\s+(?:tengo|recibo|sé)\s+(?:noticias|respuesta|nada)(?:\s+(?:tuyas|suyas|de\s+(?:ti|usted)))?`),
    ],
    theirs: [
      wordPattern(String.raw`escríbeme|llámame|escríbame|llámeme|contáctame|contácteme`),
      wordPattern(String.raw`(?:podemos|podríamos)(?=(?:\s+\S+){0,4}?\s+${TALK}(?![\p{L}]))`),
      wordPattern(String.raw`hablemos|retomemos`),
      wordPattern(String.raw`(?:te|le|os)\s+(?:envío|enviaré|mando|mandaré|confirmo|confirmaré|respondo|responderé|digo|diré)`),
      wordPattern(String.raw`(?:me|nos)\s+pondr(?:é|emos)\s+en\s+contacto(?:\s+(?:contigo|con\s+usted))?`),
      wordPattern(String.raw`tendrás|tendrá|tendréis|tendrán`),
    ],
    preposition: /(?<![\p{L}])(?:antes\s+del?|para\s+el|hasta\s+el|el)\s+$/iu,
    attribution: /^\s*El\s.+escribió\s*:\s*$/iu,
  },
};
