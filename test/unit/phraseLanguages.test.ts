/**
 * Typed dates and promised dates in German, French and Spanish, each read before English.
 * Thursday 3 Dec 2026, 10:00 in Berlin (UTC+1): 09:00 local, the reminder hour, is 08:00Z.
 */
import { describe, expect, it } from 'vitest';
import { es } from '../../src/core/dates/languages/es';
import { de } from '../../src/core/dates/languages/de';
import { fr } from '../../src/core/dates/languages/fr';
import { parsePhrase } from '../../src/core/dates/parsePhrase';
import type { PhraseLanguage } from '../../src/core/dates/phraseLanguage';
import { loadPhraseLanguage } from '../../src/core/dates/phraseLanguages';
import { findPromisedDate, findProposedDate } from '../../src/core/dates/promisedDate';

const NOW = Date.parse('2026-12-03T09:00:00Z');

function due(text: string, language: PhraseLanguage): string {
  const result = parsePhrase(text, { now: NOW, language });
  return result.ok ? new Date(result.dueAt).toISOString() : `${result.reason}${'as' in result ? ` (${result.as})` : ''}`;
}

function promised(body: string, language: PhraseLanguage) {
  const found = findPromisedDate(body, { now: NOW, language });
  return found && { at: new Date(found.dueAt).toISOString(), quote: found.quote };
}

function proposed(body: string, language: PhraseLanguage) {
  const found = findProposedDate(body, { now: NOW, language }, NOW);
  return found && { at: new Date(found.dueAt).toISOString(), quote: found.quote };
}

const TOMORROW = '2026-12-04T08:00:00.000Z';
const SATURDAY = '2026-12-05T08:00:00.000Z';
const NEXT_MONDAY = '2026-12-07T08:00:00.000Z';
const IN_3_WORK_DAYS = '2026-12-08T08:00:00.000Z'; // Fri, Mon, Tue
const FRIDAY_3PM = '2026-12-04T14:00:00.000Z';
const END_OF_MONTH = '2026-12-31T08:00:00.000Z'; // a Thursday
const NEXT_MONTH = '2027-01-01T08:00:00.000Z'; // a Friday: the work week knows no holidays
const MID_JANUARY = '2027-01-15T08:00:00.000Z';

describe('typed dates', () => {
  it.each([
    ['morgen', TOMORROW],
    ['übermorgen', SATURDAY],
    ['nächste Woche', NEXT_MONDAY],
    ['in 3 Werktagen', IN_3_WORK_DAYS],
    ['in drei Arbeitstagen', IN_3_WORK_DAYS],
    ['in zwei Wochen', '2026-12-17T08:00:00.000Z'],
    ['Freitag um 15 Uhr', FRIDAY_3PM],
    ['nächsten Dienstag', '2026-12-08T08:00:00.000Z'],
    ['Ende des Monats', END_OF_MONTH],
    ['Ende nächster Woche', '2026-12-11T08:00:00.000Z'],
    ['Anfang Januar', NEXT_MONTH],
    ['Mitte Januar', MID_JANUARY],
    ['nächsten Monat', NEXT_MONTH],
    ['15.1.', MID_JANUARY],
    ['am 15. Januar um 9:30', '2027-01-15T08:30:00.000Z'],
    ['tomorrow', TOMORROW],
    ['Freitag um 25 Uhr', 'unparseable (time)'],
    ['irgendwann', 'unparseable (date)'],
  ])('German: %s', (text, expected) => {
    expect(due(text, de)).toBe(expected);
  });

  it.each([
    ['demain', TOMORROW],
    ['après-demain', SATURDAY],
    ['la semaine prochaine', NEXT_MONDAY],
    ['dans 3 jours ouvrés', IN_3_WORK_DAYS],
    ['dans trois jours ouvrables', IN_3_WORK_DAYS],
    ['vendredi à 15h', FRIDAY_3PM],
    ['fin du mois', END_OF_MONTH],
    ['début de la semaine prochaine', NEXT_MONDAY],
    ['mi-janvier', MID_JANUARY],
    ['le mois prochain', NEXT_MONTH],
    ['next week', NEXT_MONDAY],
    ['un jour', 'unparseable (date)'],
  ])('French: %s', (text, expected) => {
    expect(due(text, fr)).toBe(expected);
  });

  it.each([
    ['mañana', TOMORROW],
    ['pasado mañana', SATURDAY],
    ['la próxima semana', NEXT_MONDAY],
    ['la semana que viene', NEXT_MONDAY],
    ['en 3 días hábiles', IN_3_WORK_DAYS],
    ['en tres días laborables', IN_3_WORK_DAYS],
    ['el viernes a las 15:00', FRIDAY_3PM],
    ['a finales de mes', END_OF_MONTH],
    ['a principios del mes que viene', NEXT_MONTH],
    ['a mediados de enero', MID_JANUARY],
    ['el próximo mes', NEXT_MONTH],
    ['in 3 business days', IN_3_WORK_DAYS],
    ['algún día', 'unparseable (date)'],
  ])('Spanish: %s', (text, expected) => {
    expect(due(text, es)).toBe(expected);
  });

  it('reads English alone without a language, as before', () => {
    expect(parsePhrase('nächste Woche', { now: NOW }).ok).toBe(false);
    expect(parsePhrase('next week', { now: NOW })).toMatchObject({ ok: true, matched: 'next week' });
  });

  it('shows which words it read, as typed', () => {
    expect(parsePhrase('bitte Ende nächster Woche nachfragen', { now: NOW, language: de })).toMatchObject({ ok: true, matched: 'Ende nächster Woche' });
  });
});

