// settled(): what the first screen's lazy parts use instead of {#await}. A value shows at once; a
// promise shows once it resolves, and only while it is still the one read; a newer read wins.
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { settled, type Settled } from '../../../src/lib/lazy/settled.svelte';

/** A promise and the function that resolves it. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const tick = () => new Promise<void>((r) => setTimeout(r, 0));

let stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
});

/** settled() made in an effect root, as a component's script makes it. */
function follow<T>(read: () => T | PromiseLike<T>): Settled<T> {
  let s!: Settled<T>;
  stops.push(
    $effect.root(() => {
      s = settled(read);
    }),
  );
  flushSync();
  return s;
}

describe('settled', () => {
  it('gives a plain value at once, and follows it', () => {
    let source = $state<number | null>(1);
    const s = follow(() => source);
    expect(s.current).toBe(1);
    source = null;
    flushSync();
    expect(s.current).toBeNull();
  });

  it('is undefined while a promise is pending, and its result once it resolves', async () => {
    const d = deferred<string>();
    const s = follow(() => d.promise);
    expect(s.current).toBeUndefined();
    d.resolve('in');
    await tick();
    flushSync();
    expect(s.current).toBe('in');
  });

  it('is pending even for a promise that has already resolved (a value is shown at once)', async () => {
    const s = follow(() => Promise.resolve('done'));
    expect(s.current).toBeUndefined();
    await tick();
    expect(s.current).toBe('done');
  });

  it('shows the newer promise only: an older one resolving later is dropped', async () => {
    const first = deferred<string>();
    const second = deferred<string>();
    let which = $state<'first' | 'second'>('first');
    const s = follow(() => (which === 'first' ? first.promise : second.promise));
    which = 'second';
    flushSync();
    first.resolve('old');
    await tick();
    expect(s.current).toBeUndefined();
    second.resolve('new');
    await tick();
    expect(s.current).toBe('new');
    // Back to the first (resolved long ago): pending again until it settles anew, then its value.
    which = 'first';
    flushSync();
    expect(s.current).toBeUndefined();
    await tick();
    expect(s.current).toBe('old');
  });

  it('goes from a pending promise to a plain value at once', () => {
    const d = deferred<string>();
    let value = $state<string | null>(null);
    const s = follow(() => value ?? d.promise);
    expect(s.current).toBeUndefined();
    value = 'now';
    flushSync();
    expect(s.current).toBe('now');
  });

  it('stops with its root: a promise resolving afterwards sets nothing', async () => {
    const d = deferred<string>();
    const s = follow(() => d.promise);
    stops.pop()?.();
    d.resolve('late');
    await tick();
    expect(s.current).toBeUndefined();
  });
});
