/**
 * Runs `callback` once the browser has painted the next frame: work that must not delay a first
 * paint starts here. A page that paints no frames (hidden) runs it after 35 ms instead, as
 * Preact does for its effects.
 */
const NO_FRAME_MS = 35;

export function afterNextPaint(callback: () => void): void {
  // Whichever comes first cancels the other.
  const start = () => {
    clearTimeout(timer);
    cancelAnimationFrame(frame);
    // The frame's callbacks run before it paints; a task queued from one runs after.
    setTimeout(callback);
  };
  const timer = setTimeout(start, NO_FRAME_MS);
  const frame = requestAnimationFrame(start);
}
