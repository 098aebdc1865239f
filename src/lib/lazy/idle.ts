// Loading ahead, when the page has nothing better to do: what the first send or the history
// needs is fetched after the first paint without competing with it, and (through a Gate) after
// the editor has arrived: Monaco comes as several large chunks (three import groups,
// components/editor/monaco-modules.ts), and idle work started while they download takes the
// connections and the main thread they need (issue 18, item 3).

/** When to run an idle task: at most `timeout` ms late; `fallbackMs` where there is no requestIdleCallback. */
export interface IdleOptions {
  timeout?: number;
  fallbackMs?: number;
  requestIdle?: typeof globalThis.requestIdleCallback;
  cancelIdle?: typeof globalThis.cancelIdleCallback;
  /** Wait for this first (a Gate's `passed`), then for idle time. */
  after?: Promise<unknown>;
}

/**
 * A moment idle work waits for: open when `open()` is called (the editor has arrived, or could
 * not) or `maxMs` after it was made, whichever comes first, so nothing waits on it for ever.
 */
export class Gate {
  readonly passed: Promise<void>;
  #open: () => void = () => {};

  constructor(maxMs = 5000, setTimer: (f: () => void, ms: number) => unknown = setTimeout) {
    this.passed = new Promise<void>((resolve) => {
      this.#open = resolve;
      setTimer(resolve, maxMs);
    });
  }

  /** Lets the waiting work go. */
  open(): void {
    this.#open();
  }
}

/** Runs `task` when the page is idle; returns the function that cancels it. */
export function whenIdle(task: () => void, options: IdleOptions = {}): () => void {
  const { after, ...rest } = options;
  if (!after) return schedule(task, rest);
  let cancel: (() => void) | null = null;
  let cancelled = false;
  void after.then(() => {
    if (!cancelled) cancel = schedule(task, rest);
  });
  return () => {
    cancelled = true;
    cancel?.();
  };
}

function schedule(
  task: () => void,
  {
    timeout = 3000,
    fallbackMs = 1000,
    requestIdle = globalThis.requestIdleCallback,
    cancelIdle = globalThis.cancelIdleCallback,
  }: Omit<IdleOptions, 'after'>,
): () => void {
  if (typeof requestIdle === 'function') {
    const id = requestIdle(task, { timeout });
    return () => cancelIdle(id);
  }
  const id = setTimeout(task, fallbackMs);
  return () => clearTimeout(id);
}
