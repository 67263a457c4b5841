/**
 * A task that runs one at a time in this worker: a call while it runs makes it go round once
 * more when it ends (with everything asked for meanwhile), and gets the promise of that run.
 * The engine run and the sync pass are such tasks: several events can ask for one at once, and
 * two at once would split their work. Nothing here outlives the worker; the work itself is
 * queued in the database.
 */
export function oneAtATime(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  return function run() {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await task();
      } while (again);
    })().finally(() => {
      running = null;
    });
    return running;
  };
}
