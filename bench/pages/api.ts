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

/** What one account's sandbox seeding wrote. */
export type SandboxSeedResult =
  { ok: true; ms: number; account: string; conversations: number } | { ok: false; message: string };

/** Compare timings of two answers of `items` items each, in ms, and what the Compare found. */
export interface CompareTimes {
  items: number;
  /** The first Compare in the page (JIT cold), parse included. */
  first: number;
  /** Each later Compare: both answers' JSON parsed, read as sides, matched (the median is the figure). */
  runs: number[];
  /** The matching alone (compareAnswers), each run. */
  matchRuns: number[];
  counts: { added: number; removed: number; changed: number; same: number; fields: number };
  /** The counts the two answers were made with. */
  expected: { added: number; removed: number; changed: number; same: number; fields: number };
}

/** The bench page's functions. */
export interface BenchApi {
  userSig(hmac: 'webcrypto' | 'noble'): Promise<UserSigTimes>;
  seedHistory(n: number): Promise<SeedResult>;
  /** Gives the page's sandbox account `account` n conversations (none pinned or empty). */
  seedSandbox(account: string, n: number): Promise<SandboxSeedResult>;
  compare(n: number, runs: number): CompareTimes;
}

declare global {
  interface Window {
    benchApi?: BenchApi;
  }
}
