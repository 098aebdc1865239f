// The Inspect panel's model: debounced inspection, the key, stale results, expiry, and loading
// into the builder. Runes need Svelte's browser build, hence jsdom (see vite.config.ts).
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import * as kit from '../../../src/lib/inspect/kit';
import { Inspector, type InspectKit } from '../../../src/lib/state/inspector.svelte';
import { Workspace } from '../../../src/lib/state/workspace.svelte';
import { VECTORS } from '../fixtures/vectors';
import { GET_LIST_BODY, requestUrl } from './helpers';
import { en } from '../i18n/texts';

const V = VECTORS[0]!;
const NOW_MS = (V.time + 3600) * 1000;

/** Timers the test runs by hand. */
function manualTimers() {
  const queue = new Map<number, () => void>();
  let next = 1;
  return {
    setTimer: (fn: () => void) => {
      queue.set(next, fn);
      return next++;
    },
    clearTimer: (id: unknown) => void queue.delete(id as number),
    get size() {
      return queue.size;
    },
    fire() {
      const fns = [...queue.values()];
      queue.clear();
      for (const fn of fns) fn();
    },
  };
}

function setup(world: { loadKit?: () => Promise<InspectKit> } = {}) {
  const ws = new Workspace();
  const timers = manualTimers();
  const inspector = new Inspector(ws, {
    now: () => NOW_MS,
    loadKit: world.loadKit ?? (async () => kit),
    setTimer: timers.setTimer,
    clearTimer: timers.clearTimer,
  });
  return { ws, inspector, timers };
}

const QUERY = {
  sdkappid: String(V.sdkappid),
  identifier: V.identifier,
  usersig: V.userSigNodeSdk,
  random: '42',
  contenttype: 'json',
};

describe('Inspector', () => {
  it('waits for a pause in typing, then inspects the last text only', async () => {
    const { inspector, timers } = setup();
    inspector.setText('eJ');
    inspector.setText(V.userSigNodeSdk);
    expect(inspector.pending).toBe(true);
    expect(timers.size).toBe(1);
    expect(inspector.report).toBeNull();
    timers.fire();
    await until(() => inspector.report !== null);
    expect(inspector.report?.kind).toBe('usersig');
    expect(inspector.pending).toBe(false);
  });

  it('inspects a paste at once, with no timer', async () => {
    const { inspector, timers } = setup();
    inspector.setText(V.userSigNodeSdk, { now: true });
    expect(timers.size).toBe(0);
    await until(() => inspector.report?.kind === 'usersig');
  });

  it('judges with the key, and takes the builder’s key on request', async () => {
    const { ws, inspector } = setup();
    inspector.setText(V.userSigNodeSdk, { now: true });
    await until(() => inspector.report?.kind === 'usersig');
    expect(verdictStatus(inspector)).toBe('needs-key');

    ws.signer.key = V.key;
    inspector.useBuilderKey();
    expect(inspector.key).toBe(V.key);
    await until(() => verdictStatus(inspector) === 'accepted');

    inspector.setKey('wrong');
    await inspector.inspect();
    expect(verdictStatus(inspector)).toBe('rejected');
  });

  it('never lets an older result overwrite a newer one', async () => {
    let release: (() => void) | null = null;
    const gate = new Promise<void>((r) => (release = r));
    let calls = 0;
    const slowFirst: InspectKit = {
      ...kit,
      inspectPaste: (async (text: string, options: Parameters<typeof kit.inspectPaste>[1]) => {
        if (calls++ === 0) await gate;
        return kit.inspectPaste(text, options);
      }) as typeof kit.inspectPaste,
    };
    const { inspector } = setup({ loadKit: async () => slowFirst });
    inspector.setText('not a usersig at all, just words', { now: true });
    await Promise.resolve();
    inspector.setText(V.userSigNodeSdk, { now: true });
    await until(() => inspector.report?.kind === 'usersig');
    release!();
    await new Promise((r) => setTimeout(r, 20));
    expect(inspector.report?.kind).toBe('usersig');
  });

  it('says when a UserSig judged valid has expired since', async () => {
    const { inspector } = setup();
    inspector.setText(V.userSigNodeSdk, { now: true });
    await until(() => inspector.report?.kind === 'usersig');
    expect(inspector.outdatedAt(V.expiresAt * 1000)).toBe(false);
    expect(inspector.outdatedAt((V.expiresAt + 1) * 1000)).toBe(true);
  });

  it('says why when the library cannot be loaded, and tries again next time', async () => {
    let fail = true;
    const { inspector } = setup({
      loadKit: async () => {
        if (fail) throw new Error('Failed to fetch dynamically imported module');
        return kit;
      },
    });
    await inspector.inspect();
    expect(en(inspector.loadError)).toMatch(
      /^Could not load the inspector — check the connection and try again\. \(Failed to fetch/,
    );
    expect(inspector.pending).toBe(false);
    fail = false;
    inspector.setText(V.userSigNodeSdk, { now: true });
    await until(() => inspector.report?.kind === 'usersig');
    expect(inspector.loadError).toBe('');
  });

  it('loads a curl command into the builder, without the UserSig, and says so', async () => {
    const { ws, inspector } = setup();
    inspector.setText(`curl '${requestUrl(QUERY)}' --data-raw '${GET_LIST_BODY}'`, { now: true });
    await until(() => inspector.report?.kind === 'request');
    flushSync();
    expect(inspector.plan?.ok).toBe(true);
    const signerUserSigBefore = ws.signer.userSig;
    const note = inspector.loadIntoBuilder();
    expect(en(note?.summary ?? '')).toMatch(
      /Singapore, SDKAppID 1400000000, identifier "administrator"/,
    );
    expect(ws.target.regionKey).toBe('singapore');
    expect(ws.signer.sdkAppId).toBe('1400000000');
    expect(ws.signer.identifier).toBe('administrator');
    expect(ws.draft.text).toBe(GET_LIST_BODY);
    expect(ws.signer.userSig).not.toBe(V.userSigNodeSdk);
    expect(signerUserSigBefore).not.toBe(V.userSigNodeSdk);
    // Leaving the sandbox for another app clears its key: the builder must be given one.
    expect(note?.needsKey).toBe(true);
    expect(inspector.loaded).toBe(note);
  });

  it('keeps the builder’s body when a bare URL is loaded', async () => {
    const { ws, inspector } = setup();
    ws.draft.setText('{"From_Account":"kept"}');
    inspector.setText(requestUrl(QUERY), { now: true });
    await until(() => inspector.report?.kind === 'request');
    inspector.loadIntoBuilder();
    expect(ws.draft.text).toBe('{"From_Account":"kept"}');
  });

  it('has nothing to load for a bare UserSig', async () => {
    const { inspector } = setup();
    inspector.setText(V.userSigNodeSdk, { now: true });
    await until(() => inspector.report?.kind === 'usersig');
    expect(inspector.plan).toBeNull();
    expect(inspector.loadIntoBuilder()).toBeNull();
  });
});

function verdictStatus(inspector: Inspector): string | null {
  const r = inspector.report;
  return r && (r.kind === 'usersig' || r.kind === 'request') ? r.verdict.status : null;
}

/** Waits until the async inspection has come in. */
function until(ok: () => boolean): Promise<void> {
  return vi.waitFor(() => {
    if (!ok()) throw new Error('not yet');
  });
}
