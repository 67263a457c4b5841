/**
 * `npm run eval:replies`: replays the labelled reply corpus (test/corpus/replies) through the
 * real pipeline and prints a confusion table, the cases per language and per situation, and
 * every case decided wrongly with its reason. Exits 1 if any case is wrong.
 */
import { REPLY_CORPUS } from '../test/corpus/replies/index';
import { evaluateCase, type Evaluation } from '../test/corpus/replies/run';
import { CORPUS_LANGUAGES, SITUATIONS, TRUTHS, type CorpusCase, type Truth } from '../test/corpus/replies/types';

interface Row {
  c: CorpusCase;
  result: Evaluation;
}

function run(): Row[] {
  return REPLY_CORPUS.map((c) => {
    try {
      return { c, result: evaluateCase(c) };
    } catch (error) {
      // A case that can't even be replayed is a wrong case, not a crash of the whole run.
      return { c, result: { decision: 'unknown' as Truth, reason: `case failed to run: ${error instanceof Error ? error.message : String(error)}` } };
    }
  });
}

function pad(text: string | number, width: number): string {
  return String(text).padStart(width);
}

function table(header: string[], rows: Array<Array<string | number>>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: Array<string | number>) =>
    cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]!) : pad(cell, widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function main(): number {
  const rows = run();
  const wrong = rows.filter((r) => r.result.decision !== r.c.truth);

  console.log(`Reply corpus: ${rows.length} cases, ${rows.length - wrong.length} right, ${wrong.length} wrong\n`);

  console.log('Confusion (rows: truth, columns: decided)');
  console.log(
    table(
      ['truth \\ decided', ...TRUTHS, 'total'],
      TRUTHS.map((truth) => {
        const ofTruth = rows.filter((r) => r.c.truth === truth);
        return [truth, ...TRUTHS.map((d) => ofTruth.filter((r) => r.result.decision === d).length), ofTruth.length];
      }),
    ),
  );

  const count = (key: (c: CorpusCase) => string, values: readonly string[]) =>
    values.map((value) => {
      const of = rows.filter((r) => key(r.c) === value);
      return [value, of.length, of.filter((r) => r.result.decision !== r.c.truth).length];
    });

  console.log('\nPer language');
  console.log(table(['language', 'cases', 'wrong'], count((c) => c.language, CORPUS_LANGUAGES)));

  console.log('\nPer situation');
  console.log(table(['situation', 'cases', 'wrong'], count((c) => c.situation, SITUATIONS)));

  if (wrong.length === 0) {
    console.log('\nNo wrong cases.');
    return 0;
  }
  console.log(`\nWrong cases (${wrong.length})`);
  for (const { c, result } of wrong) {
    console.log(`- ${c.id}: truth ${c.truth}, decided ${result.decision}: ${result.reason}`);
    console.log(`    ${c.note}`);
  }
  return 1;
}

process.exitCode = main();
