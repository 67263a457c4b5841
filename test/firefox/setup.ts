/** The tests of a Firefox file share one browser where they can (support/firefox.ts), closed at the file's end. */
import { afterAll, beforeAll } from 'vitest';
import { shareFirefox } from '../support/firefox';

beforeAll(() => shareFirefox(true));
afterAll(() => shareFirefox(false));
