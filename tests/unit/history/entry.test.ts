import { describe, expect, it } from 'vitest';
import {
  RESPONSE_CAP_BYTES,
  buildEntry,
  capText,
  draftFromRequest,
  fromAccountOf,
  parseEntry,
  parseSummaryIndex,
  requestOf,
  responseOutcome,
  summarize,
  summaryMatcher,
  toSummaryIndex,
  type HistoryEntry,
  type HistoryEntryV1,
} from '../../../src/lib/history';
import { errorDraft, getListBody, okDraft, transportDraft } from './helpers';

const MADE = { id: 'e1', time: 1_700_000_000_000 };

const V1: HistoryEntryV1 = {
  v: 1,
  id: 'old-1',
  time: 1_600_000_000_000,
  region: { kind: 'region', id: 'china', backup: false },
  host: 'console.tim.qq.com',
  sdkAppId: '1400000001',
  identifier: 'administrator',
  body: getListBody('alice'),
  sentVia: 'direct',
  starred: true,
  outcome: {
    kind: 'response',
    httpStatus: 200,
    actionStatus: 'OK',
    errorCode: 0,
    errorInfo: '',
    durationMs: 50,
    sizeBytes: 40,
  },
  response: '{"ActionStatus":"OK","ErrorCode":0}',
  responseCut: true,
};

describe('parseEntry', () => {
  it('reads back what buildEntry made, unchanged', () => {
    const entry = buildEntry(okDraft(), MADE);
    const copy: unknown = structuredClone(entry);
    expect(parseEntry(copy)).toEqual({ ok: true, entry, upgradedFrom: null });
  });

  it('upgrades a v1 entry: endpoint get_list, its request as the one page', () => {
    const parsed = parseEntry(structuredClone(V1));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.upgradedFrom).toBe(1);
    const entry = parsed.entry;
    expect(entry.v).toBe(2);
    expect(entry.endpoint).toBe('get_list');
    expect(entry.kind).toBe('single');
    expect(entry.combinedCount).toBeNull();
    expect(entry.starred).toBe(true);
    expect(entry.pages).toEqual([
      {
        body: V1.body,
        outcome: V1.outcome,
        response: V1.response,
        cut: { fullBytes: null, note: expect.stringContaining('256 KB') },
      },
    ]);
  });

  it('drops fields it does not know', () => {
    const raw = { ...buildEntry(okDraft(), MADE), url: 'https://x/?usersig=abc', key: 'k' };
    const parsed = parseEntry(raw);
    expect(parsed.ok && Object.keys(parsed.entry)).not.toContain('url');
    expect(parsed.ok && Object.keys(parsed.entry)).not.toContain('key');
  });

  it('refuses a newer version and says so', () => {
    const parsed = parseEntry({ ...buildEntry(okDraft(), MADE), v: 3 });
    expect(parsed).toEqual({ ok: false, reason: expect.stringContaining('newer version') });
  });

  it('names the field that is wrong', () => {
    const entry = buildEntry(okDraft(), MADE);
    const broken = structuredClone(entry) as unknown as {
      pages: { outcome: { errorCode: unknown } }[];
    };
    broken.pages[0]!.outcome.errorCode = '0';
    expect(parseEntry(broken)).toEqual({
      ok: false,
      reason: 'entry.pages[0].outcome.errorCode is not a number',
    });
    expect(parseEntry(null).ok).toBe(false);
    expect(parseEntry({ ...entry, pages: [] })).toEqual({
      ok: false,
      reason: 'entry.pages is empty',
    });
    expect(parseEntry({ ...entry, region: { kind: 'moon' } }).ok).toBe(false);
  });
});

