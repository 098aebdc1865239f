// Sending: one request, the next page, or every page; with a timeout, Cancel, and the answer
// parsed and explained. Which way a request goes (sandbox in the page, direct, proxy) is the
// Target's choice; the transports themselves live in lib/transport.
import { nextPageBodyText, readPage } from '../api/pagination';
import { isPlainObject } from '../json/value';
import type { RequestSnapshot } from '../api/types';
import type { WireRequest, WireResponse } from '../api/wire';
import { buildWireRequest } from '../api/url';
import type { ErrorExplanation } from '../errors';
import type { FetchAllResult, FetchProgress } from '../pagination';
import { paginationSpecFor } from '../pagination/from-description';
import type { SandboxService } from '../sandbox';
import type { Outcome, SendResult } from '../transport';
import { SANDBOX_ORIGIN, type Workspace } from './workspace.svelte';

/** One exchange as shown in the response area. The URL is kept masked only. */
export interface Exchange {
  endpointId: string;
  maskedUrl: string;
  body: string;
  via: 'sandbox' | 'direct' | 'proxy';
  startedAt: number;
  result: SendResult;
  outcome: Outcome | null;
  explanation: ErrorExplanation | null;
}

/** A "Fetch all pages" run as shown in the response area. */
export interface Run {
  endpointId: string;
  startedAt: number;
  result: FetchAllResult;
  /** The exchange of the failing page, when the run stopped on an error. */
  failure: Exchange | null;
}

/** What a finished send or run hands to listeners (history): never the key, UserSig or full URL. */
export type SendRecord = {
  /** The request as composed when it went out. */
  snapshot: RequestSnapshot;
  /** The host it went to ("sandbox" for the in-page sandbox). */
  host: string;
  via: Exchange['via'];
} & ({ kind: 'single'; exchange: Exchange } | { kind: 'all'; run: Run; exchanges: Exchange[] });

type SendKit = typeof import('./send-kit');
let kitLoading: Promise<SendKit> | undefined;

/** The transports and friends, loaded once; call early to have them ready by the first send. */
export function loadSendKit(): Promise<SendKit> {
  kitLoading ??= import('./send-kit');
  return kitLoading;
}

let sandboxLoading: Promise<SandboxService> | undefined;

/** The page's sandbox: loaded on first use, one instance per page so its state (deletions, rate) holds. */
export function pageSandbox(): Promise<SandboxService> {
  sandboxLoading ??= import('../sandbox').then(({ SandboxService }) => new SandboxService());
  return sandboxLoading;
}

/** State and verbs of sending. */
export class Sender {
  busy = $state<'idle' | 'sending' | 'fetching'>('idle');
  last = $state.raw<Exchange | null>(null);
  run = $state.raw<Run | null>(null);
  progress = $state.raw<FetchProgress | null>(null);
  ratePerSecond = $state(20);
  /** Set by a send attempted while something blocks it, so the reasons show. */
  blockedAttempt = $state(false);

  #ws: Workspace;
  #listeners: ((record: SendRecord) => void)[] = [];
  #abort: AbortController | null = null;
  #now: () => number;
  #handler: (req: WireRequest, signal: AbortSignal) => Promise<WireResponse>;

