// A history entry: one request, or one "Fetch all pages" run, as it was sent and answered, with
// no secret in it. It is stored in IndexedDB and written to export files, so it carries `v` and
// parseEntry reads every older version and upgrades it (STYLE.md rule 8).
import type { RegionChoice, RequestSnapshot, SendVia } from '../api/types';
import type { WireResponse } from '../api/wire';
import type { Text } from '../i18n/message';
import { parseStoredText } from '../transport/stored-text';
import {
  ShapeError,
  asArray,
  asBoolean,
  asCount,
  asDuration,
  asHttpStatus,
  asNullable,
  asNumber,
  asOneOf,
  asRecord,
  asString,
  asTime,
  attempt,
} from './parse';

/**
 * How a request left the page: the in-page sandbox, or a real host directly or through the proxy
 * (the way it went: Auto is not a way, it picks one).
 */
export type SentVia = 'sandbox' | Exclude<SendVia, 'auto'>;

/** The entry version this code writes; parseEntry upgrades every older one to it. */
export const ENTRY_VERSION = 2;

/** The most response text kept per page, in UTF-8 bytes; the rest is cut, with a note. */
export const RESPONSE_CAP_BYTES = 256 * 1024;

/** The endpoint of a v1 entry: v1 was written when get_list was the only endpoint. */
export const V1_ENDPOINT = 'get_list';

const SENT_VIA: readonly SentVia[] = ['sandbox', 'direct', 'proxy'];
const MAX_ID_LENGTH = 200;

/** How one request ended: an answer from the server (or sandbox), or no answer at all. */
export type HistoryOutcome =
  | {
      kind: 'response';
      /** The HTTP status; the REST API answers 200 and puts the outcome in the body. */
      httpStatus: number;
      /** `ActionStatus` ("OK" or "FAIL"), null when the body had none or did not parse. */
      actionStatus: string | null;
      /** `ErrorCode`, null when the body had none or did not parse. */
      errorCode: number | null;
      /** `ErrorInfo`, null when the body had none or did not parse. */
      errorInfo: string | null;
      durationMs: number;
      /** The whole response body's size in UTF-8 bytes, before any cut. */
      sizeBytes: number;
    }
  | {
      kind: 'transport';
      /** What the transport layer called the failure (for example `network` or `timeout`). */
      failure: string;
      /**
       * Its words: the message descriptor (rendered in the active language), or a plain string
       * (entries and export files from before descriptors). See transport/stored-text.ts.
       */
      message: Text;
      durationMs: number;
    };

/** Present when a response was longer than RESPONSE_CAP_BYTES and history kept only its start. */
export interface ResponseCut {
  /** The response's full size in UTF-8 bytes; null when unknown (v1 did not record it). */
  fullBytes: number | null;
  /** A sentence for the person reading the entry. */
  note: string;
}

/** One request and its answer; a single request is a run of one page. */
export interface HistoryPage {
  /** The body text exactly as sent. */
  body: string;
  outcome: HistoryOutcome;
  /** The response text, at most RESPONSE_CAP_BYTES of it (empty after a transport failure). */
  response: string;
  cut: ResponseCut | null;
}

/** A history entry, version 2: what history keeps of one request or one "Fetch all pages" run. */
export interface HistoryEntry {
  v: 2;
  id: string;
  /** When it was sent: milliseconds since the Unix epoch. */
  time: number;
  region: RegionChoice;
  /** The host it went to, as resolved from the region when it was sent. */
  host: string;
  /** As typed, like RequestSnapshot. */
  sdkAppId: string;
  identifier: string;
  /** An EndpointDescription id such as `get_list`. */
  endpoint: string;
  sentVia: SentVia;
  starred: boolean;
  /** `single` has one page; `all-pages` holds every page a "Fetch all pages" run fetched. */
  kind: 'single' | 'all-pages';
  /** Never empty. */
  pages: HistoryPage[];
  /** For `all-pages`: the items across all pages; null for `single`. */
  combinedCount: number | null;
}

/**
 * Version 1, the first format: one request with no endpoint (get_list was the only one) and
 * no pages. Kept so older stored entries and export files still read.
 */
export interface HistoryEntryV1 {
  v: 1;
  id: string;
  time: number;
  region: RegionChoice;
  host: string;
  sdkAppId: string;
  identifier: string;
  body: string;
  sentVia: SentVia;
  starred: boolean;
  outcome: HistoryOutcome;
  response: string;
  /** v1 recorded only that the response was cut, not its size. */
  responseCut: boolean;
}

/** The outcome of parseEntry: the entry in the current version, or why it is not one. */
export type ParseEntryResult =
  { ok: true; entry: HistoryEntry; upgradedFrom: 1 | null } | { ok: false; reason: string };

