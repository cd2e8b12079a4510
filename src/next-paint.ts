/**
 * Runs `done` once the browser has painted: after the next animation frame and one more task, or after
 * `fallbackMs` where frames do not run (a hidden tab); without frames (node) after a zero timeout.
 * Returns a function that cancels it.
 */
export function afterNextPaint(done: () => void, fallbackMs = 100): () => void {
  let pending = true;
  const timers: ReturnType<typeof setTimeout>[] = [];
  const run = () => {
    if (!pending) return;
    pending = false;
    for (const t of timers) clearTimeout(t);
    done();
  };
  const frames = typeof requestAnimationFrame === 'function';
  timers.push(setTimeout(run, frames ? fallbackMs : 0));
  if (frames) requestAnimationFrame(() => timers.push(setTimeout(run, 0)));
  return () => {
    pending = false;
    for (const t of timers) clearTimeout(t);
  };
}
