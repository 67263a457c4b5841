import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it } from 'vitest';
import { tCount } from '../../src/ui/i18n';
import { planSpacing } from '../../src/ui/planText';

describe('a message about a count', () => {
  it('takes the form for one where the language says one, and the other form otherwise', () => {
    expect(tCount('popupSnoozeMany', 1, '1')).toBe('Snooze 1 follow-up');
    expect(tCount('popupSnoozeMany', 2, '2')).toBe('Snooze 2 follow-ups');
    expect(tCount('popupSnoozeMany', 0, '0')).toBe('Snooze 0 follow-ups');
    expect(tCount('resultsChartBar', 1, 'Nov 30', '1')).toBe('Week of Nov 30: 1 reply');
  });

  it('follows the rules of the UI language: in French, zero is "one" too', () => {
    fakeBrowser.i18n.getUILanguage = () => 'fr';
    const keys: string[] = [];
    fakeBrowser.i18n.getMessage = ((key: string) => (keys.push(key), key)) as typeof fakeBrowser.i18n.getMessage;
    tCount('optionsDeleted', 0, '0');
    tCount('optionsDeleted', 2, '2');
    expect(keys).toEqual(['optionsDeletedOne', 'optionsDeleted']);
  });

  it('says a plan of one-month steps is every month, and a one-step plan of one business day in the singular', () => {
    const step = (unit: 'months' | 'business-days', count: number) => ({ after: { unit, count }, channel: 'email' as const, note: '' });
    expect(planSpacing({ steps: [step('months', 1), step('months', 1)] })).toBe('every month');
    expect(planSpacing({ steps: [step('months', 3), step('months', 3)] })).toBe('every 3 months');
    expect(planSpacing({ steps: [step('business-days', 1)] })).toBe('1 business day');
    expect(planSpacing({ steps: [step('business-days', 2), step('business-days', 5)] })).toBe('2, 5 business days');
  });
});
