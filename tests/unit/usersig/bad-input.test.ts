import { describe, expect, it } from 'vitest';
import { decodeUserSig, verifyUserSig } from '../../../src/lib/usersig';
import { VECTORS } from '../fixtures/vectors';
import { packUserSig, rng } from './helpers';

const V = VECTORS[0]!;
const DOC = JSON.parse(V.json) as Record<string, unknown>;

import { english } from '../i18n/texts';

// The outcomes as the page words them: their messages rendered in English.
const decode = async (userSig: string) => english(await decodeUserSig(userSig));
const verify = async (...args: Parameters<typeof verifyUserSig>) =>
  english(await verifyUserSig(...args));

describe('decodeUserSig on bad input', () => {
  it('says an empty string is empty', async () => {
    expect(await decode('')).toMatchObject({ ok: false, step: 'empty' });
  });

  it.each([
    ['a space', 'eJyr Vgr', 4, /a space/],
    ['standard base64 "+"', 'eJyr+Vgr', 4, /standard base64/],
    ['standard base64 "/"', 'eJyrV/gr', 5, /"-" instead/],
    ['URL encoding', 'eJyr%2AVg', 4, /URL-encoded/],
    ['a line break at the end', 'eJyrVgr\n', 7, /line break/],
    ['a non-ASCII letter', 'eJyrVé', 5, /"é"/],
  ])('finds %s outside the alphabet and says where', async (_label, input, position, words) => {
    const r = await decode(input);
    expect(r).toMatchObject({ ok: false, step: 'alphabet', position });
    expect(!r.ok && r.message).toMatch(words);
    expect(!r.ok && r.message).toContain(`Character ${position + 1}`);
  });

  it('rejects random text without throwing', async () => {
    const next = rng(1);
    for (let i = 0; i < 300; i++) {
      const len = 1 + Math.floor(next() * 120);
      let s = '';
      for (let j = 0; j < len; j++) s += String.fromCharCode(32 + Math.floor(next() * 95));
      const r = await decode(s);
      expect(r.ok).toBe(false);
    }
  });

  it('rejects random strings in the UserSig alphabet at a named step', async () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-';
    const next = rng(2);
    for (let i = 0; i < 300; i++) {
      let s = 'eJ';
      const len = 4 * (1 + Math.floor(next() * 40)) - 2;
      for (let j = 0; j < len; j++) s += alphabet[Math.floor(next() * alphabet.length)];
      const r = await decode(s);
      expect(r.ok).toBe(false);
      expect(['base64', 'zlib', 'json', 'field']).toContain(!r.ok && r.step);
    }
  });

  it('fails at every length a valid UserSig is cut to, naming a cut-short UserSig', async () => {
    for (const userSig of [V.userSigNodeSdk, V.userSigStoredZlib]) {
      for (let len = 0; len < userSig.length; len++) {
        const r = await decode(userSig.slice(0, len));
        if (r.ok) throw new Error(`cut at ${len} decoded`);
        if (len === 0) expect(r.step).toBe('empty');
        else if (len % 4 !== 0) {
          expect(r.step, `cut at ${len}`).toBe('base64');
          expect(r.message).toMatch(/cut short/);
        } else {
          expect(['zlib', 'base64'], `cut at ${len}`).toContain(r.step);
          expect(r.message, `cut at ${len}`).toMatch(/cut short|lost its beginning|damaged/);
        }
      }
    }
  });

  it('names padding in the middle of the string', async () => {
    const r = await decode('eJ__eJyr');
    expect(r).toMatchObject({ ok: false, step: 'base64', position: 2 });
  });

  it('says bytes without a zlib header are not a UserSig', async () => {
    expect(await decode('SGVsbG8gd29ybGQh')).toMatchObject({ ok: false, step: 'zlib' });
  });

  it('says zlib that holds no JSON is not a UserSig', async () => {
    expect(await decode(await packUserSig('hello, not json'))).toMatchObject({
      ok: false,
      step: 'json',
    });
    expect(await decode(await packUserSig('[1,2,3]'))).toMatchObject({
      ok: false,
      step: 'json',
    });
    expect(await decode(await packUserSig('"TLS.ver"'))).toMatchObject({
      ok: false,
      step: 'json',
    });
  });

  it('says bytes that are not UTF-8 are not JSON', async () => {
    const { deflate } = await import('../../../src/lib/usersig/zlib');
    const { bytesToBase64, toUserSigBase64 } = await import('../../../src/lib/usersig');
    const sig = toUserSigBase64(
      bytesToBase64(await deflate(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))),
    );
    expect(await decode(sig)).toMatchObject({ ok: false, step: 'json' });
  });

  it.each(['TLS.ver', 'TLS.identifier', 'TLS.sdkappid', 'TLS.time', 'TLS.expire', 'TLS.sig'])(
    'names the missing field %s',
    async (field) => {
      const doc = { ...DOC };
      delete doc[field];
      const r = await decode(await packUserSig(JSON.stringify(doc)));
      expect(r).toMatchObject({ ok: false, step: 'field', field });
      expect(!r.ok && r.message).toContain(`no ${field}`);
    },
  );

  it.each([
    ['TLS.ver', 2],
    ['TLS.identifier', 12],
    ['TLS.sdkappid', '1400000000'],
    ['TLS.time', 1.5],
    ['TLS.expire', null],
    ['TLS.sig', ['x']],
    ['TLS.userbuf', 5],
    ['TLS.userbuf', 'not base64!'],
  ])('names the mistyped field %s = %j', async (field, value) => {
    const r = await decode(await packUserSig(JSON.stringify({ ...DOC, [field]: value })));
    expect(r).toMatchObject({ ok: false, step: 'field', field });
  });

  it('recognises a v1 UserSig as the old scheme', async () => {
    const v1 = {
      'TLS.account_type': '0',
      'TLS.identifier': 'admin',
      'TLS.appid_at_3rd': '0',
      'TLS.sdk_appid': '1400000000',
      'TLS.expire_after': '15552000',
      'TLS.version': '201512300000',
      'TLS.time': '1700000000',
      'TLS.sig': 'MEUCIQDhuu6cfvxfUpfvKCJCe5LOsp1g',
    };
    const r = await decode(await packUserSig(JSON.stringify(v1)));
    expect(r).toMatchObject({ ok: false, step: 'v1' });
    expect(!r.ok && r.message).toMatch(/v1/);
  });

  it('refuses a zlib bomb without inflating it whole', async () => {
    const r = await decode(await packUserSig(`{"x":"${'a'.repeat(200_000)}"}`));
    expect(r).toMatchObject({ ok: false, step: 'zlib' });
  });
});

