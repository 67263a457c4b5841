/**
 * The whole labelled corpus, in a stable order. Each file holds the cases of a few related
 * situations; `types.ts` says what a case is, `run.ts` how one is replayed.
 */
import { ABSENCE_CASES } from './absence';
import { CALENDAR_CASES } from './calendar';
import { HOSTILE_CASES } from './hostile';
import { MACHINE_CASES } from './machines';
import { ORGANISATION_CASES } from './organisation';
import { OWN_CASES } from './own';
import { PAGE_STATE_CASES } from './pageState';
import { REPLY_CASES } from './replies';
import { TIMELINE_CASES } from './timeline';
import type { CorpusCase } from './types';

export const REPLY_CORPUS: readonly CorpusCase[] = [
  ...REPLY_CASES,
  ...OWN_CASES,
  ...ABSENCE_CASES,
  ...MACHINE_CASES,
  ...CALENDAR_CASES,
  ...ORGANISATION_CASES,
  ...TIMELINE_CASES,
  ...PAGE_STATE_CASES,
  ...HOSTILE_CASES,
];

const ids = new Set<string>();
for (const c of REPLY_CORPUS) {
  if (ids.has(c.id)) throw new Error(`corpus: duplicate case id ${c.id}`);
  ids.add(c.id);
}
