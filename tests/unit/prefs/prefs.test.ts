import { describe, expect, it } from 'vitest';
import { DEFAULT_REGION_CHOICE } from '../../../src/lib/api/regions';
import {
  DEFAULT_PREFS,
  parsePrefs,
  prefsToStore,
  serializePrefs,
  type Prefs,
} from '../../../src/lib/prefs/prefs';
import { PROXY_PREFIX } from '../../../src/lib/proxy/protocol';
import { DEFAULT_TIMEOUT_MS } from '../../../src/lib/transport/send';

describe('prefs', () => {
  it('round-trips every region kind', () => {
    const regions: Prefs['region'][] = [
      { kind: 'sandbox' },
      { kind: 'region', id: 'singapore', backup: true },
      { kind: 'custom', host: 'http://127.0.0.1:8787' },
    ];
    for (const region of regions) {
      const p: Prefs = {
        ...DEFAULT_PREFS,
        region,
        sdkAppId: '1400000001',
        identifier: 'admin',
        sendVia: 'proxy',
      };
      expect(parsePrefs(serializePrefs(p))).toEqual(p);
    }
  });

  it('never writes a key or a UserSig, even when an object carrying them is passed', () => {
    const sneaky = { ...DEFAULT_PREFS, key: 'SECRET-KEY', userSig: 'eJyrSECRET' } as Prefs;
    const text = serializePrefs(sneaky);
    expect(text).not.toContain('SECRET');
  });

  it.each([
    ['nothing stored', null],
    ['not JSON', '{oops'],
    ['another version', JSON.stringify({ ...DEFAULT_PREFS, v: 99, sdkAppId: '5' })],
    ['an array', '[1]'],
  ])('falls back to the defaults for %s', (_label, text) => {
    expect(parsePrefs(text)).toEqual(DEFAULT_PREFS);
  });

  it('keeps the good fields and replaces mistyped ones', () => {
    const text = JSON.stringify({
      v: 1,
      region: { kind: 'region', id: 7 },
      sdkAppId: '1400000000',
      identifier: 42,
      sendVia: 'carrier-pigeon',
      timeoutSeconds: 100000,
    });
    expect(parsePrefs(text)).toEqual({ ...DEFAULT_PREFS, sdkAppId: '1400000000' });
  });

  it('reads the region with the one RegionChoice parser: an unknown id or an extra key is the default', () => {
    const stored = (region: unknown) =>
      JSON.stringify({ v: 1, ...DEFAULT_PREFS, sdkAppId: '5', region });
    expect(parsePrefs(stored({ kind: 'region', id: 'atlantis', backup: false }))).toEqual({
      ...DEFAULT_PREFS,
      sdkAppId: '5',
    });
    expect(parsePrefs(stored({ kind: 'custom', host: 'h', extra: 1 })).region).toEqual(
      DEFAULT_PREFS.region,
    );
    expect(parsePrefs(stored({ kind: 'region', id: 'tokyo', backup: true })).region).toEqual({
      kind: 'region',
      id: 'tokyo',
      backup: true,
    });
  });

  it('are the defaults of the rest of the app: region, proxy mount and send timeout', () => {
    expect(DEFAULT_PREFS.region).toEqual(DEFAULT_REGION_CHOICE);
    expect(DEFAULT_PREFS.proxyBase).toBe(`.${PROXY_PREFIX}`);
    expect(DEFAULT_TIMEOUT_MS).toBe(DEFAULT_PREFS.timeoutSeconds * 1000);
  });
});

describe('prefsToStore', () => {
  const stored: Prefs = {
    ...DEFAULT_PREFS,
    region: { kind: 'region', id: 'tokyo', backup: false },
  };
  const custom = { kind: 'custom', host: 'https://chat.example' } as const;

  it('does not remember a custom host that came in a link: the stored region stays', () => {
    const current = { ...DEFAULT_PREFS, region: custom, sdkAppId: '1400000001' };
    expect(prefsToStore(current, stored, custom)).toEqual({ ...current, region: stored.region });
  });

  it('remembers a custom host chosen by hand, or another than the link’s, and any region', () => {
    const current = { ...DEFAULT_PREFS, region: custom };
    expect(prefsToStore(current, stored, null)).toEqual(current);
    expect(
      prefsToStore(current, stored, { kind: 'custom', host: 'https://other.example' }),
    ).toEqual(current);
    const region = {
      ...DEFAULT_PREFS,
      region: { kind: 'region', id: 'seoul', backup: true },
    } as const;
    expect(prefsToStore(region, stored, custom)).toEqual(region);
  });
});

describe('prefs v2 (issue 17: Auto)', () => {
  it('round-trips an explicit Direct (which v1 could not tell from its default)', () => {
    const p: Prefs = { ...DEFAULT_PREFS, sendVia: 'direct' };
    const text = serializePrefs(p);
    expect(JSON.parse(text)).toMatchObject({ v: 2 });
    expect(parsePrefs(text)).toEqual(p);
  });

  it('starts on Auto', () => {
    expect(DEFAULT_PREFS.sendVia).toBe('auto');
    expect(parsePrefs(null).sendVia).toBe('auto');
  });

  it('reads v1: its proxy stays, its direct (the old default) becomes Auto', () => {
    const v1 = (sendVia: string) =>
      JSON.stringify({
        v: 1,
        region: { kind: 'region', id: 'tokyo', backup: false },
        sdkAppId: '1400000001',
        identifier: 'admin',
        sendVia,
        proxyBase: 'http://127.0.0.1:8788/proxy',
        timeoutSeconds: 30,
      });
    expect(parsePrefs(v1('proxy'))).toEqual({
      region: { kind: 'region', id: 'tokyo', backup: false },
      sdkAppId: '1400000001',
      identifier: 'admin',
      sendVia: 'proxy',
      proxyBase: 'http://127.0.0.1:8788/proxy',
      timeoutSeconds: 30,
      // v1 had no language: it follows the browser (issue 15).
      locale: null,
    });
    expect(parsePrefs(v1('direct')).sendVia).toBe('auto');
  });
});
