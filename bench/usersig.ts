// UserSig generation per call on both HMAC paths, first call and warm (median of many), in Node.
import { performance } from 'node:perf_hooks';
import { genUserSig, type HmacImpl } from '../src/lib/usersig';
import type { Figure } from './run';

const INPUT = {
  sdkAppId: 1400000000,
  key: '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e',
  identifier: 'administrator',
  expire: 86400,
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (n: number) => Math.round(n * 1000) / 1000;

/** Figures for genUserSig through WebCrypto and @noble/hashes. */
export async function measureUserSig(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const path of ['webcrypto', 'noble'] as HmacImpl[]) {
    let t = performance.now();
    await genUserSig(INPUT, { hmac: path });
    const first = performance.now() - t;
    const times: number[] = [];
    for (let i = 0; i < 2000; i++) {
      t = performance.now();
      await genUserSig({ ...INPUT, identifier: `user${i}` }, { hmac: path });
      times.push(performance.now() - t);
    }
    figures.push({ name: `UserSig first call, ${path} (Node)`, value: ms(first), unit: 'ms' });
    figures.push({
      name: `UserSig warm, ${path} (Node, median)`,
      value: ms(median(times)),
      unit: 'ms',
      budget: 1,
    });
  }
  return figures;
}
