/**
 * The labelled reply corpus (test/corpus/replies), one test per case: the pipeline's decision
 * (replica print view → parsePrintView → decideReply, baseline recorded then checked) must equal
 * the case's truth. `npm run eval:replies` prints the same run as a confusion table.
 */
import { describe, expect, it } from 'vitest';
import { REPLY_CORPUS } from '../corpus/replies/index';
import { evaluateCase, expectedMessagesAtCheck } from '../corpus/replies/run';
import { CORPUS_LANGUAGES, SITUATIONS } from '../corpus/replies/types';

describe('the reply corpus', () => {
  it('is big and broad enough: 130+ cases, every situation in 3+ languages, every language used', () => {
    expect(REPLY_CORPUS.length).toBeGreaterThanOrEqual(130);
    for (const situation of SITUATIONS) {
      const languages = new Set(REPLY_CORPUS.filter((c) => c.situation === situation).map((c) => c.language));
      expect(languages.size, situation).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(REPLY_CORPUS.map((c) => c.language))).toEqual(new Set(CORPUS_LANGUAGES));
    expect(new Set(REPLY_CORPUS.map((c) => c.id)).size).toBe(REPLY_CORPUS.length);
    for (const c of REPLY_CORPUS) expect(c.note.trim(), c.id).not.toBe('');
  });

  it.each(REPLY_CORPUS.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const result = evaluateCase(c);
    expect({ decision: result.decision, reason: result.reason }).toEqual({ decision: c.truth, reason: expect.any(String) });
    // Whatever a body carries, the page holds exactly the thread's messages.
    if (result.checkedMessages !== undefined) expect(result.checkedMessages).toBe(expectedMessagesAtCheck(c));
  });
});
