// Summaries: what the history list shows and filters on, one small record per entry, kept
// apart from bodies and responses (see summary-index.ts for how they are stored).
import type { Text } from '../i18n/message';
import { textData } from '../transport/stored-text';
import { isSuccess } from './entry';
import type { HistoryEntry, HistoryOutcome, SentVia } from './entry';

/** Characters of the first body a summary keeps for the free-text filter: get_list's fit. */
export const SUMMARY_BODY_CHARS = 400;
const SUMMARY_INFO_CHARS = 200;

/** How an entry ended, in one word: every page succeeded, a server error, or no answer. */
export type HistoryStatus = 'ok' | 'error' | 'transport';

/** What the history list shows of one entry, without its bodies and responses. */
export interface HistorySummary {
  id: string;
  time: number;
  host: string;
  endpoint: string;
  identifier: string;
  sdkAppId: string;
  sentVia: SentVia;
  /** `From_Account` from the (first) body, null when the body has none. */
  fromAccount: string | null;
  starred: boolean;
  status: HistoryStatus;
  /** From the first page that failed, else the last page. */
  actionStatus: string | null;
  errorCode: number | null;
  /**
   * ErrorInfo or the transport message of that page, shortened to 200 characters (a message
   * descriptor is kept whole, to render in the active language).
   */
  errorInfo: Text | null;
  /** The transport failure kind of that page, null when it was answered. */
  failure: string | null;
  /** Summed over pages. */
  durationMs: number;
  /** Summed over pages: the full response sizes, before any cut. */
  sizeBytes: number;
  pageCount: number;
  combinedCount: number | null;
  /** The first 400 characters of the (first) body, lower-cased, for the free-text filter. */
  bodyText: string;
  /** Content hash (entry without id and star) to skip duplicates on import. */
  hash: string;
}

/** Which entries `list` returns; every field given must match (case-insensitive substrings). */
export interface HistoryFilter {
  /** A substring of the body's `From_Account`. */
  fromAccount?: string;
  /** Exactly this ErrorCode (0 for successes). */
  errorCode?: number;
  /** A substring of the host. */
  host?: string;
  /** A substring of identifier, endpoint, ErrorInfo (first 200 chars) or body (first 400). */
  text?: string;
  /** Only starred (true) or only unstarred (false) entries. */
  starred?: boolean;
}

/** The summary the index keeps for an entry. */
export function summarize(entry: HistoryEntry): HistorySummary {
  const pages = entry.pages;
  const headline = pages.find((p) => !isSuccess(p.outcome)) ?? pages[pages.length - 1];
  const outcome: HistoryOutcome | undefined = headline?.outcome;
  const info =
    outcome === undefined
      ? null
      : outcome.kind === 'transport'
        ? outcome.message
        : outcome.errorInfo;
  const body = pages[0]?.body ?? '';
  let durationMs = 0;
  let sizeBytes = 0;
  for (const p of pages) {
    durationMs += p.outcome.durationMs;
    if (p.outcome.kind === 'response') sizeBytes += p.outcome.sizeBytes;
  }
  return {
    id: entry.id,
    time: entry.time,
    host: entry.host,
    endpoint: entry.endpoint,
    identifier: entry.identifier,
    sdkAppId: entry.sdkAppId,
    sentVia: entry.sentVia,
    fromAccount: fromAccountOf(body),
    starred: entry.starred,
    status: pages.every((p) => isSuccess(p.outcome))
      ? 'ok'
      : outcome?.kind === 'transport'
        ? 'transport'
        : 'error',
    actionStatus: outcome?.kind === 'response' ? outcome.actionStatus : null,
    errorCode: outcome?.kind === 'response' ? outcome.errorCode : null,
    errorInfo: typeof info === 'string' ? info.slice(0, SUMMARY_INFO_CHARS) : info,
    failure: outcome?.kind === 'transport' ? outcome.failure : null,
    durationMs,
    sizeBytes,
    pageCount: pages.length,
    combinedCount: entry.combinedCount,
    // Only the body here: identifier, endpoint and ErrorInfo are fields already, and the
    // index stays small because it is read whole every time the panel lists.
    bodyText: body.slice(0, SUMMARY_BODY_CHARS).toLowerCase(),
    hash: contentHash(entry),
  };
}

/** `From_Account` of a request body, also from a body that does not parse; null when absent. */
export function fromAccountOf(body: string): string | null {
  try {
    const json: unknown = JSON.parse(body);
    if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
      const value = (json as Record<string, unknown>).From_Account;
      return typeof value === 'string' ? value : null;
    }
    return null;
  } catch {
    // Bodies may be half-typed (RequestSnapshot keeps them as text): look for the field anyway.
    const match = /"From_Account"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(body);
    return match?.[1] ?? null;
  }
}

/** A predicate for `filter`, built once per list. */
export function summaryMatcher(filter: HistoryFilter): (summary: HistorySummary) => boolean {
  const from = filter.fromAccount?.trim().toLowerCase() || null;
  const host = filter.host?.trim().toLowerCase() || null;
  const text = filter.text?.trim().toLowerCase() || null;
  const { errorCode, starred } = filter;
  return (s) =>
    (errorCode === undefined || s.errorCode === errorCode) &&
    (starred === undefined || s.starred === starred) &&
    (host === null || s.host.toLowerCase().includes(host)) &&
    (from === null || (s.fromAccount !== null && s.fromAccount.toLowerCase().includes(from))) &&
    (text === null ||
      s.bodyText.includes(text) ||
      s.identifier.toLowerCase().includes(text) ||
      s.endpoint.toLowerCase().includes(text) ||
      (s.errorInfo !== null && textData(s.errorInfo).toLowerCase().includes(text)));
}

/**
 * A hash of an entry's content, without its id and star: equal for the same request exported
 * and imported again. Not a security hash (cyrb53, public domain, run with two seeds for 106
 * bits): it only tells duplicates apart, and it must be synchronous and small, where WebCrypto's
 * digest is asynchronous and missing over plain http, and @noble/hashes stays out of the
 * initial bundle (see usersig/hmac.ts).
 */
export function contentHash(entry: HistoryEntry): string {
  const text = JSON.stringify([
    entry.time,
    entry.region,
    entry.host,
    entry.sdkAppId,
    entry.identifier,
    entry.endpoint,
    entry.sentVia,
    entry.kind,
    entry.combinedCount,
    entry.pages,
  ]);
  return cyrb53(text, 0) + cyrb53(text, 0x9e3779b9);
}

function cyrb53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** Orders summaries oldest first; equal times by id, so every tab sorts the same way. */
export function compareSummaries(a: HistorySummary, b: HistorySummary): number {
  return a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
