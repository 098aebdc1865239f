// Building blocks for tests that need hand-made UserSigs: deflate arbitrary text and encode it.
import { bytesToBase64, toUserSigBase64 } from '../../../src/lib/usersig';
import { deflate } from '../../../src/lib/usersig/zlib';

/** Wraps any text as a UserSig would be: zlib, base64, UserSig alphabet. */
export async function packUserSig(text: string): Promise<string> {
  return toUserSigBase64(bytesToBase64(await deflate(new TextEncoder().encode(text))));
}

/** Hex of bytes. */
export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A deterministic pseudo-random generator (mulberry32), so failures can be replayed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ID_CHARS = [
  'a',
  'Z',
  '9',
  '_',
  '-',
  '@',
  '.',
  'é',
  'ü',
  '管',
  '理',
  '员',
  '😀',
  ' ',
  '"',
  '\\',
];

/** Random sign inputs: keys, identifiers with non-ASCII characters, SDKAppIDs, expiries, userbufs. */
export function randomInput(next: () => number) {
  const pick = (n: number) => Math.floor(next() * n);
  const keyLen = 1 + pick(80);
  let key = '';
  for (let i = 0; i < keyLen; i++) key += String.fromCharCode(33 + pick(94));
  let identifier = '';
  const idLen = 1 + pick(24);
  for (let i = 0; i < idLen; i++) identifier += ID_CHARS[pick(ID_CHARS.length)];
  const userBuf = next() < 0.3 ? Uint8Array.from({ length: pick(40) }, () => pick(256)) : undefined;
  return {
    sdkAppId: 1 + pick(4294967295),
    key,
    identifier,
    expire: 1 + pick(400 * 86400),
    time: 1_600_000_000 + pick(300_000_000),
    ...(userBuf ? { userBuf } : {}),
  };
}
