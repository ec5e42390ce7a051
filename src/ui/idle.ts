/** Runs a task once the main thread is free, so background work never delays the first screen; Safari lacks requestIdleCallback. */
export function whenIdle(task: () => void, timeout = 1000): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout });
  else setTimeout(task, 50);
}
