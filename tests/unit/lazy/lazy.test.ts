// The one lazy loader: once, failures as values, a failure forgotten so the next load downloads
// again, and the hooks that run before such a retry.
import { describe, expect, it, vi } from 'vitest';
import { Gate, whenIdle } from '../../../src/lib/lazy/idle';
import { beforeRetry, holdLoadsUntil, lazy, loadFailureMessage } from '../../../src/lib/lazy/lazy';
import { en } from '../i18n/texts';

/** An importer that fails while `state.fail` is set, counting its calls. */
function flaky(value = { ok: 'module' }) {
  const state = { fail: true, calls: 0 };
  const importer = async () => {
    state.calls++;
    if (state.fail) throw new TypeError('Failed to fetch dynamically imported module: x.js');
    return value;
  };
  return { state, importer, value };
}

describe('holdLoadsUntil', () => {
  it('starts no download until the hold settles, then each one once; later loads start at once', async () => {
    let release = () => {};
    holdLoadsUntil(new Promise<void>((resolve) => (release = resolve)));
    const importer = vi.fn(async () => 'panel');
    const part = lazy('the Response panel', importer);
    const asked = part.load();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(importer).not.toHaveBeenCalled();
    release();
    expect(await asked).toEqual({ ok: true, value: 'panel' });
    expect(importer).toHaveBeenCalledTimes(1);
    const after = vi.fn(async () => 'later');
    const later = lazy('the history', after).load();
    expect(after).toHaveBeenCalledTimes(1);
    expect(await later).toEqual({ ok: true, value: 'later' });
  });

  it('an unheld part starts at once while the others wait', async () => {
    let release = () => {};
    holdLoadsUntil(new Promise<void>((resolve) => (release = resolve)));
    const first = vi.fn(async () => 'editor');
    const other = vi.fn(async () => 'panel');
    const editor = lazy('the JSON editor', first, { unheld: true }).load();
    const panel = lazy('the Response panel', other).load();
    expect(first).toHaveBeenCalledTimes(1);
    expect(other).not.toHaveBeenCalled();
    expect(await editor).toEqual({ ok: true, value: 'editor' });
    release();
    expect(await panel).toEqual({ ok: true, value: 'panel' });
  });

  it('a part loaded after a gate starts once the gate and the hold have both let go', async () => {
    let release = () => {};
    let pass = () => {};
    holdLoadsUntil(new Promise<void>((resolve) => (release = resolve)));
    const gate = new Promise<void>((resolve) => (pass = resolve));
    const importer = vi.fn(async () => 'exact request');
    const asked = lazy('the exact request', importer, { after: gate }).load();
    release();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(importer).not.toHaveBeenCalled();
    pass();
    expect(await asked).toEqual({ ok: true, value: 'exact request' });
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('lets the loads go when the hold fails, and a failing part is still a value', async () => {
    let fail = (_: Error) => {};
    holdLoadsUntil(new Promise<void>((_, reject) => (fail = reject)));
    const { importer } = flaky();
    const asked = lazy('the sandbox', importer).load();
    fail(new Error('no frame'));
    expect(await asked).toMatchObject({ ok: false, failure: { part: 'the sandbox' } });
  });
});

describe('lazy', () => {
  it('loads once: concurrent and later loads share the first download', async () => {
    const importer = vi.fn(async () => 42);
    const part = lazy('the thing', importer);
    const [a, b] = await Promise.all([part.load(), part.load()]);
    expect(a).toEqual({ ok: true, value: 42 });
    expect(b).toBe(a);
    expect(await part.load()).toBe(a);
    expect(await part.get()).toBe(42);
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('answers a failure as a value, then forgets it: the next load downloads again', async () => {
    const { state, importer, value } = flaky();
    const part = lazy('the JSON editor', importer);
    const [a, b] = await Promise.all([part.load(), part.load()]);
    expect(a).toMatchObject({
      ok: false,
      failure: {
        part: 'the JSON editor',
        cause: 'Failed to fetch dynamically imported module: x.js',
      },
    });
    expect(a.ok || en(a.failure.message)).toBe(
      'Could not load the JSON editor — check the connection and try again.',
    );
    expect(b).toBe(a);
    expect(state.calls).toBe(1);
    expect(await part.load()).toMatchObject({ ok: false });
    expect(state.calls).toBe(2);
    state.fail = false;
    expect(await part.load()).toEqual({ ok: true, value });
    expect(await part.load()).toEqual({ ok: true, value });
    expect(state.calls).toBe(3);
  });

  it('never rejects, even for an importer that throws at once or rejects with a non-Error', async () => {
    const sync = lazy('a', () => {
      throw new Error('boom');
    });
    expect(await sync.load()).toMatchObject({ ok: false, failure: { cause: 'boom' } });
    const odd = lazy('b', () => Promise.reject('offline'));
    expect(await odd.load()).toMatchObject({ ok: false, failure: { cause: 'offline' } });
  });

  it('get() throws the failure’s message, for code whose failures are exceptions', async () => {
    const { state, importer, value } = flaky();
    const part = lazy('the pure-JS HMAC', importer);
    await expect(part.get()).rejects.toMatchObject({
      message: 'Failed to fetch dynamically imported module: x.js',
      failure: { message: loadFailureMessage('the pure-JS HMAC') },
    });
    state.fail = false;
    expect(await part.get()).toBe(value);
  });

  it('runs the retry hooks before a load that follows a failure, and only then', async () => {
    const hook = vi.fn();
    const stop = beforeRetry(hook);
    try {
      const { state, importer } = flaky();
      const part = lazy('x', importer);
      await part.load();
      expect(hook).not.toHaveBeenCalled();
      await part.load();
      expect(hook).toHaveBeenCalledTimes(1);
      state.fail = false;
      await part.load();
      expect(hook).toHaveBeenCalledTimes(2);
      await part.load();
      expect(hook).toHaveBeenCalledTimes(2);
      await lazy('fine', async () => 1).load();
      expect(hook).toHaveBeenCalledTimes(2);
    } finally {
      stop();
    }
    const { importer } = flaky();
    const after = lazy('y', importer);
    await after.load();
    await after.load();
    expect(hook).toHaveBeenCalledTimes(2);
  });
});

describe('whenIdle', () => {
  it('asks requestIdleCallback with the timeout, and cancels through it', () => {
    const requestIdle = vi.fn((_task: IdleRequestCallback, _o?: IdleRequestOptions) => 7);
    const cancelIdle = vi.fn();
    const task = vi.fn();
    const cancel = whenIdle(task, { timeout: 2000, requestIdle, cancelIdle });
    expect(requestIdle).toHaveBeenCalledWith(task, { timeout: 2000 });
    cancel();
    expect(cancelIdle).toHaveBeenCalledWith(7);
  });

  // Node has no requestIdleCallback, so the default is the fallback here.
  it('falls back to a timer where there is no requestIdleCallback', () => {
    vi.useFakeTimers();
    try {
      const task = vi.fn();
      whenIdle(task, { fallbackMs: 500 });
      vi.advanceTimersByTime(499);
      expect(task).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(task).toHaveBeenCalledTimes(1);
      const cancelled = vi.fn();
      whenIdle(cancelled, { fallbackMs: 500 })();
      vi.advanceTimersByTime(1000);
      expect(cancelled).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('whenIdle after a Gate', () => {
  /** A requestIdleCallback that runs nothing until `flush`. */
  function idle() {
    const queued: IdleRequestCallback[] = [];
    const requestIdle = (task: IdleRequestCallback) => queued.push(task);
    const cancelIdle = vi.fn();
    const flush = () => queued.splice(0).forEach((t) => t({} as IdleDeadline));
    return { requestIdle, cancelIdle, flush, queued };
  }

  it('waits for the gate to open, then for idle time', async () => {
    const timers: (() => void)[] = [];
    const gate = new Gate(5000, (f) => timers.push(f));
    const { requestIdle, cancelIdle, flush, queued } = idle();
    const task = vi.fn();
    whenIdle(task, { after: gate.passed, requestIdle, cancelIdle });
    await Promise.resolve();
    expect(queued).toHaveLength(0);
    gate.open();
    await gate.passed;
    await Promise.resolve();
    expect(queued).toHaveLength(1);
    expect(task).not.toHaveBeenCalled();
    flush();
    expect(task).toHaveBeenCalledOnce();
  });

  it('opens by itself after its longest wait, so nothing waits for an editor that never comes', async () => {
    const timers: [() => void, number][] = [];
    const gate = new Gate(4000, (f, ms) => timers.push([f, ms]));
    const { requestIdle, cancelIdle, flush } = idle();
    const task = vi.fn();
    whenIdle(task, { after: gate.passed, requestIdle, cancelIdle });
    expect(timers.map(([, ms]) => ms)).toEqual([4000]);
    timers[0]?.[0]();
    await gate.passed;
    await Promise.resolve();
    flush();
    expect(task).toHaveBeenCalledOnce();
  });

  it('cancelled before the gate opens, it never asks for idle time', async () => {
    const gate = new Gate(5000, () => {});
    const { requestIdle, cancelIdle, queued } = idle();
    const cancel = whenIdle(vi.fn(), { after: gate.passed, requestIdle, cancelIdle });
    cancel();
    gate.open();
    await gate.passed;
    await Promise.resolve();
    expect(queued).toHaveLength(0);
  });
});
