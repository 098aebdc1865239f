// What `{#await}` does for the first screen's parts that load on demand (Lazy.svelte, the Send
// bar), without Svelte's await block: that block's runtime (await.js) then stays out of the
// first download (issue 18, item 1). A lazy load never rejects (lib/lazy/lazy.ts): it answers a
// value, so there is no `{:catch}` to stand in for.

/** A value read from `read`, which may be a promise: its result once it has settled. */
export interface Settled<T> {
  /**
   * The value: at once when `read` gave one, else the promise's result once it has resolved;
   * undefined while the promise `read` gives now is pending (a newer one replaces an older).
   */
  readonly current: T | undefined;
}

function isThenable<T>(x: T | PromiseLike<T>): x is PromiseLike<T> {
  return typeof (x as { then?: unknown } | null)?.then === 'function';
}

/**
 * Follows `read` (reactive, as a `$derived`): made in a component's script, it stops with the
 * component. A promise shows as pending until it settles, even one that has already resolved
 * (as `{#await}` does while hydrating, so what the server rendered, the pending state, is what
 * hydrates; on a client mount `{#await}` would show a resolved one at once): a caller that has
 * the value already hands it over as a value (Lazy.svelte does, from its loader's peek()).
 */
export function settled<T>(read: () => T | PromiseLike<T>): Settled<T> {
  const source = $derived(read());
  let resolved = $state.raw<{ from: PromiseLike<T>; value: T } | null>(null);
  $effect(() => {
    const from = source;
    if (!isThenable(from)) return;
    let live = true;
    from.then((value) => {
      if (live) resolved = { from, value };
    });
    return () => {
      live = false;
    };
  });
  return {
    get current() {
      const from = source;
      if (!isThenable(from)) return from;
      return resolved?.from === from ? resolved.value : undefined;
    },
  };
}