/** Reads an entry of any known version from storage or a file and upgrades it to version 2. */
export function parseEntry(raw: unknown, path = 'entry'): ParseEntryResult {
  const parsed = attempt(() => {
    const o = asRecord(raw, path);
    if (o.v === 2) return { entry: parseV2(o, path), upgradedFrom: null };
    if (o.v === 1) return { entry: upgradeV1(parseV1(o, path)), upgradedFrom: 1 as const };
    if (typeof o.v === 'number' && o.v > ENTRY_VERSION) {
      throw new ShapeError(`${path}.v is ${o.v}: it was written by a newer version of this app`);
    }
    throw new ShapeError(`${path}.v is not a known entry version (1 or 2)`);
  });
  return parsed.ok ? { ok: true, ...parsed.value } : parsed;
}

/** Upgrades a v1 entry: its endpoint was get_list and its one request becomes one page. */
export function upgradeV1(old: HistoryEntryV1): HistoryEntry {
  return {
    v: 2,
    id: old.id,
    time: old.time,
    region: old.region,
    host: old.host,
    sdkAppId: old.sdkAppId,
    identifier: old.identifier,
    endpoint: V1_ENDPOINT,
    sentVia: old.sentVia,
    starred: old.starred,
    kind: 'single',
    pages: [
      {
        body: old.body,
        outcome: old.outcome,
        response: old.response,
        cut: old.responseCut ? { fullBytes: null, note: cutNote(null) } : null,
      },
    ],
    combinedCount: null,
  };
}

/**
 * Keeps at most `maxBytes` UTF-8 bytes of `text`, cut on a character boundary, with a note when
 * cut. `fullBytes` is the size of the whole response when `text` is already only its start.
 */
export function capText(
  text: string,
  maxBytes: number = RESPONSE_CAP_BYTES,
  fullBytes?: number,
): { text: string; cut: ResponseCut | null } {
  // A UTF-16 code unit is at most 3 UTF-8 bytes: short text needs no encoding to know it fits.
  if (fullBytes === undefined && text.length * 3 <= maxBytes) return { text, cut: null };
  const bytes = new TextEncoder().encode(text);
  const full = Math.max(fullBytes ?? 0, bytes.length);
  if (full <= maxBytes) return { text, cut: null };
  let end = Math.min(maxBytes, bytes.length);
  // Step back over continuation bytes (10xxxxxx) so no character is split in half.
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
  return {
    text: new TextDecoder().decode(bytes.subarray(0, end)),
    cut: { fullBytes: full, note: cutNote(full, maxBytes) },
  };
}

/** Reads ActionStatus, ErrorCode and ErrorInfo from a response, for its HistoryOutcome. */
export function responseOutcome(
  response: Pick<WireResponse, 'status' | 'body'>,
  durationMs: number,
): HistoryOutcome {
  let actionStatus: string | null = null;
  let errorCode: number | null = null;
  let errorInfo: string | null = null;
  try {
    const json: unknown = JSON.parse(response.body);
    if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
      const o = json as Record<string, unknown>;
      if (typeof o.ActionStatus === 'string') actionStatus = o.ActionStatus;
      if (typeof o.ErrorCode === 'number' && Number.isFinite(o.ErrorCode)) errorCode = o.ErrorCode;
      if (typeof o.ErrorInfo === 'string') errorInfo = o.ErrorInfo;
    }
  } catch {
    // A body that is not JSON (a proxy's HTML error page, say) has no ActionStatus: nulls say so.
  }
  return {
    kind: 'response',
    httpStatus: response.status,
    actionStatus,
    errorCode,
    errorInfo,
    durationMs,
    sizeBytes: new TextEncoder().encode(response.body).length,
  };
}

/** True when a page's answer was a success: HTTP 2xx, ActionStatus OK, ErrorCode 0. */
export function isSuccess(outcome: HistoryOutcome): boolean {
  return (
    outcome.kind === 'response' &&
    outcome.httpStatus >= 200 &&
    outcome.httpStatus < 300 &&
    outcome.actionStatus === 'OK' &&
    (outcome.errorCode ?? 0) === 0
  );
}

/** The request an entry started with, to open it again in the form (no secret in it). */
export function requestOf(entry: HistoryEntry): RequestSnapshot {
  return {
    region: entry.region,
    sdkAppId: entry.sdkAppId,
    identifier: entry.identifier,
    endpoint: entry.endpoint,
    body: entry.pages[0]?.body ?? '',
  };
}

function cutNote(fullBytes: number | null, keptBytes: number = RESPONSE_CAP_BYTES): string {
  const kept = `${Math.round(keptBytes / 1024)} KB`;
  return fullBytes === null
    ? `History kept only the first ${kept} of this response.`
    : `History kept only the first ${kept} of this ${Math.ceil(fullBytes / 1024)} KB response.`;
}

