// "Fetch all pages": follow the cursors until the answer says it is complete, at a client-side
// rate, and report what a client can see of the paging's health: duplicates, cursors that do not
// move, empty pages. Every expected failure (an error answer, a thrown send, cancellation, a stuck
// cursor, a limit reached) is a value in the result; the runner never throws for them. It is
// bounded (issue 14.2: a server whose cursors never reach CompleteFlag 1 once ran a tab out of
// memory after 546 pages): it stops at a page limit, an item limit, an estimate of the memory
// the run holds, and when pages stop bringing new items, says why, and keeps what it got. Each page's body is the
// previous body's text with the answer's cursors copied in by nextPageText, the function "Next
// page" uses: the pages go out exactly as pressing Next page would build them.
import { msg, type Text } from '../i18n/message';
import { parseBodyText } from '../api/body-parse';
import { scanJson } from '../api/json-scan';
import { DEFAULT_MAX_ITEMS, DEFAULT_MAX_PAGES, MAX_ITEMS_LIMIT, MAX_PAGES_LIMIT } from './limits';
import { nextPageText } from './next-page';
import { asJsonObject, type JsonObject, type PaginationSpec } from './spec';

/** The pace "Fetch all pages" sends at unless told otherwise: a tenth of get_list's 200/s. */
export const DEFAULT_RATE_PER_SECOND = 20;

/** The fastest pace allowed: the service's own limit for get_list (get_list-seed.txt). */
export const MAX_RATE_PER_SECOND = 200;

/**
 * The memory a run may hold, estimated, before it stops to protect the tab: 256 MiB, a tenth of
 * what a 64-bit Chromium tab may use before it crashes.
 */
export const DEFAULT_MEMORY_BUDGET_BYTES = 256 * 1024 * 1024;

/**
 * Bytes of memory estimated per byte of answer text: the exchange keeps the text, and its parse
 * (objects, strings, arrays) takes about three times the JSON's size in V8.
 */
export const MEMORY_PER_ANSWER_BYTE = 4;

/** Pages in a row that bring no new item (empty, or only items seen before) before the run gives up. */
export const MAX_PAGES_WITHOUT_PROGRESS = 5;

/** A request body as sent: its text, byte for byte, and the same parsed. */
export interface SentPage {
  text: string;
  body: JsonObject;
}

/** One exchange: the body sent and the (successful) answer, parsed. */
export interface PageRecord extends SentPage {
  response: JsonObject;
}

/** What a client can notice about the paging, with the 1-based page it was noticed on. */
export interface Anomaly {
  kind: 'cursor-unchanged' | 'cursor-repeat' | 'cursor-backwards' | 'empty-page' | 'no-progress';
  page: number;
  message: Text;
  /** The cursor's answer field, for cursor anomalies about one field. */
  field?: string;
}

/** An item seen more than once: its key and the 1-based page of each sighting. */
export interface Duplicate {
  key: string;
  pages: number[];
}

/** Why the run stopped on an error: an error answer, an answer of the wrong shape, or a throw. */
export type PageError = SentPage &
  (
    | {
        kind: 'service';
        page: number;
        response: JsonObject;
        code: number | null;
        info: string;
        message: Text;
      }
    | { kind: 'malformed'; page: number; response: unknown; message: Text }
    | { kind: 'thrown'; page: number; message: Text }
  );

/** A limit the run reached: which, after how many pages, and why it stopped, in words. */
export interface RunLimit {
  kind: 'max-pages' | 'max-items' | 'memory';
  page: number;
  message: Text;
}

/** Everything a run found. `items` holds every item as received, duplicates included. */
export interface FetchAllResult {
  status: 'complete' | 'error' | 'cancelled' | 'stuck' | 'limit';
  pages: PageRecord[];
  items: unknown[];
  duplicates: Duplicate[];
  anomalies: Anomaly[];
  error?: PageError;
  /** Set when the status is 'limit'. */
  limit?: RunLimit;
  /** The memory the run held at the end, estimated (MEMORY_PER_ANSWER_BYTE), in bytes. */
  estimatedBytes: number;
}

/** Progress after each page: pages fetched and items received so far. */
export interface FetchProgress {
  pages: number;
  items: number;
}

/** The run's inputs; the clock, the sleep and the sender are injected. */
export interface FetchAllOptions {
  spec: PaginationSpec;
  /**
   * The first request's body text, as the editor holds it (cursors as the user set them,
   * usually all 0). It must be a JSON object: the caller checks it, and a text that is not one
   * is a bug, so it throws.
   */
  firstBody: string;
  /**
   * Sends one page's body text and resolves to the parsed JSON answer; may throw (network, CORS:
   * a StopError, whose text the run's stop shows).
   */
  sendPage(text: string, signal: AbortSignal): Promise<unknown>;
  /** Pages per second at most, clamped to 1..200; default 20. */
  ratePerSecond?: number;
  signal?: AbortSignal;
  onProgress?(progress: FetchProgress): void;
  /** Milliseconds from any fixed origin; default performance.now (monotonic). */
  now?: () => number;
  /** Waits `ms` or until the signal aborts, whichever is first. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Pages fetched at most ('limit'); default 200. */
  maxPages?: number;
  /** Items collected at most ('limit'): the run stops after the page that reaches it; default 50,000. */
  maxItems?: number;
  /** The memory the run may hold, estimated, in bytes ('limit'); default 256 MiB. */
  memoryBudgetBytes?: number;
  /** The size of an answer's text in bytes; default the length of its JSON. */
  sizeOf?: (answer: unknown) => number;
}

