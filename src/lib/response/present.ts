// The response model: everything the Response panel shows, decided here from the last exchange,
// the last "Fetch all pages" run and the answering endpoint's views, so the panel only renders.
// Cells and texts are plain strings: nothing from an answer is ever HTML.
import { endpointNow } from '../api/endpoint-catalog';
import {
  itemViewsFor,
  itemsOf,
  itemsPresent,
  NO_CONTEXT,
  type ItemView,
  type ViewContext,
} from '../api/response-views';
import { isPlainObject } from '../json/value';
import type { ErrorAction } from '../errors';
import { msg, type MessageKey, type Msg, type Text } from '../i18n/message';
import { paginationSpecFor } from '../pagination/from-description';
import type { SendFailureKind } from '../transport/send';
import type { Exchange, Run } from './exchange';
import { tableOf, type ItemTable, type Render } from './table';

/**
 * What an answer or a failure offers to do next: an explanation's ErrorAction, or a way around
 * a direct send the browser could not make (the proxy, or curl outside the browser).
 */
export type ResponseAction = NonNullable<ErrorAction> | 'proxy' | 'copy-curl' | 'find-region';

/** A button the response offers: what it does, and its words. */
export interface Offer {
  action: ResponseAction;
  label: Msg;
}

// The actions whose buttons have words (errors.action.* in the errors area); 'retry' and 'wait'
// offer no button: sending again is the Send button's.
const LABELLED: ReadonlySet<ResponseAction> = new Set<ResponseAction>([
  'region',
  'resign',
  'key',
  'identifier',
  'sdkappid',
  'body',
  'copy-curl',
  'proxy',
  'find-region',
  'import-account',
]);

// The ErrorCodes that mean the SDKAppID lives in another region (chat-rest-facts.md, "Error
// codes"; the region finder's "not here", lib/transport/probe.ts).
const ELSEWHERE_CODES: ReadonlySet<number> = new Set([70020, 70016]);

// Per failure kind, the ways around it. A direct send the browser could not make: curl, or the
// proxy (with its help: download, command, check). A proxy that is not running or does not serve
// this page: its help. A name that does not resolve: the region.
const TRANSPORT_OFFERS: Partial<
  Record<SendFailureKind, { offers: ResponseAction[]; help: boolean }>
> = {
  network: { offers: ['copy-curl', 'proxy'], help: true },
  'proxy-down': { offers: ['copy-curl'], help: true },
  'proxy-origin': { offers: ['copy-curl'], help: true },
  unresolved: { offers: ['region', 'copy-curl'], help: false },
};

const offer = (action: ResponseAction): Offer[] =>
  LABELLED.has(action) ? [{ action, label: msg(`errors.action.${action}` as MessageKey) }] : [];

/** The outcome line of an exchange. */
export type OutcomeView =
  | {
      kind: 'transport';
      failed: true;
      message: Text;
      hint: Text;
      /** Ways around it: after a network failure, curl and the proxy. */
      offers: Offer[];
      /** Whether the proxy help (the one-file proxy, its command, a check) belongs here. */
      help: 'proxy' | null;
      /** Auto's sentence on the ways it tried; null when the person chose the way. */
      route: Text | null;
    }
  | {
      kind: 'answer';
      failed: boolean;
      /** ActionStatus, or the HTTP status when the answer has none. */
      headline: string;
      errorCode: number | null;
      durationMs: number;
      sizeBytes: number;
      via: Exchange['via'];
      /** Auto's sentence on why it went this way; null when the person chose the way. */
      route: Text | null;
      requestId: string | null;
      /** What the HTTP status means, and why the answer could not be read. */
      notes: Text[];
      errorInfo: string | null;
    };

/**
 * True when the exchange did not end in success: no answer, an answer that is not the API's,
 * ActionStatus FAIL or a non-zero ErrorCode.
 */
export function exchangeFailed(exchange: Exchange): boolean {
  const o = exchange.outcome;
  return !exchange.result.ok || !o?.ok || o.ActionStatus === 'FAIL' || (o.ErrorCode ?? 0) !== 0;
}

/** The outcome line of an exchange: how it ended, in the order the panel shows it. */
export function outcomeView(exchange: Exchange): OutcomeView {
  const { result, outcome } = exchange;
  if (!result.ok) {
    const around = TRANSPORT_OFFERS[result.kind];
    return {
      kind: 'transport',
      failed: true,
      message: result.message,
      hint: result.hint,
      offers: (around?.offers ?? []).flatMap(offer),
      help: around?.help ? 'proxy' : null,
      route: exchange.route ?? null,
    };
  }
  const status = outcome?.ok ? outcome : null;
  const notes: Text[] = [];
  if (status?.statusNote) notes.push(status.statusNote);
  if (outcome && !outcome.ok) notes.push(outcome.message);
  return {
    kind: 'answer',
    failed: exchangeFailed(exchange),
    headline: status?.ActionStatus ?? `HTTP ${result.response.status}`,
    errorCode: status?.ErrorCode ?? null,
    durationMs: Math.round(result.durationMs),
    sizeBytes: result.sizeBytes,
    via: exchange.via,
    route: exchange.route ?? null,
    requestId: status?.RequestId || null,
    notes,
    errorInfo: status?.ErrorInfo || null,
  };
}