function asId(value: unknown, path: string): string {
  const id = asString(value, path);
  if (id === '' || id.length > MAX_ID_LENGTH) {
    throw new ShapeError(`${path} is empty or longer than ${MAX_ID_LENGTH} characters`);
  }
  return id;
}

/** Parses a RegionChoice; the object is rebuilt, so unknown fields are dropped. */
export function parseRegion(value: unknown, path: string): RegionChoice {
  const o = asRecord(value, path);
  const kind = asOneOf(o.kind, `${path}.kind`, ['sandbox', 'region', 'custom'] as const);
  switch (kind) {
    case 'sandbox':
      return { kind };
    case 'region':
      return {
        kind,
        id: asString(o.id, `${path}.id`),
        backup: asBoolean(o.backup, `${path}.backup`),
      };
    case 'custom':
      return { kind, host: asString(o.host, `${path}.host`) };
  }
}

function asMessage(value: unknown, path: string): Text {
  const text = parseStoredText(value);
  if (text === null) throw new ShapeError(`${path} is neither a text nor a message`);
  return text;
}

function parseOutcome(value: unknown, path: string): HistoryOutcome {
  const o = asRecord(value, path);
  const kind = asOneOf(o.kind, `${path}.kind`, ['response', 'transport'] as const);
  if (kind === 'transport') {
    return {
      kind,
      failure: asString(o.failure, `${path}.failure`),
      message: asMessage(o.message, `${path}.message`),
      durationMs: asDuration(o.durationMs, `${path}.durationMs`),
    };
  }
  return {
    kind,
    httpStatus: asHttpStatus(o.httpStatus, `${path}.httpStatus`),
    actionStatus: asNullable(o.actionStatus, `${path}.actionStatus`, asString),
    errorCode: asNullable(o.errorCode, `${path}.errorCode`, asNumber),
    errorInfo: asNullable(o.errorInfo, `${path}.errorInfo`, asString),
    durationMs: asDuration(o.durationMs, `${path}.durationMs`),
    sizeBytes: asCount(o.sizeBytes, `${path}.sizeBytes`),
  };
}

function parseCut(value: unknown, path: string): ResponseCut {
  const o = asRecord(value, path);
  return {
    fullBytes: asNullable(o.fullBytes, `${path}.fullBytes`, asCount),
    note: asString(o.note, `${path}.note`),
  };
}

function parsePage(value: unknown, path: string): HistoryPage {
  const o = asRecord(value, path);
  return {
    body: asString(o.body, `${path}.body`),
    outcome: parseOutcome(o.outcome, `${path}.outcome`),
    response: asString(o.response, `${path}.response`),
    cut: asNullable(o.cut, `${path}.cut`, parseCut),
  };
}

function parseV2(o: Record<string, unknown>, path: string): HistoryEntry {
  const pages = asArray(o.pages, `${path}.pages`).map((p, i) =>
    parsePage(p, `${path}.pages[${i}]`),
  );
  if (pages.length === 0) throw new ShapeError(`${path}.pages is empty`);
  const kind = asOneOf(o.kind, `${path}.kind`, ['single', 'all-pages'] as const);
  if (kind === 'single' && pages.length !== 1) {
    throw new ShapeError(`${path}.pages holds ${pages.length} pages for a single request`);
  }
  return {
    v: 2,
    id: asId(o.id, `${path}.id`),
    time: asTime(o.time, `${path}.time`),
    region: parseRegion(o.region, `${path}.region`),
    host: asString(o.host, `${path}.host`),
    sdkAppId: asString(o.sdkAppId, `${path}.sdkAppId`),
    identifier: asString(o.identifier, `${path}.identifier`),
    endpoint: asString(o.endpoint, `${path}.endpoint`),
    sentVia: asOneOf(o.sentVia, `${path}.sentVia`, SENT_VIA),
    starred: asBoolean(o.starred, `${path}.starred`),
    kind,
    pages,
    combinedCount: asNullable(o.combinedCount, `${path}.combinedCount`, asCount),
  };
}

function parseV1(o: Record<string, unknown>, path: string): HistoryEntryV1 {
  return {
    v: 1,
    id: asId(o.id, `${path}.id`),
    time: asTime(o.time, `${path}.time`),
    region: parseRegion(o.region, `${path}.region`),
    host: asString(o.host, `${path}.host`),
    sdkAppId: asString(o.sdkAppId, `${path}.sdkAppId`),
    identifier: asString(o.identifier, `${path}.identifier`),
    body: asString(o.body, `${path}.body`),
    sentVia: asOneOf(o.sentVia, `${path}.sentVia`, SENT_VIA),
    starred: asBoolean(o.starred, `${path}.starred`),
    outcome: parseOutcome(o.outcome, `${path}.outcome`),
    response: asString(o.response, `${path}.response`),
    responseCut: asBoolean(o.responseCut, `${path}.responseCut`),
  };
}
