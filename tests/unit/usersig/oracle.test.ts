// The official SDK (npm tls-sig-api-v2, Node only) as an oracle, with its clock fixed.
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeUserSig, genUserSig, verifyUserSig } from '../../../src/lib/usersig';
import { randomInput, rng } from './helpers';

interface SdkApi {
  genSig(userid: string, expire: number, userBuf: Buffer | null): string;
}
const require = createRequire(import.meta.url);
const { Api } = require('tls-sig-api-v2') as { Api: new (sdkappid: number, key: string) => SdkApi };

describe('against the official SDK', () => {
  afterEach(() => vi.restoreAllMocks());

  it('agrees on 300 random inputs, both ways', async () => {
    const next = rng(42);
    for (let i = 0; i < 300; i++) {
      const input = randomInput(next);
      const nowMs = input.time * 1000 + 123;
      vi.spyOn(Date, 'now').mockReturnValue(nowMs);
      const theirs = new Api(input.sdkAppId, input.key).genSig(
        input.identifier,
        input.expire,
        input.userBuf ? Buffer.from(input.userBuf) : null,
      );
      vi.restoreAllMocks();
      const ours = await genUserSig(input, { now: () => nowMs });

      const [a, b] = await Promise.all([decodeUserSig(ours), decodeUserSig(theirs)]);
      if (!a.ok || !b.ok)
        throw new Error(`input ${i}: ${!a.ok ? a.message : ''} ${!b.ok ? b.message : ''}`);
      const { sizes: _sa, ...fa } = a.fields;
      const { sizes: _sb, ...fb } = b.fields;
      expect(fa, `input ${i}`).toEqual(fb);
      expect(a.fields.sig).toBe(b.fields.sig);

      const against = {
        key: input.key,
        sdkAppId: input.sdkAppId,
        identifier: input.identifier,
        ...(input.userBuf ? { userBuf: input.userBuf } : {}),
      };
      expect((await verifyUserSig(ours, against, { now: () => nowMs })).ok, `ours ${i}`).toBe(true);
      expect((await verifyUserSig(theirs, against, { now: () => nowMs })).ok, `theirs ${i}`).toBe(
        true,
      );
    }
  });
});