describe('numbers read from storage or a file', () => {
  // ECMAScript's time values end 8.64e15 ms from the epoch (ECMA-262, "Time Values"); one past
  // it makes `new Date(t)` invalid and every date format throw "Invalid time value".
  const MAX_TIME = 8.64e15;
  const entry = buildEntry(okDraft(), MADE);
  const withOutcome = (change: Record<string, unknown>) => ({
    ...entry,
    pages: [{ ...entry.pages[0]!, outcome: { ...entry.pages[0]!.outcome, ...change } }],
  });

  it('keep times within the range of Date', () => {
    expect(parseEntry({ ...entry, time: MAX_TIME }).ok).toBe(true);
    expect(parseEntry({ ...entry, time: MAX_TIME + 1 })).toEqual({
      ok: false,
      reason: 'entry.time is not a date JavaScript can show (0 to 8.64e15 ms)',
    });
    expect(parseEntry({ ...V1, time: MAX_TIME + 1 }).ok).toBe(false);
    expect(parseEntry({ ...entry, time: -1 }).ok).toBe(false);
  });

  it('keep sizes whole and durations, sizes and statuses bounded', () => {
    expect(parseEntry(withOutcome({ durationMs: 1e300 }))).toEqual({
      ok: false,
      reason: 'entry.pages[0].outcome.durationMs is over a year',
    });
    expect(parseEntry(withOutcome({ sizeBytes: 2 ** 60 }))).toEqual({
      ok: false,
      reason: 'entry.pages[0].outcome.sizeBytes is not a whole number from 0 to 2^53',
    });
    expect(parseEntry(withOutcome({ sizeBytes: 1.5 })).ok).toBe(false);
    expect(parseEntry(withOutcome({ httpStatus: 1e9 }))).toEqual({
      ok: false,
      reason: 'entry.pages[0].outcome.httpStatus is not an HTTP status (0 to 999)',
    });
    expect(parseEntry({ ...entry, combinedCount: 0.5 }).ok).toBe(false);
    expect(parseEntry(withOutcome({ durationMs: 12.75 })).ok).toBe(true);
  });

  it('make an index with a time out of range unreadable, so it is rebuilt', () => {
    const summary = summarize(entry);
    expect(parseSummaryIndex(toSummaryIndex([{ ...summary, time: MAX_TIME + 1 }]))).toBeNull();
    expect(parseSummaryIndex(toSummaryIndex([{ ...summary, sizeBytes: 1e300 }]))).toBeNull();
    expect(parseSummaryIndex(toSummaryIndex([summary]))).toEqual([summary]);
  });
});

describe('capText', () => {
  it('keeps text within the cap as it is', () => {
    expect(capText('short')).toEqual({ text: 'short', cut: null });
    const exact = 'a'.repeat(RESPONSE_CAP_BYTES);
    expect(capText(exact)).toEqual({ text: exact, cut: null });
  });

  it('cuts at 256 KB on a character boundary, with a note and the full size', () => {
    // 3-byte characters: 256 KB is not a multiple of 3, so a naive cut would split one.
    const text = '管'.repeat(100_000);
    const { text: kept, cut } = capText(text);
    const bytes = new TextEncoder().encode(kept).length;
    expect(bytes).toBeLessThanOrEqual(RESPONSE_CAP_BYTES);
    expect(bytes).toBeGreaterThan(RESPONSE_CAP_BYTES - 3);
    expect(kept).toBe('管'.repeat(bytes / 3));
    expect(cut).toEqual({ fullBytes: 300_000, note: expect.stringContaining('first 256 KB') });
  });
});

describe('buildEntry', () => {
  it('caps every page of a "Fetch all pages" run and keeps the combined count', () => {
    const big = JSON.stringify({ ActionStatus: 'OK', ErrorCode: 0, Pad: 'x'.repeat(300_000) });
    const page = {
      body: getListBody('alice'),
      outcome: responseOutcome({ status: 200, body: big }, 10),
      response: big,
    };
    const entry = buildEntry({ ...okDraft(), pages: [page, page], combinedCount: 40 }, MADE);
    expect(entry.kind).toBe('all-pages');
    expect(entry.combinedCount).toBe(40);
    expect(entry.pages).toHaveLength(2);
    for (const p of entry.pages) {
      expect(p.response.length).toBe(RESPONSE_CAP_BYTES);
      expect(p.cut?.fullBytes).toBe(big.length);
      expect(p.outcome.kind === 'response' && p.outcome.sizeBytes).toBe(big.length);
    }
  });

  it('refuses drafts that are bugs', () => {
    expect(() => buildEntry({ ...okDraft(), pages: [] }, MADE)).toThrow(RangeError);
    const page = okDraft().pages[0]!;
    expect(() => buildEntry({ ...okDraft(), pages: [page, page] }, MADE)).toThrow(RangeError);
  });

  it('round-trips a request snapshot through draftFromRequest and requestOf', () => {
    const request = {
      region: { kind: 'custom', host: 'proxy.example.com' } as const,
      sdkAppId: '1400000001',
      identifier: 'administrator',
      endpoint: 'get_list',
      body: '{"From_Account": "half-typed',
    };
    const draft = draftFromRequest(request, {
      host: 'proxy.example.com',
      sentVia: 'proxy',
      outcome: responseOutcome({ status: 502, body: '<html>Bad Gateway</html>' }, 3),
      response: '<html>Bad Gateway</html>',
    });
    const entry: HistoryEntry = buildEntry(draft, MADE);
    expect(requestOf(entry)).toEqual(request);
    expect(entry.pages[0]?.outcome).toMatchObject({
      httpStatus: 502,
      actionStatus: null,
      errorCode: null,
    });
  });
});

