// zlib (RFC 1950) through the platform's CompressionStream. 'deflate' writes the zlib wrapper
// (header + Adler-32) that the server expects; never 'deflate-raw' or 'gzip' (usersig.md step 4).

import { readCapped } from '../bytes/read-capped';

/** The most bytes an inflated UserSig may take; a real one is a few hundred. */
export const MAX_INFLATED_BYTES = 64 * 1024;

/** Runs bytes through a (de)compression stream, refusing output over `limit` bytes (RangeError). */
export async function pump(
  stream: CompressionStream | DecompressionStream,
  input: Uint8Array,
  limit: number,
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Write and close without awaiting: the readable side must be drained concurrently.
  const written = writer.write(input as BufferSource).then(() => writer.close());
  written.catch(() => {});
  const out = await readCapped(stream.readable.getReader(), limit);
  if (out === null) throw new RangeError(`output over ${limit} bytes`);
  await written;
  return out;
}

/** Compresses bytes as a zlib stream. */
export function deflate(input: Uint8Array): Promise<Uint8Array> {
  return pump(new CompressionStream('deflate'), input, Number.MAX_SAFE_INTEGER);
}

/** The outcome of inflating a zlib stream: the bytes, or why it failed. */
export type InflateResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'header' | 'truncated' | 'corrupt' | 'too-large' };

/** Inflates a zlib stream; malformed input is a value, never an exception. */
export async function inflate(
  input: Uint8Array,
  limit = MAX_INFLATED_BYTES,
): Promise<InflateResult> {
  // RFC 1950 header: CM 8 (deflate), CINFO <= 7, and (CMF*256 + FLG) divisible by 31.
  const cmf = input[0];
  const flg = input[1];
  if (
    cmf === undefined ||
    flg === undefined ||
    (cmf & 0x0f) !== 8 ||
    cmf >> 4 > 7 ||
    ((cmf << 8) | flg) % 31 !== 0
  ) {
    return { ok: false, reason: 'header' };
  }
  try {
    return { ok: true, bytes: await pump(new DecompressionStream('deflate'), input, limit) };
  } catch (err) {
    if (err instanceof RangeError) return { ok: false, reason: 'too-large' };
    // Browsers and Node word it differently; an unfinished stream is the common case.
    const text = String(err);
    if (/unexpected end|incomplete|premature|truncat/i.test(text))
      return { ok: false, reason: 'truncated' };
    return { ok: false, reason: 'corrupt' };
  }
}
