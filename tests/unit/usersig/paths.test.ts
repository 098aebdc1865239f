import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  computeTlsSig,
  decodeUserSig,
  genUserSig,
  hmacSha256,
  resolveHmacImpl,
} from '../../../src/lib/usersig';
import { VECTORS } from '../fixtures/vectors';
import { hex, randomInput, rng } from './helpers';

describe('WebCrypto and @noble/hashes', () => {
  it('agree on 1,000 random inputs', async () => {
    const next = rng(20261125);
    for (let i = 0; i < 1000; i++) {
      const input = randomInput(next);
      const now = () => input.time * 1000;
      const [a, b] = await Promise.all([
        genUserSig(input, { now, hmac: 'webcrypto' }),
        genUserSig(input, { now, hmac: 'noble' }),
      ]);
      const [da, db] = await Promise.all([decodeUserSig(a), decodeUserSig(b)]);
      if (!da.ok || !db.ok) throw new Error(`input ${i} did not decode`);
      expect(da.fields.json, `input ${i}`).toBe(db.fields.json);
      expect(da.fields.identifier).toBe(input.identifier);
    }
  });

  it('agree on raw HMACs of random keys and messages, short and long ones', async () => {
    const next = rng(7);
    for (let i = 0; i < 200; i++) {
      const key = Uint8Array.from({ length: 1 + Math.floor(next() * 200) }, () =>
        Math.floor(next() * 256),
      );
      const msg = Uint8Array.from({ length: Math.floor(next() * 2000) }, () =>
        Math.floor(next() * 256),
      );
      expect(hex(await hmacSha256(key, msg, 'webcrypto'))).toBe(
        hex(await hmacSha256(key, msg, 'noble')),
      );
    }
  });
});

describe('without crypto.subtle (a page served over plain http)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('falls back to @noble/hashes and still signs the known answer', async () => {
    vi.stubGlobal('crypto', { getRandomValues: crypto.getRandomValues.bind(crypto) });
    expect(resolveHmacImpl('auto')).toBe('noble');
    const v = VECTORS[0]!;
    expect(await computeTlsSig(v.key, v.signedText)).toBe(v.tlsSig);
    const sig = await genUserSig(
      { sdkAppId: v.sdkappid, key: v.key, identifier: v.identifier, expire: v.expire },
      { now: () => v.time * 1000 },
    );
    const decoded = await decodeUserSig(sig);
    expect(decoded.ok && decoded.fields.json).toBe(v.json);
  });

  it('rejects a forced WebCrypto path with a clear error', async () => {
    vi.stubGlobal('crypto', {});
    await expect(hmacSha256(new Uint8Array(1), new Uint8Array(1), 'webcrypto')).rejects.toThrow(
      /not available/,
    );
  });
});