describe('promised dates', () => {
  it.each([
    [de, 'Ich melde mich am Montag.', NEXT_MONDAY, 'am Montag'],
    [de, 'Ich werde nächste Woche nachfassen.', NEXT_MONDAY, 'nächste Woche'],
    [de, 'Wenn ich bis Freitag nichts höre, rufe ich an.', TOMORROW, 'bis Freitag'],
    [fr, 'Je reviens vers vous lundi.', NEXT_MONDAY, 'lundi'],
    [fr, "Sans nouvelles de votre part d'ici vendredi, je vous relance.", TOMORROW, "d'ici vendredi"],
    [fr, 'Je vous relance dans 3 jours ouvrés.', IN_3_WORK_DAYS, 'dans 3 jours ouvrés'],
    [es, 'Te escribo el lunes.', NEXT_MONDAY, 'el lunes'],
    [es, 'Si no tengo noticias antes del viernes, te llamo.', TOMORROW, 'antes del viernes'],
    [de, "I'll follow up next week.", NEXT_MONDAY, 'next week'],
  ])('the user: %#', (language, body, at, quote) => {
    expect(promised(body, language)).toEqual({ at, quote });
  });

  it.each([
    [de, 'Melden Sie sich gern nächste Woche wieder.', NEXT_MONDAY, 'nächste Woche'],
    [de, 'Ich schicke Ihnen den Vertrag bis Freitag.', TOMORROW, 'bis Freitag'],
    [fr, 'Relancez-moi la semaine prochaine.', NEXT_MONDAY, 'la semaine prochaine'],
    [fr, 'Je vous envoie le devis avant vendredi.', TOMORROW, 'avant vendredi'],
    [es, 'Escríbeme la próxima semana.', NEXT_MONDAY, 'la próxima semana'],
    [es, 'Te envío el contrato el viernes.', TOMORROW, 'el viernes'],
  ])('the other person: %#', (language, body, at, quote) => {
    expect(proposed(body, language)).toEqual({ at, quote });
  });

  it('needs a promise: a date alone is not one', () => {
    expect(promised('Am Montag ist Feiertag.', de)).toBeNull();
    expect(proposed('Lundi, le bureau est fermé.', fr)).toBeNull();
    expect(promised('El lunes es festivo.', es)).toBeNull();
  });

  it('reads nothing from the quoted history, whatever its language', () => {
    expect(promised('Danke!\n\nAm Mi., 2. Dez. 2026 um 10:00 schrieb Dana <dana@example.com>:\nIch melde mich am Montag.', de)).toBeNull();
    expect(proposed('Merci.\n\nLe mer. 2 déc. 2026 à 10:00, Dana <dana@example.com> a écrit :\nRelancez-moi lundi.', fr)).toBeNull();
    expect(proposed('Gracias.\n\nEl mié, 2 dic 2026 a las 10:00, Dana <dana@example.com> escribió:\nEscríbeme el lunes.', es)).toBeNull();
  });
});

describe('loading a language', () => {
  it('loads the words of German, French and Spanish, and none for other languages', async () => {
    expect(await loadPhraseLanguage('de')).toBe(de);
    expect(await loadPhraseLanguage('fr-CA')).toBe(fr);
    expect(await loadPhraseLanguage('es-419')).toBe(es);
    expect(await loadPhraseLanguage('en-GB')).toBeUndefined();
    expect(await loadPhraseLanguage('ja')).toBeUndefined();
  });
});
