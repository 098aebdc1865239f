// Reading a byte stream to its end, but never past a cap: the UserSig inflater (a zip bomb must
// not fill memory) and the proxy's upstream reader (an answer over its limit is refused) both
// need it, in the browser and in Node alike (web streams in both).

/** Every chunk of `reader` as one array, or null once the total would pass `max` bytes (the rest is cancelled). */
export async function readCapped(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  max: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return concatBytes(chunks, total);
}

/** The chunks laid end to end; `total` is their summed length. */
export function concatBytes(chunks: readonly Uint8Array[], total: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
