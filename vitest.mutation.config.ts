/**
 * The Vitest config `npm run mutation` (Stryker) runs: the unit project, narrowed to the tests
 * of the mutated modules. The end-to-end project drives Chromium, and the engine and reply-corpus
 * tests take seconds per run: run once per mutant, either would take the run past 20 minutes.
 */
import { defineConfig } from 'vitest/config';
import base from './vitest.config';

const unit = base.test?.projects?.find((project) => typeof project === 'object' && 'test' in project && project.test?.name === 'unit');
if (typeof unit !== 'object' || !('test' in unit)) throw new Error('vitest.config.ts has no project named "unit"');

const MUTATION_TESTS = [
  'test/unit/{dueDate,parsePhrase,promisedDate,schedule,workWeek}.test.ts',
  'test/unit/replies/{baseline,decide,identity}.test.ts',
];

export default defineConfig({
  ...base,
  plugins: [
    ...(base.plugins ?? []),
    {
      // Stryker overrides the pool with worker threads, but a thread cannot change its time zone:
      // the tests that set process.env.TZ (New York's DST change) need a process, as in `npm test`.
      name: 'followthrough:mutation-forks',
      configureVitest({ project }) {
        project.config.pool = 'forks';
      },
    },
  ],
  test: {
    ...base.test,
    reporters: ['default'],
    projects: [
      {
        ...unit,
        // Instrumented code counts every statement it runs, and the machine is shared: 5 s is too tight.
        test: { ...unit.test, include: MUTATION_TESTS, testTimeout: 30_000 },
      },
    ],
  },
});