  /** The next page can be built from the last answer. */
  canNext = $derived.by(() => {
    const json = this.last?.outcome?.ok ? this.last.outcome.json : null;
    // Only an answer of the endpoint now in the builder: its cursors mean nothing to another.
    if (!json || this.last?.endpointId !== this.#ws.draft.endpoint.id) return false;
    if (!this.#ws.draft.endpoint.pagination) return false;
    const page = readPage(this.#ws.draft.endpoint, json);
    return page.ok && !page.complete;
  });

  constructor(
    ws: Workspace,
    {
      now = Date.now,
      sandbox = async (req: WireRequest) => (await pageSandbox()).handle(req),
    }: {
      now?: () => number;
      sandbox?: (req: WireRequest, signal: AbortSignal) => Promise<WireResponse>;
    } = {},
  ) {
    this.#ws = ws;
    this.#now = now;
    this.#handler = sandbox;
  }

  /** Calls `listener` after every finished send and run; returns the function that stops it. */
  onRecord(listener: (record: SendRecord) => void): () => void {
    this.#listeners.push(listener);
    return () => {
      this.#listeners = this.#listeners.filter((l) => l !== listener);
    };
  }

  #emit(record: SendRecord): void {
    for (const l of this.#listeners) {
      try {
        l(record);
      } catch (err) {
        // A listener's bug must not break sending; report it where developers look.
        queueMicrotask(() => {
          throw err;
        });
      }
    }
  }

  #host(): string {
    return this.#ws.target.isSandbox
      ? 'sandbox'
      : (this.#ws.target.origin ?? '').replace(/^[a-z]+:\/\//, '');
  }

  get via(): Exchange['via'] {
    return this.#ws.target.isSandbox ? 'sandbox' : this.#ws.target.sendVia;
  }

  #wire(body: string): WireRequest | null {
    const ws = this.#ws;
    const origin = ws.target.isSandbox ? SANDBOX_ORIGIN : ws.target.origin;
    if (!origin) return null;
    const req = buildWireRequest({
      origin,
      path: ws.draft.endpoint.path,
      sdkAppId: ws.signer.sdkAppId.trim(),
      identifier: ws.signer.identifier,
      userSig: ws.signer.userSig,
      random: ws.random,
      body,
    });
    // A fresh random for every request that goes out.
    ws.rollRandom();
    return req;
  }

  async #transmit(kit: SendKit, req: WireRequest, signal: AbortSignal): Promise<SendResult> {
    const { sendDirect, sendToHandler, sendViaProxy } = kit;
    const options = { signal, timeoutMs: this.#ws.target.timeoutSeconds * 1000 };
    switch (this.via) {
      case 'sandbox':
        return sendToHandler(req, this.#handler, options);
      case 'proxy':
        return sendViaProxy(req, this.#ws.target.proxyBase, options);
      default:
        return sendDirect(req, options);
    }
  }

  #exchange(kit: SendKit, req: WireRequest, startedAt: number, result: SendResult): Exchange {
    const { parseOutcome, explainError } = kit;
    const outcome = result.ok ? parseOutcome(result.response.body, result.response.status) : null;
    const code = outcome?.ok ? outcome.ErrorCode : undefined;
    return {
      endpointId: this.#ws.draft.endpoint.id,
      maskedUrl: req.url.replace(/([?&]usersig=)[^&#]*/i, '$1(hidden)'),
      body: req.body,
      via: this.via,
      startedAt,
      result,
      outcome,
      explanation: code !== undefined && code !== 0 ? explainError(code) : null,
    };
  }

  /** Sends the request as it stands. */
  async send(): Promise<void> {
    if (this.busy !== 'idle') return;
    if (this.#ws.blockers.length > 0) {
      this.blockedAttempt = true;
      return;
    }
    this.blockedAttempt = false;
    const snapshot = this.#ws.snapshot();
    const host = this.#host();
    const req = this.#wire(this.#ws.draft.text);
    if (!req) return;
    const abort = new AbortController();
    this.#abort = abort;
    this.busy = 'sending';
    const startedAt = this.#now();
    try {
      const kit = await loadSendKit();
      const result = await this.#transmit(kit, req, abort.signal);
      const exchange = this.#exchange(kit, req, startedAt, result);
      this.last = exchange;
      this.run = null;
      this.#emit({ snapshot, host, via: exchange.via, kind: 'single', exchange });
    } finally {
      this.busy = 'idle';
      this.#abort = null;
    }
  }

  /** Stops the send or run in progress. */
  cancel(): void {
    this.#abort?.abort();
  }

  /** Copies the cursors from the last answer into the request ("Next page"). */
  nextPage(): string {
    const json = this.last?.outcome?.ok ? this.last.outcome.json : null;
    if (!json) return 'There is no answer to continue from.';
    if (this.last?.endpointId !== this.#ws.draft.endpoint.id) {
      return 'The last answer is from another endpoint: send this one first.';
    }
    const r = nextPageBodyText(this.#ws.draft.endpoint, this.#ws.draft.text, json);
    if (!r.ok) return r.message;
    this.#ws.draft.setText(r.text);
    return '';
  }

  /** Follows the cursors from the current request until the last page, at the client-side rate cap. */
  async fetchAll(): Promise<void> {
    if (this.busy !== 'idle') return;
    const ws = this.#ws;
    const desc = ws.draft.endpoint;
    const spec = paginationSpecFor(desc);
    const parse = ws.draft.check.parse;
    if (ws.blockers.length > 0 || !spec || !parse.ok || !isPlainObject(parse.value)) {
      this.blockedAttempt = ws.blockers.length > 0;
      return;
    }
    // The editor's text as it stands: page 1 goes out as Send would send it, and each next page
    // is that text with the cursors copied in, as Next page builds it.
    const firstBody = ws.draft.text;
    const snapshot = ws.snapshot();
    const host = this.#host();
    const via = this.via;
    const exchanges: Exchange[] = [];
    const abort = new AbortController();
    this.#abort = abort;
    this.busy = 'fetching';
    this.progress = { pages: 0, items: 0 };
    const startedAt = this.#now();
    let failure: Exchange | null = null;
    try {
      const kit = await loadSendKit();
      const result = await kit.fetchAllPages({
        spec,
        firstBody,
        ratePerSecond: this.ratePerSecond,
        signal: abort.signal,
        onProgress: (p) => (this.progress = p),
        sendPage: async (body, signal) => {
          const req = this.#wire(body);
          if (!req) throw new Error('There is nowhere to send the request.');
          const pageStartedAt = this.#now();
          const sent = await this.#transmit(kit, req, signal);
          const exchange = this.#exchange(kit, req, pageStartedAt, sent);
          this.last = exchange;
          exchanges.push(exchange);
          if (!sent.ok) {
            failure = exchange;
            if (sent.kind === 'cancelled') throw new DOMException('Cancelled', 'AbortError');
            throw new Error(`${sent.message} ${sent.hint}`);
          }
          if (!exchange.outcome?.ok) {
            failure = exchange;
            throw new Error(exchange.outcome?.message ?? 'The answer could not be read.');
          }
          if (exchange.explanation) failure = exchange;
          return exchange.outcome.json;
        },
      });
      const run: Run = {
        endpointId: desc.id,
        startedAt,
        result,
        failure: result.status === 'error' ? failure : null,
      };
      this.run = run;
      if (exchanges.length > 0) this.#emit({ snapshot, host, via, kind: 'all', run, exchanges });
    } finally {
      this.busy = 'idle';
      this.#abort = null;
    }
  }
}