describe('verifyUserSig order of checks', () => {
  const base = { key: V.key, sdkAppId: V.sdkappid, identifier: V.identifier };
  const at = (sec: number) => ({ now: () => sec * 1000 });

  it('answers 70003 for what does not parse, with the decode step', async () => {
    expect(await verify(V.userSigNodeSdk.slice(0, 50), base, at(V.time))).toMatchObject({
      ok: false,
      check: 'parse',
      code: 70003,
      decode: { step: 'base64' },
    });
  });

  it('checks the SDKAppID first (70014), even when everything else is wrong too', async () => {
    const r = await verify(
      V.userSigNodeSdk,
      { key: 'other', sdkAppId: 1400000001, identifier: 'someone' },
      at(V.expiresAt + 10),
    );
    expect(r).toMatchObject({ ok: false, check: 'sdkappid', code: 70014 });
    expect(!r.ok && r.message).toContain('1400000001');
  });

  it('then the identifier (70013)', async () => {
    const r = await verify(
      V.userSigNodeSdk,
      { ...base, key: 'other', identifier: 'admin' },
      at(V.expiresAt + 10),
    );
    expect(r).toMatchObject({ ok: false, check: 'identifier', code: 70013 });
  });

  it('then the expiry (70001)', async () => {
    const r = await verify(V.userSigNodeSdk, { ...base, key: 'other' }, at(V.expiresAt + 10));
    expect(r).toMatchObject({ ok: false, check: 'expired', code: 70001 });
  });

  it('then the signature (70009)', async () => {
    const r = await verify(V.userSigNodeSdk, { ...base, key: V.key.toUpperCase() }, at(V.time));
    expect(r).toMatchObject({ ok: false, check: 'signature', code: 70009 });
  });

  it('catches a UserSig whose fields were edited after signing (70009)', async () => {
    const forged = await packUserSig(JSON.stringify({ ...DOC, 'TLS.expire': 999999999 }));
    expect(await verify(forged, base, at(V.time))).toMatchObject({
      check: 'signature',
      code: 70009,
    });
  });

  it('checks the userbuf when one is expected', async () => {
    const withBuf = VECTORS.find((v) => v.userbufUtf8 !== undefined)!;
    const against = {
      key: withBuf.key,
      sdkAppId: withBuf.sdkappid,
      identifier: withBuf.identifier,
    };
    const enc = new TextEncoder();
    expect(
      (
        await verify(
          withBuf.userSigNodeSdk,
          { ...against, userBuf: enc.encode('abc') },
          at(withBuf.time),
        )
      ).ok,
    ).toBe(true);
    expect(
      await verify(
        withBuf.userSigNodeSdk,
        { ...against, userBuf: enc.encode('abd') },
        at(withBuf.time),
      ),
    ).toMatchObject({ ok: false, check: 'userbuf' });
    expect(
      await verify(V.userSigNodeSdk, { ...base, userBuf: enc.encode('abc') }, at(V.time)),
    ).toMatchObject({ ok: false, check: 'userbuf' });
  });
});
