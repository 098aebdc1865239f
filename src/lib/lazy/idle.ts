// Loading ahead, when the page has nothing better to do: what the first send or the history
// needs is fetched after the first paint without competing with it.

/** When to run an idle task: at most `timeout` ms late; `fallbackMs` where there is no requestIdleCallback. */
export interface IdleOptions {
  timeout?: number;
  fallbackMs?: number;
  requestIdle?: typeof globalThis.requestIdleCallback;
  cancelIdle?: typeof globalThis.cancelIdleCallback;
}

/** Runs `task` when the page is idle; returns the function that cancels it. */
export function whenIdle(
  task: () => void,
  {
    timeout = 3000,
    fallbackMs = 1000,
    requestIdle = globalThis.requestIdleCallback,
    cancelIdle = globalThis.cancelIdleCallback,
  }: IdleOptions = {},
): () => void {
  if (typeof requestIdle === 'function') {
    const id = requestIdle(task, { timeout });
    return () => cancelIdle(id);
  }
  const id = setTimeout(task, fallbackMs);
  return () => clearTimeout(id);
}
