import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFS,
  parsePrefs,
  serializePrefs,
  type Prefs,
} from '../../../src/lib/prefs/prefs';

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
});
