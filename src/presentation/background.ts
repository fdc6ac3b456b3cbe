/**
 * Waits until the page has nothing more urgent to do: a `background` task where the browser has a
 * task scheduler (Chromium), else the next task. Loading and rasterising art step aside like this,
 * so a key press or a click (Begin) and the frames on screen are never kept waiting behind them.
 */
export function background(): Promise<void> {
  const scheduler = (
    globalThis as { scheduler?: { postTask?: (task: () => void, options: { priority: string }) => Promise<unknown> } }
  ).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => undefined, { priority: 'background' }).then(() => undefined);
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `task` when the page is idle (within `timeoutMs` at the latest). */
export function whenIdle(task: () => void, timeoutMs: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: timeoutMs });
  else setTimeout(task, 0);
}
