import { describe, expect, it, vi } from 'vitest';
import { paintThenGoLive } from '../../src/popup/firstPaint';

/** Records the order of what happened; `painted()` plays the browser's next paint. */
function recorder() {
  const events: string[] = [];
  let painted = () => {};
  return {
    events,
    paint: (rows: string) => events.push(`paint ${rows}`),
    goLive: () => events.push('live'),
    afterPaint: (callback: () => void) => {
      events.push('wait for paint');
      painted = callback;
    },
    painted: () => painted(),
  };
}

describe('the popup’s start', () => {
  it('paints the snapshot first and starts the live part only after that paint', async () => {
    const r = recorder();
    await paintThenGoLive(Promise.resolve('rows'), r.paint, r.goLive, r.afterPaint);
    expect(r.events).toEqual(['paint rows', 'wait for paint']);
    r.painted();
    expect(r.events).toEqual(['paint rows', 'wait for paint', 'live']);
  });

  it('starts the live part at once when there is no snapshot, or it cannot be read', async () => {
    const none = recorder();
    await paintThenGoLive(Promise.resolve(null), none.paint, none.goLive, none.afterPaint);
    expect(none.events).toEqual(['live']);

    const failed = recorder();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await paintThenGoLive(Promise.reject(new Error('storage gone')), failed.paint, failed.goLive, failed.afterPaint);
    expect(failed.events).toEqual(['live']);
  });

  it('starts the live part at once when painting the snapshot fails: the database’s rows still come', async () => {
    const r = recorder();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const paint = () => {
      throw new Error('render failed');
    };
    await paintThenGoLive(Promise.resolve('rows'), paint, r.goLive, r.afterPaint);
    expect(r.events).toEqual(['live']);
  });
});
