// The reload offered after a chunk failed to load: Vite's event shows it, Reload keeps the
// request in sessionStorage (never the key or the UserSig), and the next page puts it back once.
import { describe, expect, it, vi } from 'vitest';
import { KEPT_REQUEST_KEY } from '../../../src/lib/prefs/kept-request';
import { ReloadOffer } from '../../../src/lib/state/reload.svelte';
import { Workspace } from '../../../src/lib/state/workspace.svelte';
import { memoryStorage } from './storage';

const KEY = 'c0ffee00deadbeef5ec7e7'.padEnd(64, '0123456789abcdef');

async function signedWorkspace() {
  const ws = new Workspace();
  ws.chooseRegion('singapore');
  ws.signer.sdkAppId = '1400123456';
  ws.signer.key = KEY;
  ws.signer.identifier = 'ops_admin';
  await ws.signer.sign();
  ws.draft.setValue('From_Account', 'dave');
  return ws;
}

describe('ReloadOffer', () => {
  it('is offered when Vite reports a chunk that failed, until dismissed, and stops listening', () => {
    const events = new EventTarget();
    const offer = new ReloadOffer(new Workspace(), { events });
    const stop = offer.listen();
    expect(offer.offered).toBe(false);
    events.dispatchEvent(new Event('vite:preloadError', { cancelable: true }));
    expect(offer.offered).toBe(true);
    offer.dismiss();
    stop();
    const e = new Event('vite:preloadError', { cancelable: true });
    events.dispatchEvent(e);
    expect(offer.offered).toBe(false);
    // Never cancelled: Vite would then resolve the failed import to undefined.
    expect(e.defaultPrevented).toBe(false);
  });

  it('keeps the request across the reload, never the key or the UserSig, and puts it back once', async () => {
    const ws = await signedWorkspace();
    expect(ws.signer.userSig).not.toBe('');
    const session = memoryStorage();
    const reload = vi.fn();
    new ReloadOffer(ws, { session, reload }).reload();
    expect(reload).toHaveBeenCalledTimes(1);
    const kept = session.data.get(KEPT_REQUEST_KEY) ?? '';
    expect(kept).toContain('dave');
    expect(kept).not.toContain(KEY);
    expect(kept).not.toContain(ws.signer.userSig);

    const next = new Workspace();
    const offer = new ReloadOffer(next, { session });
    expect(offer.restore()).toBe(true);
    expect(next.snapshot()).toEqual(ws.snapshot());
    expect(next.signer.key).toBe('');
    expect(session.data.has(KEPT_REQUEST_KEY)).toBe(false);
    expect(new ReloadOffer(new Workspace(), { session }).restore()).toBe(false);
  });

  it('still reloads when storage refuses, and starts as usual when it cannot be read', async () => {
    const session = memoryStorage();
    session.refuse = true;
    const reload = vi.fn();
    new ReloadOffer(await signedWorkspace(), { session, reload }).reload();
    expect(reload).toHaveBeenCalledTimes(1);
    const ws = new Workspace();
    const before = ws.snapshot();
    expect(new ReloadOffer(ws, { session }).restore()).toBe(false);
    expect(ws.snapshot()).toEqual(before);
    const damaged = memoryStorage({ [KEPT_REQUEST_KEY]: '{"v":1' });
    expect(new ReloadOffer(ws, { session: damaged }).restore()).toBe(false);
    expect(damaged.data.has(KEPT_REQUEST_KEY)).toBe(false);
  });
});
