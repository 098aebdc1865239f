// What the bench page (bench.ts) offers the bench script through `window.benchApi`.

/** genUserSig timings in the page, in ms. */
export interface UserSigTimes {
  /** The page's first call on this HMAC path: key import, JIT and the first deflate included. */
  first: number;
  /** Per call: the median over batches of the batch's mean (the page's clock is coarse). */
  warm: number;
  batches: number;
  callsPerBatch: number;
  /** performance.now()'s resolution here, probed: about 0.1 ms unless cross-origin isolated. */
  clockResolution: number;
}

/** The outcome of seeding the app's history database. */
export type SeedResult = { ok: true; ms: number; stored: number } | { ok: false; message: string };

/** The bench page's functions. */
export interface BenchApi {
  userSig(hmac: 'webcrypto' | 'noble'): Promise<UserSigTimes>;
  seedHistory(n: number): Promise<SeedResult>;
}

declare global {
  interface Window {
    benchApi?: BenchApi;
  }
}
