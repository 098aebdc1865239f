// Every chunk the app loads on demand (the send kit, the sandbox, share links, history, the
// inspector, code export, Monaco and its features) comes through here. A dynamic import() is a
// network call (STYLE.md, "Lessons"): it fails when the connection drops or when a static host
// was redeployed and the old hashed chunks are gone. So a load never rejects: it answers a
// value saying what could not load, and a failed promise is forgotten, so the next attempt
// downloads again instead of replaying the old rejection until the page is reloaded. (Browsers
// that follow whatwg/html#10327, Chromium among them, fetch a failed module again; older ones
// keep failing until a reload, which the page then offers through `vite:preloadError`.)
import { msg, type Msg, type Text } from '../i18n/message';

/** Why a part of the app could not load, in words for the person and for the developer. */
export interface LoadFailure {
  /** The part, as a person would name it: "the JSON editor". */
  part: Text;
  /** "Could not load the JSON editor — check the connection and try again." */
  message: Msg;
  /** The browser's own words, such as "Failed to fetch dynamically imported module: …". */
  cause: string;
}

/** What a load answers: the module, or why it could not load. */
export type LoadResult<T> = { ok: true; value: T } | { ok: false; failure: LoadFailure };

/** A chunk loaded on demand, once; a failure is forgotten so the next load tries again. */
export interface Lazy<T> {
  readonly part: Text;
  /** Loads (or hands back what is loaded); never rejects. */
  load(): Promise<LoadResult<T>>;
  /** Like load, but throws a LoadError carrying the failure (for code whose failures are exceptions). */
  get(): Promise<T>;
  /** What has loaded, without loading: undefined until a load has succeeded. */
  peek(): T | undefined;
}

/** The sentence shown where a part could not load. */
export function loadFailureMessage(part: Text): Msg {
  return msg('core.lazy.failed', { part });
}

/** What `get()` throws: the browser's words as its message, the failure to show beside it. */
export class LoadError extends Error {
  readonly failure: LoadFailure;
  constructor(failure: LoadFailure) {
    super(failure.cause);
    this.name = 'LoadError';
    this.failure = failure;
  }
}

const retryHooks = new Set<() => void>();

/**
 * Runs `hook` before every load that follows a failure; returns the function that removes it.
 * The page uses it to fetch again the stylesheets that failed with a chunk: Vite's preload
 * helper marks a stylesheet as seen even when it failed and never asks for it again.
 */
export function beforeRetry(hook: () => void): () => void {
  retryHooks.add(hook);
  return () => retryHooks.delete(hook);
}

// Loads asked for before this resolves start once it has. The page holds them while its first
// screen mounts (main.ts): each dynamic import() runs Vite's preload helper, which queries the
// document and inserts <link> elements for the chunk's files, and the parts asked for during the
// mount (the Response panel, the body's rules, the sandbox's state…) cost about 20 ms of the
// mount's one task that way, all before Send could be clicked (issue 18, item 3). Monaco is not
// held (`unheld`): JsonEditor asks for it in a task of its own, first, as the longest to arrive.
let held: Promise<unknown> | null = null;

/** Holds every load asked for from now until `until` settles (the first paint); once, at boot. */
export function holdLoadsUntil(until: Promise<unknown>): void {
  const hold: Promise<unknown> = until.then(
    () => undefined,
    () => undefined,
  );
  held = hold;
  void hold.then(() => {
    if (held === hold) held = null;
  });
}

/** How a part loads. */
export interface LazyOptions {
  /** Starts even while the first screen's loads are held. */
  unheld?: boolean;
  /** Starts only once this has resolved (a Gate's `passed`: the editor has arrived). */
  after?: Promise<unknown>;
}

/** Wraps `importer` (a dynamic import, or anything that downloads) as a part that loads on demand. */
export function lazy<T>(
  part: Text,
  importer: () => Promise<T>,
  { unheld = false, after }: LazyOptions = {},
): Lazy<T> {
  let pending: Promise<LoadResult<T>> | undefined;
  let failedBefore = false;
  let loaded: T | undefined;
  const load = (): Promise<LoadResult<T>> => {
    if (pending) return pending;
    if (failedBefore) for (const hook of retryHooks) hook();
    // The importer is called inside the promise, so even one that throws synchronously answers a value.
    const hold = unheld ? null : held;
    const start = after && hold ? Promise.all([after, hold]) : (after ?? hold);
    const attempt = new Promise<T>((resolve) =>
      resolve(start ? start.then(importer) : importer()),
    ).then(
      (value): LoadResult<T> => {
        failedBefore = false;
        loaded = value;
        return { ok: true, value };
      },
      (error: unknown): LoadResult<T> => {
        pending = undefined;
        failedBefore = true;
        return {
          ok: false,
          failure: {
            part,
            message: loadFailureMessage(part),
            cause: error instanceof Error ? error.message : String(error),
          },
        };
      },
    );
    pending = attempt;
    return attempt;
  };
  return {
    part,
    load,
    async get() {
      const r = await load();
      if (!r.ok) throw new LoadError(r.failure);
      return r.value;
    },
    peek: () => loaded,
  };
}
