// The summary index as stored: every summary under one IndexedDB key, so the panel lists and
// filters 10,000 entries by reading a single value and opens a full entry only when asked.
// Stored by column (one array per field) rather than as 10,000 objects: the structured clone
// of an object repeats every field name and rebuilds every object field by field, while an
// array of strings or numbers reads back several times faster (about 5 ms instead of 50 ms for
// 10,000 summaries, measured with V8's serializer, the one IndexedDB uses in Chromium).
import { MAX_TIME_MS, ShapeError, asRecord, attempt } from './parse';
import type { Text } from '../i18n/message';
import { isStoredMsg } from '../transport/stored-text';
import type { HistorySummary } from './summary';

/** The summary index version; an index of another version is rebuilt from the entries. */
export const INDEX_VERSION = 1;

type Columns = { [K in keyof HistorySummary]: HistorySummary[K][] };

/** The index as stored: versioned, one array per summary field, oldest entry first. */
export interface SummaryIndex {
  v: typeof INDEX_VERSION;
  count: number;
  columns: Columns;
}

/** The stored form of these summaries (oldest first). */
export function toSummaryIndex(summaries: readonly HistorySummary[]): SummaryIndex {
  const col = <K extends keyof HistorySummary>(key: K): HistorySummary[K][] =>
    summaries.map((s) => s[key]);
  return {
    v: INDEX_VERSION,
    count: summaries.length,
    columns: {
      id: col('id'),
      time: col('time'),
      host: col('host'),
      endpoint: col('endpoint'),
      identifier: col('identifier'),
      sdkAppId: col('sdkAppId'),
      sentVia: col('sentVia'),
      fromAccount: col('fromAccount'),
      starred: col('starred'),
      status: col('status'),
      actionStatus: col('actionStatus'),
      errorCode: col('errorCode'),
      errorInfo: col('errorInfo'),
      failure: col('failure'),
      durationMs: col('durationMs'),
      sizeBytes: col('sizeBytes'),
      pageCount: col('pageCount'),
      combinedCount: col('combinedCount'),
      bodyText: col('bodyText'),
      hash: col('hash'),
    },
  };
}

/** Reads the stored index; null when it is missing, of another version or damaged (rebuild it). */
export function parseSummaryIndex(raw: unknown): HistorySummary[] | null {
  const parsed = attempt(() => {
    const o = asRecord(raw, 'index');
    if (o.v !== INDEX_VERSION) return null;
    const n = o.count;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
      throw new ShapeError('index.count is not a count');
    }
    const c = asRecord(o.columns, 'index.columns');
    const column = <T>(key: keyof HistorySummary, is: (v: unknown) => v is T): T[] => {
      const values = c[key];
      if (!Array.isArray(values) || values.length !== n) {
        throw new ShapeError(`index.columns.${key} is not a list of ${n}`);
      }
      for (const v of values) if (!is(v)) throw new ShapeError(`index.columns.${key} is damaged`);
      return values as T[];
    };
    const id = column('id', isString);
    const time = column('time', isTime);
    const host = column('host', isString);
    const endpoint = column('endpoint', isString);
    const identifier = column('identifier', isString);
    const sdkAppId = column('sdkAppId', isString);
    const sentVia = column('sentVia', isSentVia);
    const fromAccount = column('fromAccount', isStringOrNull);
    const starred = column('starred', isBoolean);
    const status = column('status', isStatus);
    const actionStatus = column('actionStatus', isStringOrNull);
    const errorCode = column('errorCode', isNumberOrNull);
    const errorInfo = column('errorInfo', isTextOrNull);
    const failure = column('failure', isStringOrNull);
    const durationMs = column('durationMs', isAmount);
    const sizeBytes = column('sizeBytes', isCount);
    const pageCount = column('pageCount', isCount);
    const combinedCount = column('combinedCount', isCountOrNull);
    const bodyText = column('bodyText', isString);
    const hash = column('hash', isString);
    const summaries: HistorySummary[] = [];
    // Every column was checked to hold n values of its type: the assertions below cannot fail.
    for (let i = 0; i < n; i++) {
      summaries.push({
        id: id[i]!,
        time: time[i]!,
        host: host[i]!,
        endpoint: endpoint[i]!,
        identifier: identifier[i]!,
        sdkAppId: sdkAppId[i]!,
        sentVia: sentVia[i]!,
        fromAccount: fromAccount[i]!,
        starred: starred[i]!,
        status: status[i]!,
        actionStatus: actionStatus[i]!,
        errorCode: errorCode[i]!,
        errorInfo: errorInfo[i]!,
        failure: failure[i]!,
        durationMs: durationMs[i]!,
        sizeBytes: sizeBytes[i]!,
        pageCount: pageCount[i]!,
        combinedCount: combinedCount[i]!,
        bodyText: bodyText[i]!,
        hash: hash[i]!,
      });
    }
    return summaries;
  });
  return parsed.ok ? parsed.value : null;
}

function isString(v: unknown): v is string {
  return typeof v === 'string';
}
// A descriptor that is not exactly ours (damaged, or a newer version's) makes the index damaged:
// it is rebuilt from the entries, whose parser words such a message as unknown.
function isTextOrNull(v: unknown): v is Text | null {
  return isStringOrNull(v) || isStoredMsg(v);
}
function isStringOrNull(v: unknown): v is string | null {
  return v === null || typeof v === 'string';
}
function isNumberOrNull(v: unknown): v is number | null {
  return v === null || (typeof v === 'number' && Number.isFinite(v));
}
// The same ranges parseEntry holds entries to (parse.ts): a damaged index is rebuilt from them.
function isTime(v: unknown): v is number {
  return typeof v === 'number' && v >= 0 && v <= MAX_TIME_MS;
}
function isAmount(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}
function isCount(v: unknown): v is number {
  return Number.isSafeInteger(v) && (v as number) >= 0;
}
function isCountOrNull(v: unknown): v is number | null {
  return v === null || isCount(v);
}
function isBoolean(v: unknown): v is boolean {
  return typeof v === 'boolean';
}
function isSentVia(v: unknown): v is HistorySummary['sentVia'] {
  return v === 'sandbox' || v === 'direct' || v === 'proxy';
}
function isStatus(v: unknown): v is HistorySummary['status'] {
  return v === 'ok' || v === 'error' || v === 'transport';
}
