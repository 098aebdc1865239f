// Times Compare (lib/response/compare.ts) on two get_list answers of n items each, in the page:
// both answers' JSON texts parsed, read as sides as the Response panel reads them, and matched.
// The second answer differs from the first by known amounts, so the counts are checked too.
import {
  compareAnswers,
  comparedOf,
  identityFor,
  type AnswerDiff,
} from '../../src/lib/response/compare';
import type { CompareTimes } from './api';

function item(i: number, time: number): Record<string, unknown> {
  return i % 3 === 2
    ? { Type: 2, GroupId: `@TGS#bench${i}`, MsgTime: time, TopFlag: 0 }
    : { Type: 1, To_Account: `bench_user_${i}`, MsgTime: time, TopFlag: i % 50 === 0 ? 1 : 0 };
}

function answer(items: unknown[], next: number): string {
  return JSON.stringify({
    ActionStatus: 'OK',
    ErrorCode: 0,
    ErrorInfo: '',
    SessionItem: items,
    CompleteFlag: 0,
    TimeStamp: next,
    StartIndex: 0,
    TopTimeStamp: 0,
    TopStartIndex: 0,
  });
}

/**
 * Two answers of n items: the second drops the first 1% of items, adds 1% new ones, moves the
 * MsgTime of every 50th and changes a cursor (TimeStamp).
 */
function pair(n: number) {
  const base = 1_793_491_200;
  const drop = Math.floor(n / 100);
  const before = Array.from({ length: n }, (_, i) => item(i, base - i * 60));
  const after: unknown[] = [];
  let changed = 0;
  for (let i = drop; i < n; i++) {
    const moved = i % 50 === 1;
    if (moved) changed++;
    after.push(item(i, base - i * 60 + (moved ? 5 : 0)));
  }
  for (let i = 0; i < drop; i++) after.push(item(n + i, base - (n + i) * 60));
  return {
    texts: [answer(before, 1), answer(after, 2)] as const,
    expected: { added: drop, removed: drop, changed, same: n - drop - changed, fields: 1 },
  };
}

/** One Compare as the app runs it on two answers: parse, read each side, match. */
function compareOnce(texts: readonly [string, string]): { diff: AnswerDiff; matchMs: number } {
  const identity = identityFor('get_list');
  const [a, b] = texts.map((t, i) => {
    const json: unknown = JSON.parse(t);
    return comparedOf(json, identity.itemsField, `answer ${i + 1}`, identity.items(json));
  });
  const t = performance.now();
  const diff = compareAnswers(a!, b!, identity);
  return { diff, matchMs: performance.now() - t };
}

/** `runs` timed Compares of two n-item answers, after one cold one. */
export function compareTimes(n: number, runs: number): CompareTimes {
  const { texts, expected } = pair(n);
  let t = performance.now();
  let { diff } = compareOnce(texts);
  const first = performance.now() - t;
  const times: number[] = [];
  const matchRuns: number[] = [];
  for (let r = 0; r < runs; r++) {
    t = performance.now();
    const once = compareOnce(texts);
    times.push(performance.now() - t);
    matchRuns.push(once.matchMs);
    diff = once.diff;
  }
  return {
    items: n,
    first,
    runs: times,
    matchRuns,
    counts: {
      added: diff.added.length,
      removed: diff.removed.length,
      changed: diff.changed.length,
      same: diff.same,
      fields: diff.fields.length,
    },
    expected,
  };
}
