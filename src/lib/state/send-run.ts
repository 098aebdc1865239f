// What Send, Fetch all and Next page do once their code has loaded: wait for the signing and the
// form's edits, check what blocks the request, transmit, read the answer into an Exchange, and
// for Fetch all follow the cursors page by page. In the send kit's chunk (send-kit.ts), not in
// the first download (issue 18): the Sender keeps the state the Send bar shows (and the blockers
// it lists, which need no download), loads the kit when the page is idle or at the first send,
// and hands a flow here a FlowPort onto its state.
import { nextPageBodyText } from '../api/pagination';
import { buildExactRequest, type ExactRequest } from '../api/url';
import type { EndpointDescription, RequestSnapshot } from '../api/types';
import type { WireRequest, WireResponse } from '../api/wire';
import { isPlainObject } from '../json/value';
import { msg, type Text } from '../i18n/message';
import type { LoadFailure } from '../lazy/lazy';
import type { Exchange, Run } from '../response/exchange';
import type { Sent } from '../transport';
import { hostOf, PAGE_SANDBOX, type SendRecord, type Sender } from './sender.svelte';
import type { Workspace } from './workspace.svelte';

type SendKit = typeof import('./send-kit');
export type Handler = (req: WireRequest, signal: AbortSignal) => Promise<WireResponse>;
/** What a send needs once loaded: the transports, and the sandbox when it goes there. */
export type Ready = { kit: SendKit; handler: Handler | null };

/**
 * What a Send or Fetch all works with from the moment its code has loaded: the Sender's state
 * and the ways to its own (Cancel's controller, what could not load).
 */
export interface FlowPort {
  ws: Workspace;
  sender: Sender;
  kit: SendKit;
  now: () => number;
  /** The sandbox the Sender was given (the tests'), else null for the page's (PAGE_SANDBOX). */
  sandbox: Handler | null;
  emit: (record: SendRecord) => void;
  /** Keeps the controller that Cancel aborts; null once the send or run is over. */
  setAbort: (abort: AbortController | null) => void;
  /**
   * Says beside Send what could not load (null: nothing), keeping this verb for Retry; `edits`
   * when it is the form's edits, which a Retry under the editor can bring in instead.
   */
  report: (failure: LoadFailure | null, edits?: boolean) => void;
}

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
async function sendOnce(port: SendPort): Promise<void> {
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
async function fetchRun(port: SendPort, start: RunStart): Promise<void> {
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

/**
 * A send or run asked for while the UserSig is still being signed (its code loads after the
 * first paint) waits for it, busy meanwhile, instead of refusing; a sign that fails leaves its
 * blocker for the caller to report. A few rounds at most: each edit of the form signs again.
 */
async function waitForSigning(
  { ws, sender }: FlowPort,
  busy: 'sending' | 'fetching',
): Promise<void> {
  const signing = () => ws.blockers.some((b) => b.kind === 'signing');
  if (!signing()) return;
  sender.busy = busy;
  try {
    for (let round = 0; round < 3 && signing(); round++) await ws.signer.settled();
  } finally {
    sender.busy = 'idle';
  }
}

/**
 * Lands what was typed in the form before its editing code had loaded (RequestDraft.editsLanded),
 * so the request goes out as the form shows it; false, with the failure beside Send and the
 * verb for Retry, when that code could not load. Busy while it waits, as for the signing.
 */
async function landEdits(port: FlowPort, busy: 'sending' | 'fetching'): Promise<boolean> {
  const landing = port.ws.draft.editsLanded();
  if (!landing) return true;
  port.sender.busy = busy;
  try {
    const failure = await landing;
    port.report(failure, true);
    return failure === null;
  } finally {
    port.sender.busy = 'idle';
  }
}

/**
 * What the waits leave to check: pressing Send shows every field's errors beside it, touched or
 * not (after the edits that waited have landed: one that switched the endpoint started its body
 * untouched), and a blocked request says why instead of going. True when it can go.
 */
async function readyToGo(port: FlowPort, busy: 'sending' | 'fetching'): Promise<boolean> {
  const { ws, sender } = port;
  sender.notice = '';
  await waitForSigning(port, busy);
  if (!(await landEdits(port, busy))) return false;
  ws.draft.touchAll();
  sender.blockedAttempt = ws.blockers.length > 0;
  return !sender.blockedAttempt;
}

/**
 * Runs a send or run with its own Cancel, once the page's sandbox is in when it goes there; a
 * sandbox that could not load is reported beside Send and nothing goes out.
 */
async function transmitting(
  port: FlowPort,
  busy: 'sending' | 'fetching',
  go: (send: SendPort) => Promise<void>,
): Promise<void> {
  const { sender } = port;
  const abort = new AbortController();
  port.setAbort(abort);
  sender.busy = busy;
  try {
    let handler = port.sandbox;
    let failure: LoadFailure | null = null;
    if (!handler && sender.via === 'sandbox') {
      const sandbox = await PAGE_SANDBOX.load();
      if (sandbox.ok) handler = (req) => sandbox.value.handle(req);
      else failure = sandbox.failure;
    }
    port.report(failure);
    // Cancelled while the sandbox was loading: nothing went out.
    if (failure || abort.signal.aborted) return;
    await go({ ...port, ready: { kit: port.kit, handler }, signal: abort.signal });
  } finally {
    sender.busy = 'idle';
    port.setAbort(null);
  }
}

/** Send: the request as it stands, body byte for byte as typed, unless something blocks it. */
export async function sendFlow(port: FlowPort): Promise<void> {
  if (!(await readyToGo(port, 'sending')) || !port.ws.request) return;
  await transmitting(port, 'sending', sendOnce);
}

/**
 * Fetch all pages: page 1 goes out as Send would send it, field errors and all (the run then
 * stops at the service's error). A body that does not parse is the one thing it refuses, saying
 * so: each next page is that body with the cursors written into it, and text that is not a JSON
 * object has nowhere to write them. Send sends such a body as typed.
 */
export async function fetchAllFlow(port: FlowPort): Promise<void> {
  const { ws, sender } = port;
  // The endpoint and body are read after the waits: they are what page 1 goes out with.
  if (!(await readyToGo(port, 'fetching'))) return;
  const desc = ws.draft.endpoint;
  const parse = ws.draft.check.parse;
  if (!desc.pagination) return;
  if (!parse.ok || !isPlainObject(parse.value)) {
    sender.notice = msg(
      'answer.np.fetchAll',
      parse.ok ? { line: null, column: null } : { line: parse.line, column: parse.column },
    );
    return;
  }
  // The editor's text as it stands: page 1 goes out as Send would send it, and each next page
  // is that text with the cursors copied in, as Next page builds it.
  const start = {
    endpoint: desc,
    firstBody: ws.draft.text,
    snapshot: ws.snapshot(),
    host: hostOf(ws),
    startedAt: port.now(),
  };
  sender.progress = { pages: 0, items: 0 };
  await transmitting(port, 'fetching', (send) => fetchRun(send, start));
}

/**
 * Next page: the cursors of `last`, the answer shown, copied into the request's body; why not,
 * or '' once done.
 */
export function nextPageNotice(ws: Workspace, last: Exchange | null): Text {
  const json = last?.outcome?.ok ? last.outcome.json : null;
  if (!json) return msg('answer.np.noAnswer');
  if (last?.endpointId !== ws.draft.endpoint.id) return msg('answer.np.other');
  const r = nextPageBodyText(ws.draft.endpoint, ws.draft.text, json);
  if (!r.ok) return r.message;
  ws.draft.setText(r.text);
  return '';
}