describe('summaries', () => {
  it('reads From_Account from bodies that parse and from half-typed ones', () => {
    expect(fromAccountOf(getListBody('管理员'))).toBe('管理员');
    expect(fromAccountOf('{"From_Account": "bob", "TimeStamp": ')).toBe('bob');
    expect(fromAccountOf('[]')).toBeNull();
    expect(fromAccountOf('')).toBeNull();
  });

  it('say how an entry ended', () => {
    expect(summarize(buildEntry(okDraft(), MADE))).toMatchObject({
      status: 'ok',
      errorCode: 0,
      fromAccount: 'alice',
      pageCount: 1,
    });
    expect(summarize(buildEntry(errorDraft(70001, 'UserSig expired'), MADE))).toMatchObject({
      status: 'error',
      actionStatus: 'FAIL',
      errorCode: 70001,
      errorInfo: 'UserSig expired',
    });
    expect(summarize(buildEntry(transportDraft(), MADE))).toMatchObject({
      status: 'transport',
      errorCode: null,
      failure: 'network',
      errorInfo: 'Failed to fetch',
    });
  });

  it('store by column and read back the same', () => {
    const summaries = [
      summarize(buildEntry(okDraft(), MADE)),
      summarize(buildEntry(errorDraft(70001, 'UserSig expired'), { ...MADE, id: 'e2' })),
      summarize(buildEntry(transportDraft(), { ...MADE, id: 'e3' })),
    ];
    const stored: unknown = structuredClone(toSummaryIndex(summaries));
    expect(parseSummaryIndex(stored)).toEqual(summaries);
    expect(parseSummaryIndex(structuredClone(toSummaryIndex([])))).toEqual([]);
    expect(parseSummaryIndex(undefined)).toBeNull();
    expect(parseSummaryIndex({ ...toSummaryIndex(summaries), v: 2 })).toBeNull();
  });

  it('hash the content, not the id or the star', () => {
    const a = summarize(buildEntry(okDraft(), MADE));
    const b = summarize(buildEntry({ ...okDraft(), starred: true }, { ...MADE, id: 'other' }));
    const c = summarize(buildEntry(okDraft('bob'), MADE));
    expect(a.hash).toBe(b.hash);
    expect(a.hash).not.toBe(c.hash);
  });

  it('match a filter case-insensitively, every given field at once', () => {
    const s = summarize(buildEntry(errorDraft(70001, 'UserSig Expired', 'Alice'), MADE));
    const match = (filter: Parameters<typeof summaryMatcher>[0]) => summaryMatcher(filter)(s);
    expect(match({})).toBe(true);
    expect(match({ fromAccount: 'ali' })).toBe(true);
    expect(match({ fromAccount: 'bob' })).toBe(false);
    expect(match({ errorCode: 70001 })).toBe(true);
    expect(match({ errorCode: 0 })).toBe(false);
    expect(match({ host: 'SGP' })).toBe(true);
    expect(match({ text: 'usersig expired' })).toBe(true);
    expect(match({ text: 'ADMINISTRATOR' })).toBe(true);
    expect(match({ text: 'get_list' })).toBe(true);
    expect(match({ text: 'assistflags' })).toBe(true);
    expect(match({ text: 'nothing like it' })).toBe(false);
    expect(match({ host: 'sgp', errorCode: 0 })).toBe(false);
    expect(match({ starred: true })).toBe(false);
  });
});
