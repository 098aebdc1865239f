// What Send and Fetch all do once their code has loaded: transmit, read the answer into an
// Exchange, and for Fetch all follow the cursors page by page. In the send kit's chunk
// (send-kit.ts), not in the first download (issue 18): the Sender keeps the state the Send bar
// shows and the checks that come before any code loads (blockers, signing, a body that does not
// parse), so a blocked send still says why without a download.
import { buildExactRequest, type ExactRequest } from '../api/url';
import type { EndpointDescription, RequestSnapshot } from '../api/types';
import type { WireRequest, WireResponse } from '../api/wire';
import { msg } from '../i18n/message';
import type { Exchange, Run } from '../response/exchange';
import type { Sent } from '../transport';
import { hostOf, type SendRecord, type Sender } from './sender.svelte';
import type { Workspace } from './workspace.svelte';

type SendKit = typeof import('./send-kit');
export type Handler = (req: WireRequest, signal: AbortSignal) => Promise<WireResponse>;
/** What a send needs once loaded: the transports, and the sandbox when it goes there. */
export type Ready = { kit: SendKit; handler: Handler | null };

/** What one send or run works with: the Sender's state and ways, its cancel, its loaded code. */
export interface SendPort {
  ws: Workspace;
  /** The Sender: the run sets its last answer, run and progress, and reads its limits. */
  sender: Pick<
    Sender,
    'last' | 'run' | 'progress' | 'ratePerSecond' | 'maxPages' | 'maxItems' | 'via'
  >;
  now: () => number;
  ready: Ready;
  signal: AbortSignal;
  emit: (record: SendRecord) => void;
}

/**
 * The Workspace's exact request, with another body for a page of a run; null while there is
 * nowhere to send it. A fresh random is drawn for the next one.
 */
function exactRequest(ws: Workspace, body?: string): ExactRequest | null {
  const exact = ws.request;
  if (!exact) return null;
  const req = body === undefined ? exact : buildExactRequest(exact.parts, body);
  ws.rollRandom();
  return req;
}

/** Sends `req` the way the Target says, with Auto's memory and this send's cancel. */
function transmitWith(port: SendPort, req: WireRequest, signal: AbortSignal): Promise<Sent> {
  const { kit, handler } = port.ready;
  return kit.transmit(port.sender.via, req, {
    settings: port.ws.target,
    signal,
    handler,
    memory: kit.routes,
  });
}

/** What came back for `req`, read (a large answer off the main thread) and explained. */
async function exchangeOf(
  port: SendPort,
  endpointId: string,
  req: WireRequest,
  startedAt: number,
  sent: Sent,
): Promise<Exchange> {
  const { readOutcome, explainError } = port.ready.kit;
  const { result } = sent;
  const outcome = result.ok
    ? await readOutcome(result.response.body, result.response.status)
    : null;
  const code = outcome?.ok ? outcome.ErrorCode : undefined;
  return {
    endpointId,
    body: req.body,
    via: sent.via,
    ...(sent.route !== null ? { route: sent.route } : {}),
    startedAt,
    result,
    outcome,
    explanation: code !== undefined && code !== 0 ? explainError(code) : null,
  };
}

/** One send of the request as it stands; the answer becomes the Sender's last. */
export async function sendOnce(port: SendPort): Promise<void> {
  const { ws, sender } = port;
  const snapshot = ws.snapshot();
  const host = hostOf(ws);
  // The endpoint it went to: the builder may have moved to another by the time it is answered.
  const endpointId = ws.draft.endpoint.id;
  const req = exactRequest(ws);
  if (!req) return;
  const startedAt = port.now();
  const sent = await transmitWith(port, req, port.signal);
  const exchange = await exchangeOf(port, endpointId, req, startedAt, sent);
  sender.last = exchange;
  sender.run = null;
  port.emit({ snapshot, host, via: exchange.via, kind: 'single', exchange });
}

/** What Fetch all read before its code loaded: page 1 goes out as it stood then. */
export interface RunStart {
  endpoint: EndpointDescription;
  firstBody: string;
  snapshot: RequestSnapshot;
  host: string;
  startedAt: number;
}

/** Fetch all pages from `start.firstBody`, at the Sender's rate and limits. */
export async function fetchRun(port: SendPort, start: RunStart): Promise<void> {
  const { ws, sender, ready } = port;
  const { kit } = ready;
  const desc = start.endpoint;
  const spec = kit.paginationSpecFor(desc);
  if (!spec) return;
  const exchanges: Exchange[] = [];
  let failure: Exchange | null = null;
  // Each answer's size as received, for the run's memory estimate (no second stringify).
  const sizes = new WeakMap<object, number>();
  const result = await kit.fetchAllPages({
    spec,
    firstBody: start.firstBody,
    ratePerSecond: sender.ratePerSecond,
    maxPages: sender.maxPages,
    maxItems: sender.maxItems,
    sizeOf: (answer) => (typeof answer === 'object' && answer ? sizes.get(answer) : 0) ?? 0,
    signal: port.signal,
    onProgress: (p) => (sender.progress = p),
    sendPage: async (body, signal) => {
      const req = exactRequest(ws, body);
      if (!req) throw new kit.StopError(msg('send.nowhere'));
      const pageStartedAt = port.now();
      const sent = await transmitWith(port, req, signal);
      const exchange = await exchangeOf(port, desc.id, req, pageStartedAt, sent);
      sender.last = exchange;
      exchanges.push(exchange);
      const { result: r } = sent;
      if (!r.ok) {
        failure = exchange;
        if (r.kind === 'cancelled') throw new DOMException('Cancelled', 'AbortError');
        throw new kit.StopError(msg('send.both', { a: r.message, b: r.hint }));
      }
      if (!exchange.outcome?.ok) {
        failure = exchange;
        throw new kit.StopError(exchange.outcome?.message ?? msg('send.unreadable'));
      }
      if (exchange.explanation) failure = exchange;
      const json = exchange.outcome.json;
      if (typeof json === 'object' && json) sizes.set(json, r.sizeBytes);
      return json;
    },
  });
  const run: Run = {
    endpointId: desc.id,
    startedAt: start.startedAt,
    result,
    failure: result.status === 'error' ? failure : null,
  };
  sender.run = run;
  // The way the pages went (Auto picks one per host, so every page of a run goes the same way).
  const via = exchanges[0]?.via ?? 'direct';
  if (exchanges.length > 0) {
    port.emit({ snapshot: start.snapshot, host: start.host, via, kind: 'all', run, exchanges });
  }
}