/** A page or item limit as typed: a whole number from 1 to `max`, or `fallback` when it is not a number. */
export function clampLimit(value: number | undefined, fallback: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(1, Math.floor(value)));
}

const defaultSizeOf = (answer: unknown): number => (JSON.stringify(answer) ?? '').length;

function mebibytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** The rate a run will use: the requested one clamped to 1..200, or the default if it is not a number. */
export function clampRate(ratePerSecond: number | undefined): number {
  if (ratePerSecond === undefined || !Number.isFinite(ratePerSecond))
    return DEFAULT_RATE_PER_SECOND;
  return Math.min(MAX_RATE_PER_SECOND, Math.max(1, ratePerSecond));
}

/** A setTimeout-based sleep that ends early when the signal aborts. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * What `sendPage` throws to stop a run with words of its own (a failed send and its hint): the
 * run shows `text` in the active language, where an Error's message would be fixed text.
 */
export class StopError extends Error {
  readonly text: Text;
  constructor(text: Text) {
    super(typeof text === 'string' ? text : text.key);
    this.name = 'StopError';
    this.text = text;
  }
}

function messageOf(error: unknown): Text {
  if (error instanceof StopError) return error.text;
  return error instanceof Error ? error.message : String(error);
}

/** An answer's outcome fields say it failed: ActionStatus FAIL or a non-zero ErrorCode. */
function serviceFailure(answer: JsonObject): { code: number | null; info: string } | null {
  const code = answer['ErrorCode'];
  const failed =
    answer['ActionStatus'] === 'FAIL' || (code !== undefined && code !== 0 && code !== '0');
  if (!failed) return null;
  const info = answer['ErrorInfo'];
  return {
    code: typeof code === 'number' ? code : null,
    info: typeof info === 'string' ? info : '',
  };
}

