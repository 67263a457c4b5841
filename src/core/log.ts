/**
 * The extension's only logger. Callers pass reasons and ids, never mail
 * content (subjects, addresses, bodies): logs end up in bug reports.
 */
const PREFIX = '[Followthrough]';

export const log = {
  warn(reason: string): void {
    console.warn(PREFIX, reason);
  },
  error(reason: string, error?: unknown): void {
    console.error(PREFIX, reason, error instanceof Error ? `${error.name}: ${error.message}` : '');
  },
};