/** An explanation of a non-zero ErrorCode, with the button to the control that fixes it. */
export interface ExplanationView {
  code: number;
  meaning: Msg;
  fix: Text;
  offers: Offer[];
}

/** The explanation of the exchange's ErrorCode; null when there is none to give. */
export function explanationView(exchange: Exchange): ExplanationView | null {
  const e = exchange.explanation;
  if (!e) return null;
  const offers = e.action ? offer(e.action) : [];
  // A real host that does not know the app: the region finder asks every region (not the
  // sandbox, which is one app in one place).
  if (ELSEWHERE_CODES.has(e.code) && exchange.via !== 'sandbox')
    offers.push(...offer('find-region'));
  return { code: e.code, meaning: e.meaning, fix: e.fix, offers };
}

/** The views of the endpoint that answered: the run's, else the last exchange's, else the builder's. */
export function answeringViews(
  last: Exchange | null,
  run: Run | null,
  builderEndpointId: string,
): readonly ItemView[] {
  return itemViewsFor(run?.endpointId ?? last?.endpointId ?? builderEndpointId);
}

/** The parsed answer of an exchange, or null when there is none. */
export function answerOf(exchange: Exchange | null): unknown {
  return exchange?.outcome?.ok ? exchange.outcome.json : null;
}

/**
 * For each item of a run, whether it is a duplicate: flagged with the runner's duplicate keys,
 * computed by the same pagination spec. Empty when nothing repeats.
 */
export function duplicateFlags(run: Run, items: readonly unknown[] = run.result.items): boolean[] {
  if (run.result.duplicates.length === 0) return [];
  const desc = endpointNow(run.endpointId);
  const spec = desc ? paginationSpecFor(desc) : null;
  if (!spec) return [];
  const keys = new Set(run.result.duplicates.map((d) => d.key));
  return items.map((item) => keys.has(spec.itemKey(item)));
}

/** One table of the answer: its view, whether it is the main one, its items and duplicate flags. */
export interface ResponseTable {
  view: ItemView;
  main: boolean;
  /** The items as a table; the panel asks it for the cells of the rows it shows. */
  table: ItemTable;
  /** Per item of the table: a duplicate of an earlier one in the run (the main table of a run only). */
  duplicates: boolean[];
}

/**
 * The answer's tables. A run collects the main view's items over its pages; the other views read
 * the last page. A view whose items field the answer lacks (no ErrorList when every peer was
 * found) is left out. No cell is made here: the clock's tick costs only the rows shown.
 */
export function responseTables(
  views: readonly ItemView[],
  last: Exchange | null,
  run: Run | null,
  context: ViewContext = NO_CONTEXT,
  t?: Render,
): ResponseTable[] {
  const answer = answerOf(last);
  return views.flatMap((view, i) => {
    const collected = i === 0 && run !== null;
    if (!collected && !itemsPresent(view, answer)) return [];
    const items = collected ? run.result.items : itemsOf(view, answer);
    const table = tableOf(view, items, context, t);
    return [
      {
        view,
        main: i === 0,
        table,
        duplicates: collected ? duplicateFlags(run, table.items) : [],
      },
    ];
  });
}

/** The answer fields the views name as its summary (cursors, flags), present in it, as JSON. */
export function summaryFields(
  views: readonly ItemView[],
  answer: unknown,
): (readonly [string, string])[] {
  if (!isPlainObject(answer)) return [];
  const fields = [...new Set(views.flatMap((v) => v.summaryFields))];
  return fields.filter((f) => f in answer).map((f) => [f, JSON.stringify(answer[f])] as const);
}

/** What the raw view shows: a JSON value to fold (a run's pages, or the answer), else text. */
export type ResponseDocument = { kind: 'json'; value: unknown } | { kind: 'text'; text: string };

/** The raw view: a run's pages, else the answer, else its text as it came. */
export function responseDocument(last: Exchange | null, run: Run | null): ResponseDocument {
  if (run) return { kind: 'json', value: run.result.pages.map((p) => p.response) };
  const answer = answerOf(last);
  if (answer !== null) return { kind: 'json', value: answer };
  return { kind: 'text', text: last?.result.ok ? last.result.response.body : '' };
}

/** The account a request body was for (From_Account, else To_Account), for export file names. */
export function accountOf(body: string): string | null {
  try {
    const json: unknown = JSON.parse(body);
    if (!isPlainObject(json)) return null;
    const v = json.From_Account ?? json.To_Account;
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}