/** Follows the cursors from `firstBody` until the answer is complete, an error, a cancel or a stuck cursor. */
export async function fetchAllPages(options: FetchAllOptions): Promise<FetchAllResult> {
  const {
    spec,
    firstBody,
    sendPage,
    signal = new AbortController().signal,
    onProgress,
    now = () => performance.now(),
    sleep = abortableSleep,
    memoryBudgetBytes = DEFAULT_MEMORY_BUDGET_BYTES,
    sizeOf = defaultSizeOf,
  } = options;
  const maxPages = clampLimit(options.maxPages, DEFAULT_MAX_PAGES, MAX_PAGES_LIMIT);
  const maxItems = clampLimit(options.maxItems, DEFAULT_MAX_ITEMS, MAX_ITEMS_LIMIT);
  const intervalMs = 1000 / clampRate(options.ratePerSecond);

  const pages: PageRecord[] = [];
  const items: unknown[] = [];
  const anomalies: Anomaly[] = [];
  const sightings = new Map<string, number[]>();
  const cursorState = (body: JsonObject) =>
    JSON.stringify(spec.cursors.map((c) => body[c.requestField] ?? null));
  const seenStates = new Set<string>();
  let estimatedBytes = 0;
  let pagesWithoutProgress = 0;

  const finish = (
    status: FetchAllResult['status'],
    error?: PageError,
    limit?: RunLimit,
  ): FetchAllResult => {
    const duplicates = [...sightings]
      .filter(([, at]) => at.length > 1)
      .map(([key, at]) => ({ key, pages: at }));
    return {
      status,
      pages,
      items,
      duplicates,
      anomalies,
      estimatedBytes,
      ...(error && { error }),
      ...(limit && { limit }),
    };
  };

  const parsed = parseBodyText(firstBody, scanJson(firstBody));
  const firstObject = parsed.ok ? asJsonObject(parsed.value) : null;
  if (!firstObject) throw new TypeError('fetchAllPages: the first body is not a JSON object');
  let sent: SentPage = { text: firstBody, body: firstObject };
  let previousAnswer: JsonObject | null = null;
  let lastStart: number | null = null;

  // The limits, checked after a page that did not end the run: the next page is not fetched.
  const limitReached = (page: number): RunLimit | null => {
    const field = spec.completeField;
    if (pages.length >= maxPages) {
      return {
        kind: 'max-pages',
        page,
        message: msg('answer.stop.pages', { pages: pages.length, field }),
      };
    }
    if (items.length >= maxItems) {
      return {
        kind: 'max-items',
        page,
        message: msg('answer.stop.items', { items: items.length, max: maxItems, field }),
      };
    }
    if (estimatedBytes > memoryBudgetBytes) {
      return {
        kind: 'memory',
        page,
        message: msg('answer.stop.memory', {
          held: mebibytes(estimatedBytes),
          budget: mebibytes(memoryBudgetBytes),
          field,
        }),
      };
    }
    return null;
  };

  for (let page = 1; ; page++) {
    if (signal.aborted) return finish('cancelled');
    // The client-side rate cap: consecutive sends start at least 1000/rate ms apart.
    if (lastStart !== null) {
      const wait = lastStart + intervalMs - now();
      if (wait > 0) await sleep(wait, signal);
      if (signal.aborted) return finish('cancelled');
    }
    lastStart = now();
    const { body } = sent;
    seenStates.add(cursorState(body));

    let raw: unknown;
    try {
      raw = await sendPage(sent.text, signal);
    } catch (error) {
      if (signal.aborted) return finish('cancelled');
      return finish('error', { kind: 'thrown', page, ...sent, message: messageOf(error) });
    }
    // An answer that lands after a cancel is dropped: the run stops where the user stopped it.
    if (signal.aborted) return finish('cancelled');

    const answer = asJsonObject(raw);
    if (!answer) {
      return finish('error', {
        kind: 'malformed',
        page,
        ...sent,
        response: raw,
        message: msg('answer.page.notObject'),
      });
    }
    const failure = serviceFailure(answer);
    if (failure) {
      return finish('error', {
        kind: 'service',
        page,
        ...sent,
        response: answer,
        ...failure,
        message: msg('answer.page.service', {
          code: failure.code ?? String(answer['ErrorCode']),
          info: failure.info,
        }),
      });
    }
    const pageItems = answer[spec.itemsField] ?? [];
    if (!Array.isArray(pageItems)) {
      return finish('error', {
        kind: 'malformed',
        page,
        ...sent,
        response: answer,
        message: msg('answer.page.notArray', { field: spec.itemsField }),
      });
    }
    const completeValue = answer[spec.completeField];
    if (completeValue !== 0 && completeValue !== 1) {
      return finish('error', {
        kind: 'malformed',
        page,
        ...sent,
        response: answer,
        message: msg('answer.page.badFlag', {
          field: spec.completeField,
          value: JSON.stringify(completeValue) ?? null,
        }),
      });
    }

    pages.push({ ...sent, response: answer });
    estimatedBytes += MEMORY_PER_ANSWER_BYTE * sizeOf(answer) + sent.text.length;
    let fresh = 0;
    for (const item of pageItems) {
      items.push(item);
      const key = spec.itemKey(item);
      const at = sightings.get(key);
      if (at) at.push(page);
      else {
        sightings.set(key, [page]);
        fresh++;
      }
    }
    onProgress?.({ pages: pages.length, items: items.length });
    if (completeValue === 1) return finish('complete');

    if (pageItems.length === 0) {
      anomalies.push({
        kind: 'empty-page',
        page,
        message: msg('answer.page.empty', { page, field: spec.completeField }),
      });
    }
    const next = nextPageText(spec, sent.text, answer);
    if (!next.ok) {
      return finish('error', {
        kind: 'malformed',
        page,
        ...sent,
        response: answer,
        message: next.message,
      });
    }
    // The answer's cursors equal the request's: the next request would be this one again.
    const unchanged = spec.cursors.every(
      (c) => JSON.stringify(answer[c.responseField]) === JSON.stringify(body[c.requestField]),
    );
    if (unchanged) {
      anomalies.push({
        kind: 'cursor-unchanged',
        page,
        message: msg('answer.page.unchanged', { page, field: spec.completeField }),
      });
      return finish('stuck');
    }
    if (previousAnswer) {
      for (const c of spec.cursors) {
        const before = previousAnswer[c.responseField];
        const after = answer[c.responseField];
        if (!c.order || typeof before !== 'number' || typeof after !== 'number') continue;
        if (c.order === 'ascending' ? after < before : after > before) {
          anomalies.push({
            kind: 'cursor-backwards',
            page,
            field: c.responseField,
            message: msg('answer.page.backwards', {
              field: c.responseField,
              before: String(before),
              after: String(after),
              order: c.order,
            }),
          });
        }
      }
    }
    if (seenStates.has(cursorState(next.body))) {
      anomalies.push({
        kind: 'cursor-repeat',
        page,
        message: msg('answer.page.loop', { page }),
      });
      return finish('stuck');
    }
    // Fresh cursors every page but nothing new in them: a loop the cursors alone do not show.
    pagesWithoutProgress = fresh === 0 ? pagesWithoutProgress + 1 : 0;
    if (pagesWithoutProgress >= MAX_PAGES_WITHOUT_PROGRESS) {
      anomalies.push({
        kind: 'no-progress',
        page,
        message: msg('answer.page.noProgress', {
          n: pagesWithoutProgress,
          field: spec.completeField,
        }),
      });
      return finish('stuck');
    }
    const limit = limitReached(page);
    if (limit) return finish('limit', undefined, limit);
    previousAnswer = answer;
    sent = { text: next.text, body: next.body };
  }
}
