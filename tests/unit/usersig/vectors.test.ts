import { describe, expect, it } from 'vitest';
import {
  computeTlsSig,
  decodeUserSig,
  genUserSig,
  hmacSha256,
  signedText,
  verifyUserSig,
  bytesToBase64,
} from '../../../src/lib/usersig';
import { VECTORS } from '../fixtures/vectors';
import { hex } from './helpers';
import { en } from '../i18n/texts';

const enc = new TextEncoder();
const PATHS = ['webcrypto', 'noble'] as const;

describe.each(VECTORS)('vector $name', (v) => {
  const userBuf = v.userbufUtf8 === undefined ? undefined : enc.encode(v.userbufUtf8);
  const userBufB64 = userBuf ? bytesToBase64(userBuf) : undefined;

  it('builds the exact signed text', () => {
    expect(signedText(v.identifier, v.sdkappid, v.time, v.expire, userBufB64)).toBe(v.signedText);
  });

  it.each(PATHS)('computes the HMAC and TLS.sig through %s', async (path) => {
    expect(hex(await hmacSha256(enc.encode(v.key), enc.encode(v.signedText), path))).toBe(
      v.hmacHex,
    );
    expect(await computeTlsSig(v.key, v.signedText, path)).toBe(v.tlsSig);
  });

  it.each(PATHS)('signs a UserSig that inflates to the SDK JSON through %s', async (path) => {
    const sig = await genUserSig(
      {
        sdkAppId: v.sdkappid,
        key: v.key,
        identifier: v.identifier,
        expire: v.expire,
        ...(userBuf ? { userBuf } : {}),
      },
      { now: () => v.time * 1000 + 999, hmac: path },
    );
    expect(sig).toMatch(/^[A-Za-z0-9*\-_]+$/);
    const decoded = await decodeUserSig(sig);
    if (!decoded.ok) throw new Error(en(decoded.message));
    expect(decoded.fields.json).toBe(v.json);
    expect(decoded.fields.sig).toBe(v.tlsSig);
  });

  it.each([
    ['official SDK', v.userSigNodeSdk],
    ['stored zlib', v.userSigStoredZlib],
  ])('decodes and verifies the %s string', async (_label, userSig) => {
    const decoded = await decodeUserSig(userSig);
    if (!decoded.ok) throw new Error(en(decoded.message));
    const f = decoded.fields;
    expect(f.json).toBe(v.json);
    expect(f).toMatchObject({
      version: '2.0',
      identifier: v.identifier,
      sdkAppId: v.sdkappid,
      time: v.time,
      expire: v.expire,
      expiresAt: v.expiresAt,
      sig: v.tlsSig,
    });
    if (userBuf) expect(f.userBuf).toEqual(userBuf);
    else expect(f.userBuf).toBeUndefined();
    for (const path of PATHS) {
      const verdict = await verifyUserSig(
        userSig,
        { key: v.key, sdkAppId: v.sdkappid, identifier: v.identifier },
        { now: () => v.time * 1000, hmac: path },
      );
      expect(verdict).toMatchObject({ ok: true, secondsLeft: v.expire });
    }
  });

  it('is valid at its last second and expired one second later', async () => {
    const against = { key: v.key, sdkAppId: v.sdkappid, identifier: v.identifier };
    expect(
      (await verifyUserSig(v.userSigNodeSdk, against, { now: () => v.expiresAt * 1000 + 999 })).ok,
    ).toBe(true);
    expect(
      await verifyUserSig(v.userSigNodeSdk, against, { now: () => (v.expiresAt + 1) * 1000 }),
    ).toMatchObject({
      ok: false,
      check: 'expired',
      code: 70001,
    });
  });
});
