/** The tests of an end-to-end file share one browser where they can (support/launch.ts), closed at the file's end. */
import { afterAll, beforeAll } from 'vitest';
import { shareBrowser } from '../support/launch';

beforeAll(() => shareBrowser(true));
afterAll(() => shareBrowser(false));
