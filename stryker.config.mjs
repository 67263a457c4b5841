/**
 * `npm run mutation`: Stryker mutates the pure date, schedule and reply rules
 * and runs only the unit tests against each mutant. Not part of `npm test`:
 * it takes minutes, and its score is for people to read, not a gate.
 * Reports and the incremental cache live in reports/mutation (gitignored);
 * with the cache, a rerun only tests mutants in code or tests that changed.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'src/core/dates/**/*.ts',
    'src/core/schedule.ts',
    'src/core/dueDate.ts',
    'src/core/replies/decide.ts',
    'src/core/replies/baseline.ts',
    'src/core/replies/identity.ts',
  ],
  // Only the mutated code needs its type checks turned off (the default also parses test fixtures).
  disableTypeChecks: 'src/core/**/*.ts',
  coverageAnalysis: 'perTest',
  // A mutant in a module-level constant (a phrase list, a rule's regex) is only seen by
  // reloading every test file, once per mutant: on two shared cores that alone took hours.
  ignoreStatic: true,
  // The machine has two cores, shared.
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  tempDirName: 'reports/mutation/.stryker-tmp',
  cleanTempDir: 'always',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowEmojis: false, logTests: false },
};
