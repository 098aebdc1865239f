// The request kept across the reload offered after a stale deploy: versioned, the listed
// fields only, never a key or a UserSig.
import { describe, expect, it } from 'vitest';
import type { RequestSnapshot } from '../../../src/lib/api/types';
import { parseKeptRequest, serializeKeptRequest } from '../../../src/lib/prefs/kept-request';

const SNAPSHOT: RequestSnapshot = {
  region: { kind: 'region', id: 'singapore', backup: true },
  sdkAppId: '1400123456',
  identifier: 'ops_admin',
  endpoint: 'raw:v4/openim/sendmsg',
  body: '{\n  "From_Account": "管理员",\n  "x": "it\'s"\n}',
};

describe('kept request', () => {
  it('round-trips every region kind, the body byte for byte', () => {
    for (const region of [
      { kind: 'sandbox' },
      { kind: 'custom', host: 'http://127.0.0.1:8787' },
      SNAPSHOT.region,
    ] as const) {
      const s = { ...SNAPSHOT, region };
      expect(parseKeptRequest(serializeKeptRequest(s))).toEqual(s);
    }
  });

  it('writes only the listed fields, and takes a key or UserSig out of the body', () => {
    const key = 'c0ffee00deadbeef5ec7e7'.padEnd(64, '0123456789abcdef');
    const userSig = 'eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy';
    const sneaky = { ...SNAPSHOT, key, userSig, body: `{"note":"${key} ${userSig}"}` };
    const text = serializeKeptRequest(sneaky, [key, userSig, '']);
    expect(text).not.toContain(key);
    expect(text).not.toContain(userSig);
    expect(Object.keys(JSON.parse(text))).toEqual([
      'v',
      'region',
      'sdkAppId',
      'identifier',
      'endpoint',
      'body',
    ]);
    expect(parseKeptRequest(text)?.body).toBe('{"note":" "}');
  });

  it.each([
    ['nothing', null],
    ['not JSON', '{oops'],
    ['an array', '[1]'],
    ['another version', JSON.stringify({ ...SNAPSHOT, v: 2 })],
    ['no version', JSON.stringify(SNAPSHOT)],
    ['a bad region', serializeKeptRequest(SNAPSHOT).replace('"region"', '"regio"')],
    ['a body that is not text', JSON.stringify({ v: 1, ...SNAPSHOT, body: 5 })],
    ['an oversized body', serializeKeptRequest({ ...SNAPSHOT, body: 'x'.repeat(1_000_001) })],
  ])('reads %s as nothing kept', (_label, text) => {
    expect(parseKeptRequest(text)).toBeNull();
  });
});
