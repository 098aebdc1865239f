// UserSig generation per call on both HMAC paths, first call and warm, in Node (the browser's
// figures come from bench/pages/bench.ts, run in Chromium by bench/usersig-browser.ts).
import { performance } from 'node:perf_hooks';
import { genUserSig, type HmacImpl } from '../src/lib/usersig';
import { median, round, type Figure } from './figures';
import { USERSIG_INPUT } from './usersig-input';

const WARM_CALLS = 2000;

/** Figures for genUserSig through WebCrypto and @noble/hashes in this Node process. */
export async function measureUserSigNode(): Promise<Figure[]> {
  const figures: Figure[] = [];
  // WebCrypto first, so its first call also pays for the process's first deflate.
  for (const path of ['webcrypto', 'noble'] as const satisfies readonly HmacImpl[]) {
    let t = performance.now();
    await genUserSig(USERSIG_INPUT, { hmac: path });
    const first = performance.now() - t;
    const times: number[] = [];
    for (let i = 0; i < WARM_CALLS; i++) {
      t = performance.now();
      await genUserSig({ ...USERSIG_INPUT, identifier: `user${i}` }, { hmac: path });
      times.push(performance.now() - t);
    }
    figures.push({
      name: `UserSig first call, ${path} (Node)`,
      value: round(first, 3),
      unit: 'ms',
    });
    figures.push({
      name: `UserSig warm, ${path} (Node)`,
      value: round(median(times), 3),
      unit: 'ms',
      budget: 1,
      note: `median of ${WARM_CALLS} calls`,
    });
  }
  return figures;
}
