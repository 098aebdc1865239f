// Realistic history for benchmarks and tests: get_list requests against the documented regions,
// mostly successes with a page of conversations, some documented errors, a few transport
// failures and "Fetch all pages" runs. Deterministic for a given `n` and time.
import type { RegionChoice } from '../api/types';
import { msg } from '../i18n/message';
import type { HistoryEntry, HistoryOutcome, HistoryPage, SentVia } from './entry';
import { MAX_MAX_UNSTARRED } from './settings';
import type { HistoryStore } from './store';

const HOSTS: readonly { region: RegionChoice; host: string }[] = [
  { region: { kind: 'region', id: 'singapore', backup: false }, host: 'adminapisgp.im.qcloud.com' },
  { region: { kind: 'region', id: 'china', backup: false }, host: 'console.tim.qq.com' },
  { region: { kind: 'region', id: 'frankfurt', backup: true }, host: 'adminapiger.my-imcloud.com' },
  { region: { kind: 'sandbox' }, host: 'sandbox' },
  { region: { kind: 'custom', host: 'im-proxy.example.com' }, host: 'im-proxy.example.com' },
];
const ACCOUNTS = ['alice', 'bob', 'carol', 'dave', 'user_10086', '管理员', 'test-01', 'eve'];
const ERRORS: readonly [number, string][] = [
  [70001, 'UserSig expired'],
  [60004, 'UserSig or UserID in the URL is wrong'],
  [50002, 'request parameter error'],
  [70016, 'key not found'],
];
const SEED_INTERVAL_MS = 37_000;

/** n deterministic, realistic entries, the newest at `newest` (ms), 37 s apart. */
export function seedEntries(n: number, newest: number): HistoryEntry[] {
  const next = mulberry32(n ^ 0x5eed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const entries: HistoryEntry[] = [];
  for (let i = 0; i < n; i++) {
    const time = newest - (n - 1 - i) * SEED_INTERVAL_MS;
    const { region, host } = pick(HOSTS);
    const from = pick(ACCOUNTS);
    const roll = next();
    const allPages = roll > 0.95;
    const pageCount = allPages ? 2 + Math.floor(next() * 3) : 1;
    const pages: HistoryPage[] = [];
    let combined = 0;
    for (let p = 0; p < pageCount; p++) {
      const body = JSON.stringify({
        From_Account: from,
        TimeStamp: p === 0 ? 0 : Math.floor(time / 1000) - p * 60,
        StartIndex: p * 20,
        TopTimeStamp: 0,
        TopStartIndex: 0,
        AssistFlags: 15,
      });
      const items = 5 + Math.floor(next() * 15);
      combined += items;
      const page =
        roll < 0.03
          ? transportPage(body, host, next)
          : roll < 0.15
            ? errorPage(body, pick(ERRORS), next)
            : okPage(body, items, p === pageCount - 1, time, next);
      pages.push(page);
    }
    const sentVia: SentVia =
      region.kind === 'sandbox' ? 'sandbox' : next() < 0.7 ? 'direct' : 'proxy';
    entries.push({
      v: 2,
      id: `seed-${newest.toString(36)}-${i}`,
      time,
      region,
      host,
      sdkAppId: '1400000001',
      identifier: 'administrator',
      endpoint: 'get_list',
      sentVia,
      starred: next() < 0.01,
      kind: allPages ? 'all-pages' : 'single',
      pages,
      combinedCount: allPages ? combined : null,
    });
  }
  return entries;
}

/**
 * Fills `store` with n realistic entries in one bulk write, the newest at `now`. Raises the
 * unstarred limit to n when it is lower, so the next add does not prune what was seeded.
 */
export async function seedHistory(
  store: HistoryStore,
  n: number,
  now: number | (() => number) = Date.now,
): Promise<HistoryEntry[]> {
  const entries = seedEntries(n, typeof now === 'function' ? now() : now);
  const { maxUnstarred } = await store.getSettings();
  if (n > maxUnstarred) await store.setMaxUnstarred(Math.min(n, MAX_MAX_UNSTARRED));
  await store.bulkPut(entries);
  return entries;
}

function okPage(
  body: string,
  items: number,
  last: boolean,
  time: number,
  next: () => number,
): HistoryPage {
  const sessions = Array.from({ length: items }, (_, k) => ({
    Type: next() < 0.7 ? 1 : 2,
    To_Account: `peer_${Math.floor(next() * 10_000)}`,
    MsgTime: Math.floor(time / 1000) - k * 97,
    TopFlag: k === 0 ? 1 : 0,
    C2CUnreadMsgNum: Math.floor(next() * 4),
  }));
  const response = JSON.stringify({
    ActionStatus: 'OK',
    ErrorInfo: '',
    ErrorCode: 0,
    CompleteFlag: last ? 1 : 0,
    TimeStamp: Math.floor(time / 1000),
    StartIndex: items,
    TopTimeStamp: 0,
    TopStartIndex: 0,
    SessionItem: sessions,
  });
  return {
    body,
    outcome: {
      kind: 'response',
      httpStatus: 200,
      actionStatus: 'OK',
      errorCode: 0,
      errorInfo: '',
      durationMs: 40 + Math.floor(next() * 300),
      sizeBytes: response.length,
    },
    response,
    cut: null,
  };
}

function errorPage(body: string, [code, info]: [number, string], next: () => number): HistoryPage {
  const response = JSON.stringify({ ActionStatus: 'FAIL', ErrorInfo: info, ErrorCode: code });
  const outcome: HistoryOutcome = {
    kind: 'response',
    httpStatus: 200,
    actionStatus: 'FAIL',
    errorCode: code,
    errorInfo: info,
    durationMs: 30 + Math.floor(next() * 200),
    sizeBytes: response.length,
  };
  return { body, outcome, response, cut: null };
}

function transportPage(body: string, host: string, next: () => number): HistoryPage {
  return {
    body,
    outcome: {
      kind: 'transport',
      failure: 'network',
      message: msg('send.network', { host }),
      durationMs: 5 + Math.floor(next() * 50),
    },
    response: '',
    cut: null,
  };
}

// mulberry32: a small seeded generator, so the same call seeds the same history.
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
