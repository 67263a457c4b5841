import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../src/ui/afterNextPaint';

/** A stand-in for the browser's frames: `frame()` runs what asked for the next one. */
let frameCallbacks: Map<number, FrameRequestCallback>;
function frame() {
  const callbacks = [...frameCallbacks.values()];
  frameCallbacks.clear();
  for (const callback of callbacks) callback(performance.now());
}

beforeEach(() => {
  vi.useFakeTimers();
  frameCallbacks = new Map();
  let next = 0;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frameCallbacks.set(++next, callback);
    return next;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frameCallbacks.delete(id));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterNextPaint', () => {
  it('runs in a task after the next frame, not inside it (the frame paints after its callbacks)', () => {
    const callback = vi.fn();
    afterNextPaint(callback);
    expect(callback).not.toHaveBeenCalled();
    frame();
    expect(callback).not.toHaveBeenCalled();
    // The fake clock runs a task queued with no delay one millisecond on.
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('runs after 35 ms in a page that paints no frame, and once only when the frame comes later', () => {
    const callback = vi.fn();
    afterNextPaint(callback);
    vi.advanceTimersByTime(34);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2);
    expect(callback).toHaveBeenCalledTimes(1);
    frame();
    vi.advanceTimersByTime(100);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('runs once when the frame comes first: the fallback timer is cleared', () => {
    const callback = vi.fn();
    afterNextPaint(callback);
    frame();
    vi.advanceTimersByTime(100);
    expect(callback).toHaveBeenCalledTimes(1);
    expect(frameCallbacks.size).toBe(0);
  });
});
