/**
 * Calls `onOrphaned` once when this process's parent goes away.
 *
 * `npm run dev` runs us through `sh -c`; on SIGTERM npm signals that shell, the shell dies and we are
 * re-parented, still holding the bot and the Playground. Watching our parent id notices that on every
 * platform and whatever wraps us (npm, a shell, an IDE task), including a parent killed with SIGKILL.
 */
export function watchForOrphaning(onOrphaned: () => void, intervalMs = 500): () => void {
  const parentAtStart = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parentAtStart) return;
    clearInterval(timer);
    onOrphaned();
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
