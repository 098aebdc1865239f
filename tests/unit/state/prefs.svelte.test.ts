// The remembered choices over a real Workspace and a Storage in memory: restored on open, stored
// on change, never the key, and a custom host from a link not remembered.
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { RegionChoice } from '../../../src/lib/api/types';
import { DEFAULT_PREFS, PREFS_KEY, parsePrefs, serializePrefs } from '../../../src/lib/prefs/prefs';
import { RememberedChoices } from '../../../src/lib/state/prefs.svelte';
import { Workspace } from '../../../src/lib/state/workspace.svelte';
import { memoryStorage } from './storage';
import { en } from '../i18n/texts';

const TOKYO = {
  ...DEFAULT_PREFS,
  region: { kind: 'region', id: 'tokyo', backup: false },
  sdkAppId: '1400123456',
  identifier: 'ops_admin',
  sendVia: 'proxy',
  proxyBase: 'http://127.0.0.1:8788/proxy',
  timeoutSeconds: 30,
} as const;

describe('RememberedChoices', () => {
  it('puts the stored choices into the builder, and stores them as they change, never the key', () => {
    const storage = memoryStorage({ [PREFS_KEY]: serializePrefs(TOKYO) });
    const ws = new Workspace();
    const prefs = new RememberedChoices(ws, { storage: () => storage });
    prefs.restore();
    expect(ws.target.choice).toEqual(TOKYO.region);
    expect(ws.signer.sdkAppId).toBe('1400123456');
    expect(ws.signer.identifier).toBe('ops_admin');
    expect(ws.target.sendVia).toBe('proxy');
    expect(ws.target.proxyBase).toBe(TOKYO.proxyBase);
    expect(ws.target.timeoutSeconds).toBe(30);

    ws.signer.key = 'do-not-remember-me';
    ws.signer.identifier = 'other_admin';
    prefs.save();
    const text = storage.data.get(PREFS_KEY) ?? '';
    expect(parsePrefs(text)).toEqual({ ...TOKYO, identifier: 'other_admin' });
    expect(text).not.toContain('do-not-remember-me');
  });

  it('starts from the defaults (the sandbox) when nothing is stored or storage refuses', () => {
    const storage = memoryStorage();
    storage.refuse = true;
    const ws = new Workspace();
    const prefs = new RememberedChoices(ws, { storage: () => storage });
    prefs.restore();
    expect(ws.target.isSandbox).toBe(true);
    expect(() => prefs.save()).not.toThrow();
    // Said where the person looks: the choices will not come back after a reload.
    expect(en(prefs.problem)).toMatch(/not remembered after a reload/);
  });

  it('says so when even reading storage throws (a blocked frame), and keeps working', () => {
    const ws = new Workspace();
    const prefs = new RememberedChoices(ws, {
      storage: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    prefs.restore();
    expect(ws.target.isSandbox).toBe(true);
    expect(en(prefs.problem)).toMatch(/blocks storage here/);
    prefs.save();
    expect(en(prefs.problem)).toMatch(/blocks storage here/);
  });

  it('does not remember the custom host of the link the page opened, and does one chosen by hand', () => {
    const storage = memoryStorage({ [PREFS_KEY]: serializePrefs(TOKYO) });
    const ws = new Workspace();
    let linked: RegionChoice | null = null;
    const prefs = new RememberedChoices(ws, { storage: () => storage, linkedRegion: () => linked });
    prefs.restore();
    const host = { kind: 'custom', host: 'https://chat.example' } as const;
    // As a link opening does: its region in the builder, and named as the link's.
    linked = host;
    ws.target.setChoice(host);
    flushSync();
    prefs.save();
    expect(parsePrefs(storage.data.get(PREFS_KEY) ?? null).region).toEqual(TOKYO.region);

    ws.target.setChoice({ kind: 'custom', host: 'https://mine.example' });
    prefs.save();
    expect(parsePrefs(storage.data.get(PREFS_KEY) ?? null).region).toEqual({
      kind: 'custom',
      host: 'https://mine.example',
    });
  });
});
