// From what the Sender reports after a send (SendRecord in state/sender.svelte.ts) to a
// HistoryDraft. The shapes are restated here structurally, so lib never imports the state layer;
// Sender's Exchange and SendRecord fit them as they are.
import type { RequestSnapshot } from '../api/types';
import type { Outcome, SendResult } from '../transport';
import type { HistoryDraft, HistoryPageDraft } from './draft';
import type { HistoryOutcome, SentVia } from './entry';

/** What history reads of one exchange: the body sent, when, and how it ended. */
export interface RecordedExchange {
  body: string;
  startedAt: number;
  result: SendResult;
  /** The parsed answer; null after a transport failure. */
  outcome: Outcome | null;
}

/** A finished send or "Fetch all pages" run, as the Sender hands it to listeners. */
export type RecordedSend = {
  snapshot: RequestSnapshot;
  host: string;
  via: SentVia;
} & (
  | { kind: 'single'; exchange: RecordedExchange }
  | {
      kind: 'all';
      run: { result: { items: readonly unknown[] } };
      exchanges: readonly RecordedExchange[];
    }
);

/**
 * The outcome history keeps of one exchange. A transport failure has no measured duration, so
 * it is the time from the exchange's start to `recordedAt` (when the Sender reported it).
 */
export function outcomeOfExchange(exchange: RecordedExchange, recordedAt: number): HistoryOutcome {
  const { result, outcome } = exchange;
  if (!result.ok) {
    return {
      kind: 'transport',
      failure: result.kind,
      message: result.message,
      durationMs: Math.max(0, Math.round(recordedAt - exchange.startedAt)),
    };
  }
  // The Sender parsed the answer already (parseOutcome keeps only fields of the documented type).
  const answer = outcome?.ok ? outcome : null;
  return {
    kind: 'response',
    httpStatus: result.response.status,
    actionStatus: answer?.ActionStatus ?? null,
    errorCode: answer?.ErrorCode ?? null,
    errorInfo: answer?.ErrorInfo ?? null,
    durationMs: Math.max(0, Math.round(result.durationMs)),
    sizeBytes: result.sizeBytes,
  };
}

/** One page of a draft: the body as sent, its outcome and the whole response text. */
export function pageOfExchange(exchange: RecordedExchange, recordedAt: number): HistoryPageDraft {
  return {
    body: exchange.body,
    outcome: outcomeOfExchange(exchange, recordedAt),
    response: exchange.result.ok ? exchange.result.response.body : '',
  };
}

/**
 * The draft of a finished send: one page for a single request; every page, in order, with the
 * items counted across them for a "Fetch all pages" run. Null for a run that sent nothing.
 */
export function draftFromSend(record: RecordedSend, recordedAt: number): HistoryDraft | null {
  const exchanges = record.kind === 'single' ? [record.exchange] : record.exchanges;
  if (exchanges.length === 0) return null;
  const { snapshot } = record;
  return {
    region: snapshot.region,
    host: record.host,
    sdkAppId: snapshot.sdkAppId,
    identifier: snapshot.identifier,
    endpoint: snapshot.endpoint,
    sentVia: record.via,
    pages: exchanges.map((exchange) => pageOfExchange(exchange, recordedAt)),
    ...(record.kind === 'all' ? { combinedCount: record.run.result.items.length } : {}),
  };
}
