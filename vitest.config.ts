import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

/** Real Chromium with the built extension: the end-to-end tests, and the slow ones run apart. */
const inChromium = {
  environment: 'node',
  // The same zone as the browser contexts the tests pin, so expected dates computed here match.
  env: { TZ: 'Europe/Berlin' },
  globalSetup: ['test/e2e/globalSetup.ts'],
  setupFiles: ['test/e2e/setup.ts'],
  // One Chromium at a time: with two at once on the two cores, each file took about three times
  // as long (measured), so the run took longer in all.
  fileParallelism: false,
  testTimeout: 60_000,
  hookTimeout: 60_000,
  // expect.poll awaits a condition in the page; give a slow CI machine room.
  expect: { poll: { timeout: 10_000 } },
};

/**
 * Real Firefox ESR with the Firefox build (test/support/firefox.ts): the end of npm test, or
 * npm run test:firefox. Firefox takes its zone from TZ, which it inherits from this process.
 */
const inFirefox = {
  ...inChromium,
  globalSetup: ['test/firefox/globalSetup.ts'],
  setupFiles: ['test/firefox/setup.ts'],
};

export default defineConfig({
  plugins: [preact()],
  test: {
    reporters: ['default', './test/support/summaryReporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}', 'test/replica/**/*.test.ts'],
          environment: 'node',
          // Pure logic runs in a fixed zone; tests that need another zone set it themselves.
          env: { TZ: 'Europe/Berlin' },
          setupFiles: ['test/unit/setup.ts'],
          // Both cores: vitest's default on two is one worker, and the model-based test alone takes a minute.
          maxWorkers: 2,
        },
      },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], ...inChromium } },
      // Load tests (thousands of follow-ups, Gmail's polite request rate): npm run test:slow, not CI.
      { extends: true, test: { name: 'slow', include: ['test/slow/**/*.test.ts'], ...inChromium } },
      { extends: true, test: { name: 'firefox', include: ['test/firefox/**/*.test.ts'], ...inFirefox } },
    ],
  },
});
