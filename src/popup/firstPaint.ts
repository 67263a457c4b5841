/**
 * The popup's start. The rows of the snapshot the background keeps (snapshot.ts) are painted
 * first; the live part — the database code (Dexie, most of the popup's script) and the engine's
 * wake-up — starts once they are on screen: on two cores, starting both at once delayed the rows
 * by about 10 ms (npm run bench). When there is no snapshot, it can't be read or painting it
 * fails, the live part starts as soon as that is known: the database's rows still come.
 */
import { log } from '../core/log';
import { afterNextPaint } from '../ui/afterNextPaint';

export async function paintThenGoLive<S>(
  snapshot: Promise<S | null>,
  paint: (snapshot: S) => void,
  goLive: () => void,
  afterPaint: (callback: () => void) => void = afterNextPaint,
): Promise<void> {
  const stored = await snapshot.catch((error: unknown) => {
    log.error('reading the popup snapshot failed', error);
    return null;
  });
  if (!stored) return goLive();
  try {
    paint(stored);
  } catch (error) {
    log.error('painting the popup snapshot failed', error);
    return goLive();
  }
  afterPaint(goLive);
}
