// The bench page: runs the app's own libraries in Chromium, on the app's origin (so seeded
// history lands in the app's IndexedDB database). Built by bench/site.ts into the served site.
import { openHistory, seedHistory } from '../../src/lib/history';
import { FORMATS } from '../../src/lib/i18n/formats';
import HISTORY_EN from '../../src/lib/i18n/messages/en/history';
import { Translator } from '../../src/lib/i18n/translator';
import { genUserSig } from '../../src/lib/usersig';
import { USERSIG_INPUT } from '../usersig-input';
import type { BenchApi, SeedResult, UserSigTimes } from './api';
import { compareTimes } from './compare';
import { seedSandbox } from './sandbox';

const BATCHES = 7;
const CALLS_PER_BATCH = 100;

const median = (xs: readonly number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;

// The smallest step performance.now() takes: Chromium coarsens it to 100 µs on pages that are
// not cross-origin isolated, so one warm call (tens of µs) is timed as a batch's mean.
function clockResolution(): number {
  let smallest = Infinity;
  for (let i = 0; i < 20; i++) {
    const a = performance.now();
    let b = performance.now();
    while (b === a) b = performance.now();
    smallest = Math.min(smallest, b - a);
  }
  return smallest;
}

async function userSig(hmac: 'webcrypto' | 'noble'): Promise<UserSigTimes> {
  let t = performance.now();
  await genUserSig(USERSIG_INPUT, { hmac });
  const first = performance.now() - t;
  const means: number[] = [];
  for (let b = 0; b < BATCHES; b++) {
    t = performance.now();
    for (let i = 0; i < CALLS_PER_BATCH; i++) {
      await genUserSig({ ...USERSIG_INPUT, identifier: `user${b}-${i}` }, { hmac });
    }
    means.push((performance.now() - t) / CALLS_PER_BATCH);
  }
  return {
    first,
    warm: median(means),
    batches: BATCHES,
    callsPerBatch: CALLS_PER_BATCH,
    clockResolution: clockResolution(),
  };
}

// The bench reports in English: history's reasons are worded through its English table.
const ENGLISH = new Translator('en', { history: HISTORY_EN }, FORMATS);

async function seed(n: number): Promise<SeedResult> {
  const opened = await openHistory();
  if (!opened.ok) return { ok: false, message: ENGLISH.t(opened.message) };
  try {
    const t = performance.now();
    await seedHistory(opened.store, n);
    const ms = performance.now() - t;
    const { stored } = await opened.store.list({ limit: 1 });
    return { ok: true, ms, stored };
  } finally {
    opened.store.close();
  }
}

const api: BenchApi = { userSig, seedHistory: seed, seedSandbox, compare: compareTimes };
window.benchApi = api;
