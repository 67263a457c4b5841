import { describe, expect, it } from 'vitest';
import { foldText, normalizeText } from '../../src/core/replies/phrases/index';
import { referenceFrom, returnCueAfter, returnCueBefore, returnDate } from '../../src/core/replies/returnDate';
import type { Language } from '../../src/core/replies/machine';

// Tuesday 1 December 2026, 10:00 in Berlin.
const TUESDAY = new Date('2026-12-01T10:00:00+01:00').getTime();
// Friday 4 December 2026, 10:00 in Berlin.
const FRIDAY = new Date('2026-12-04T10:00:00+01:00').getTime();

/** The local day a backOn names, as "YYYY-MM-DD", after checking it is a local midnight. */
function localDay(backOn: number | undefined): string | undefined {
  if (backOn === undefined) return undefined;
  const date = new Date(backOn);
  expect([date.getHours(), date.getMinutes(), date.getSeconds(), date.getMilliseconds()]).toEqual([0, 0, 0, 0]);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function back(text: string, language: Language, reference = TUESDAY): string | undefined {
  return localDay(returnDate(text, language, reference));
}

describe('returnDate: "until X" is back the day after X', () => {
  it.each<[Language, string, string]>([
    ['en', 'I am out of the office until Friday.', '2026-12-05'],
    ['en', "I'm away until Monday 7 December with limited access to email", '2026-12-08'],
    ['en', 'OOO until 12/7', '2026-12-08'],
    ['en', 'Out of office through Dec 7.', '2026-12-08'],
    ['en', 'I am on leave till Dec. 7th.', '2026-12-08'],
    ['de', 'Ich bin bis 07.12.2026 nicht im Büro.', '2026-12-08'],
    ['de', 'Ich bin bis zum 7. Dezember nicht im Büro.', '2026-12-08'],
    ['de', 'Ich bin bis 7.12. im Urlaub.', '2026-12-08'],
    ['de', 'Ich bin bis einschließlich Freitag abwesend.', '2026-12-05'],
    ['fr', "Je suis absente jusqu'au 7 décembre.", '2026-12-08'],
    ['fr', "Je suis absent jusqu’à vendredi.", '2026-12-05'],
    ['es', 'Estoy fuera de la oficina hasta el 7 de diciembre.', '2026-12-08'],
    ['es', 'Estoy de vacaciones hasta el viernes.', '2026-12-05'],
    ['it', 'Sono fuori ufficio fino al 7 dicembre.', '2026-12-08'],
    ['it', 'Sono in ferie fino a venerdì.', '2026-12-05'],
    ['nl', 'Ik ben afwezig tot en met 7 december.', '2026-12-08'],
    ['nl', 'Ik ben afwezig t/m vrijdag.', '2026-12-05'],
    ['nl', 'Ik ben tot 7-12 op vakantie.', '2026-12-08'],
    ['pt', 'Estou fora do escritório até 7 de dezembro.', '2026-12-08'],
    ['pt', 'Estou de férias até sexta-feira.', '2026-12-05'],
    ['pt', 'Estou de férias até ao dia 07/12/2026.', '2026-12-08'],
  ])('%s: %s', (language, text, expected) => {
    expect(back(text, language)).toBe(expected);
  });
});

describe('returnDate: "back on X" is back on X', () => {
  it.each<[Language, string, string]>([
    ['en', 'I will be back on Monday.', '2026-12-07'],
    ['en', 'I will be back in the office on Tuesday 8 December.', '2026-12-08'],
    ['en', 'I will return on 9 December.', '2026-12-09'],
    ['de', 'Ab Montag, dem 7. Dezember, bin ich wieder im Büro.', '2026-12-07'],
    ['de', 'Ich bin am 8.12. wieder erreichbar.', '2026-12-08'],
    ['fr', 'Je serai de retour le lundi 7 décembre.', '2026-12-07'],
    ['es', 'Estaré de vuelta el lunes 7 de diciembre.', '2026-12-07'],
    ['it', 'Sarò di ritorno lunedì 7 dicembre.', '2026-12-07'],
    ['nl', 'Vanaf maandag 7 december ben ik weer aanwezig.', '2026-12-07'],
    ['pt', 'Estarei de volta na segunda-feira, 7 de dezembro.', '2026-12-07'],
  ])('%s: %s', (language, text, expected) => {
    expect(back(text, language)).toBe(expected);
  });

  it('prefers the day they are back to the last day away', () => {
    expect(back('I am out until Friday 4 December and back on Tuesday 8 December.', 'en')).toBe('2026-12-08');
    expect(back('Ich bin bis Freitag nicht im Büro und ab Dienstag, 8. Dezember wieder da.', 'de')).toBe('2026-12-08');
  });
});

describe('returnDate: ranges and vague dates', () => {
  it('reads a range as away through its end', () => {
    expect(back('I am out of the office from 3 to 10 December.', 'en')).toBe('2026-12-11');
    expect(back('I am out from Dec 3 until Dec 10.', 'en')).toBe('2026-12-11');
    expect(back('Ich bin vom 3. bis 10. Dezember im Urlaub.', 'de')).toBe('2026-12-11');
    expect(back('Je suis absent du 3 au 10 décembre.', 'fr')).toBe('2026-12-11');
  });

  it('reads a range chrono sees as two dates', () => {
    expect(back('Estaré fuera de la oficina del 30 de noviembre al 4 de diciembre.', 'es')).toBe('2026-12-05');
    expect(back('Estarei ausente de 30 de novembro a 4 de dezembro.', 'pt')).toBe('2026-12-05');
    expect(back('Sarò assente dal 30 novembre al 4 dicembre.', 'it')).toBe('2026-12-05');
  });

  it('does not read office hours as an absence', () => {
    expect(back('Our support is available Monday to Friday, 9am to 5pm.', 'en')).toBeUndefined();
    expect(back('Nuestro horario es de lunes a viernes, del lunes al viernes.', 'es')).toBeUndefined();
    expect(back('Horário: de segunda a sexta.', 'pt')).toBeUndefined();
  });

  it('reads "the 7th" as the next 7th', () => {
    expect(back("I'm on holiday until the 7th.", 'en')).toBe('2026-12-08');
    expect(back('I will be back on the 1st.', 'en')).toBe('2026-12-01');
    // Said on 1 December, "the 31st" is this month's; said in February, "the 30th" skips to March.
    expect(back('Away until the 31st.', 'en')).toBe('2027-01-01');
    expect(back('Away until the 30th.', 'en', new Date('2027-02-01T10:00:00+01:00').getTime())).toBe('2027-03-31');
  });

  it('reads a month as its first day', () => {
    expect(back('I am currently on parental leave until March', 'en')).toBe('2027-03-01');
  });

  it('reads "next week" as its Monday', () => {
    expect(back('I am out of the office until next week.', 'en')).toBe('2026-12-07');
  });

  it('puts a day without a year near the reference', () => {
    // Read on 1 December, "until 30 November" is a responder nobody switched off: yesterday, not next year.
    expect(back('I am out of the office until 30 November.', 'en')).toBe('2026-12-01');
    expect(back('I am out of the office until 3 January.', 'en')).toBe('2027-01-04');
    expect(back('Ich bin bis 3.1. im Urlaub.', 'de')).toBe('2027-01-04');
  });

  it('resolves a weekday from the reference, the same day included', () => {
    expect(back('I am out of the office until Friday.', 'en', FRIDAY)).toBe('2026-12-05');
    expect(back('I will be back on Monday.', 'en', FRIDAY)).toBe('2026-12-07');
  });

  it('gives local midnights across a daylight-saving change', () => {
    // Berlin moves its clocks on Sunday 28 March 2027.
    expect(back('I am out of the office until Saturday 27 March 2027.', 'en')).toBe('2027-03-28');
    expect(back('I will be back on Monday 29 March 2027.', 'en')).toBe('2027-03-29');
  });
});

describe('returnDate: nothing to read', () => {
  it.each<[Language, string]>([
    ['en', 'I am currently out of the office with limited access to email.'],
    ['en', 'I left on 20 November and will answer your email later.'],
    ['en', ''],
    ['de', 'Ich bin derzeit nicht im Büro.'],
    ['fr', 'Je suis actuellement en congés.'],
    ['es', 'Estoy de vacaciones.'],
    ['it', 'Sono in ferie.'],
    ['nl', 'Ik ben op vakantie.'],
    ['pt', 'Estou de férias.'],
  ])('%s: %s', (language, text) => {
    expect(returnDate(text, language, TUESDAY)).toBeUndefined();
  });

  it('does not read a date in a long text past its start', () => {
    const text = `${'I am away. '.repeat(200)} I will be back on Monday.`;
    expect(returnDate(text, 'en', TUESDAY)).toBeUndefined();
  });
});

describe('returnCueBefore', () => {
  function cueBefore(text: string, word: string): boolean {
    const folded = foldText(normalizeText(text));
    return returnCueBefore(folded, folded.indexOf(word));
  }

  it('finds "until" and "back" in any language before a word', () => {
    expect(cueBefore('I am out of the office until next week', 'next week')).toBe(true);
    expect(cueBefore("I'll be back next week", 'next week')).toBe(true);
    expect(cueBefore('Ich bin bis nächste Woche nicht da', 'nachste woche')).toBe(true);
  });

  it('finds none in a plan', () => {
    expect(cueBefore("I'm on vacation next week", 'next week')).toBe(false);
    expect(cueBefore('Ich bin nächste Woche im Urlaub', 'nachste woche')).toBe(false);
  });
});

describe('returnCueAfter', () => {
  function cueAfter(text: string, word: string): boolean {
    const folded = foldText(normalizeText(text));
    return returnCueAfter(folded, folded.indexOf(word) + word.length);
  }

  it('finds a "back" that follows the day, in the languages that put it there', () => {
    expect(cueAfter('Ich bin unterwegs, übermorgen wieder im Büro', 'ubermorgen')).toBe(true);
    expect(cueAfter('Ik ben afwezig, overmorgen ben ik weer bereikbaar', 'overmorgen')).toBe(true);
  });

  it('finds none in a plan, nor past the end of the sentence', () => {
    expect(cueAfter('Ich bin übermorgen im Urlaub', 'ubermorgen')).toBe(false);
    expect(cueAfter('Ik ben overmorgen vrij. Daarna weer op kantoor', 'overmorgen')).toBe(false);
  });
});

describe('referenceFrom', () => {
  const fallback = TUESDAY;

  it.each([
    ['Fri, Nov 20, 2026 at 9:14 AM', new Date(2026, 10, 20, 9, 14).getTime()],
    ['Fr., 20. Nov. 2026 um 09:14', new Date(2026, 10, 20, 9, 14).getTime()],
    ['ven. 20 nov. 2026 à 09:14', new Date(2026, 10, 20, 9, 14).getTime()],
    ['vie, 20 nov 2026, 9:14', new Date(2026, 10, 20, 9, 14).getTime()],
  ])('reads %s', (dateText, expected) => {
    expect(referenceFrom(dateText, fallback)).toBe(expected);
  });

  it.each(['', 'Yesterday', '9:14 AM', 'not a date at all', 'Sat, Dec 12, 2026 at 9:14 AM', 'Mon, Nov 20, 2017 at 9:14 AM'])(
    'falls back on %j',
    (dateText) => {
      expect(referenceFrom(dateText, fallback)).toBe(fallback);
    },
  );
});
