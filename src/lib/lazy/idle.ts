// Loading ahead, when the page has nothing better to do: what the first send or the history
// needs is fetched after the first paint without competing with it.

/** When to run an idle task: at most `timeout` ms late; `fallbackMs` where there is no requestIdleCallback. */
export interface IdleOptions {
  timeout?: number;
  fallbackMs?: number;
  requestIdleCallback?: typeof globalThis.requestIdleCallback;
  cancelIdleCallback?: typeof globalThis.cancelIdleCallback;
}

/** Runs `task` when the page is idle; returns the function that cancels it. */
export function whenIdle(
  task: () => void,
  {
    timeout = 3000,
    fallbackMs = 1000,
    requestIdleCallback = globalThis.requestIdleCallback,
    cancelIdleCallback = globalThis.cancelIdleCallback,
  }: IdleOptions = {},
): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, fallbackMs);
  return () => clearTimeout(id);
}
