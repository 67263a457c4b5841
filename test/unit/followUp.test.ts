import { describe, expect, it } from 'vitest';
import { isActive, MAX_SUBJECT_LENGTH, normalizeSubject } from '../../src/core/followUp';

describe('normalizeSubject', () => {
  it('folds whitespace runs and trims', () => {
    expect(normalizeSubject('  Re:\n  pricing \t terms ')).toBe('Re: pricing terms');
  });

  it('cuts a 10,000-character subject to the stored limit, marking the cut', () => {
    const result = normalizeSubject('x'.repeat(10_000));
    expect(result).toHaveLength(MAX_SUBJECT_LENGTH);
    expect(result.endsWith('…')).toBe(true);
  });

  it('keeps HTML in a subject as the text it is', () => {
    expect(normalizeSubject('<img src=x onerror=alert(1)> Pricing')).toBe('<img src=x onerror=alert(1)> Pricing');
  });
});

describe('isActive', () => {
  it('is true only while the follow-up still waits', () => {
    expect(isActive({ status: 'pending' })).toBe(true);
    expect(isActive({ status: 'snoozed' })).toBe(true);
    expect(isActive({ status: 'replied' })).toBe(false);
    expect(isActive({ status: 'done' })).toBe(false);
    expect(isActive({ status: 'cancelled' })).toBe(false);
  });
});
