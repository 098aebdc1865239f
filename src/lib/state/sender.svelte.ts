// Sending: one request, the next page, or every page; with a timeout, Cancel, and the answer
// parsed and explained. Which way a request goes (sandbox in the page, direct, proxy) is the
// Target's choice; the transports themselves live in lib/transport. Every request is the
// Workspace's exact request (buildExactRequest); "Fetch all pages" makes each page's from the
// same parts with its own body. The Sender keeps the state the Send bar shows; what a send does
// (send-run.ts) comes with the transports in the send kit, and the page's sandbox, both loaded
// on demand (lib/lazy): a failed download is reported beside Send and tried again on Retry.
import { msg, type Text } from '../i18n/message';
import type { RequestSnapshot } from '../api/types';
import { lazy, type LoadFailure, type LoadResult } from '../lazy/lazy';
import type { FetchProgress } from '../pagination';
import { DEFAULT_MAX_ITEMS, DEFAULT_MAX_PAGES } from '../pagination/limits';
import type { SendVia } from '../api/types';
import type { Exchange, Run } from '../response/exchange';
import type { PageSandbox } from '../sandbox/page';
import type { FlowPort, Handler } from './send-run';
import type { Workspace } from './workspace.svelte';

export type { Exchange, Run } from '../response/exchange';

/** What a finished send or run hands to listeners (history): never the key, UserSig or full URL. */
export type SendRecord = {
  /** The request as composed when it went out. */
  snapshot: RequestSnapshot;
  /** The host it went to ("sandbox" for the in-page sandbox). */
  host: string;
  via: Exchange['via'];
} & ({ kind: 'single'; exchange: Exchange } | { kind: 'all'; run: Run; exchanges: Exchange[] });

type SendKit = typeof import('./send-kit');

/** The host a request goes to as history names it ("sandbox" for the in-page sandbox). */
export function hostOf(ws: Workspace): string {
  return ws.target.isSandbox ? 'sandbox' : (ws.target.origin ?? '').replace(/^[a-z]+:\/\//, '');
}

/** The transports and friends, loaded on demand; the first send (or idle time) loads them. */
export const SEND_KIT = lazy(msg('core.part.sendKit'), () => import('./send-kit'));

/**
 * The page's sandbox: one instance per page, so its state (deletions, imports, groups, marks,
 * rate) holds; it keeps that state in IndexedDB across reloads (sandbox/page.ts).
 */
export const PAGE_SANDBOX = lazy(msg('core.part.sandbox'), () =>
  import('../sandbox/page').then(({ PageSandbox }): Promise<PageSandbox> => PageSandbox.open()),
);

/** The world a Sender depends on; every field has a default. */
export interface SenderWorld {
  now?: () => number;
  /** Answers sandbox requests; by default the page's sandbox (PAGE_SANDBOX). */
  sandbox?: Handler;
  loadKit?: () => Promise<LoadResult<SendKit>>;
}

/** State and verbs of sending. */
export class Sender {
  busy = $state<'idle' | 'sending' | 'fetching'>('idle');
  last = $state.raw<Exchange | null>(null);
  run = $state.raw<Run | null>(null);
  progress = $state.raw<FetchProgress | null>(null);
  ratePerSecond = $state(20);
  /** Fetch all pages stops after this many pages, or this many items (FetchAllLimits beside it). */
  maxPages = $state(DEFAULT_MAX_PAGES);
  maxItems = $state(DEFAULT_MAX_ITEMS);
  /** Set by a send attempted while something blocks it, so the reasons show. */
  blockedAttempt = $state(false);
  /** Why the last Next page or Fetch all pages did nothing, in a sentence; '' otherwise. */
  notice = $state<Text>('');
  /** What could not load for the last send or run; shown beside Send with a Retry. */
  get loadFailure(): LoadFailure | null {
    const failure = this.#loadFailure;
    // The form's edits that could not load may come in by a Retry under the editor: then Send no
    // longer has to say so (its own Retry would send at once).
    return failure !== null && failure === this.#editsFailure && this.#ws.draft.editsIn
      ? null
      : failure;
  }
  set loadFailure(failure: LoadFailure | null) {
    this.#loadFailure = failure;
  }
  #loadFailure = $state.raw<LoadFailure | null>(null);
  /** The form's edits' failure (a flow's report), told apart from the send kit's and the sandbox's. */
  #editsFailure: LoadFailure | null = null;

  #ws: Workspace;
  #listeners: ((record: SendRecord) => void)[] = [];
  #abort: AbortController | null = null;
  #now: () => number;
  #sandbox: Handler | null;
  #loadKit: () => Promise<LoadResult<SendKit>>;
  /** The send kit once loaded: it also reads answers' cursors (Next page, Fetch all). */
  #kit = $state.raw<SendKit | null>(null);
  /** The verb whose code could not load, for Retry. */
  #failedVerb: (() => Promise<void>) | null = null;

  /** The blockers the Send bar lists: "being signed" passes in a moment, so only after a try. */
  shownBlockers = $derived.by(() =>
    this.#ws.blockers.filter((b) => this.blockedAttempt || b.kind !== 'signing'),
  );

  /** The next page can be built from the last answer. */
  canNext = $derived.by(() => {
    const json = this.last?.outcome?.ok ? this.last.outcome.json : null;
    // Only an answer of the endpoint now in the builder: its cursors mean nothing to another.
    if (!json || this.last?.endpointId !== this.#ws.draft.endpoint.id) return false;
    // The kit reads the cursors: every answer came through it, so it has loaded by then.
    const kit = this.#kit;
    if (!this.#ws.draft.endpoint.pagination || !kit) return false;
    const page = kit.readPage(this.#ws.draft.endpoint, json);
    return page.ok && !page.complete;
  });

  constructor(
    ws: Workspace,
    { now = Date.now, sandbox, loadKit = SEND_KIT.load }: SenderWorld = {},
  ) {
    this.#ws = ws;
    this.#now = now;
    this.#sandbox = sandbox ?? null;
    this.#loadKit = () =>
      loadKit().then((r) => {
        if (r.ok) this.#kit = r.value;
        return r;
      });
  }

  /** Fetches what the first send needs ahead of it; a failure waits for that send to report it. */
  preload(): void {
    void this.#loadKit();
    if (!this.#sandbox) void PAGE_SANDBOX.load();
  }

  /** Tries again the send or run whose code could not load. */
  retry(): Promise<void> {
    const verb = this.#failedVerb ?? (() => this.send());
    return verb();
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

  /** How the next send goes: the sandbox, or the Target's choice for a real host (Auto among them). */
  get via(): 'sandbox' | SendVia {
    return this.#ws.target.isSandbox ? 'sandbox' : this.#ws.target.sendVia;
  }

  /**
   * Sends the request as it stands, the body byte for byte as typed: a body that does not parse
   * or lacks a field goes too, and the answer shows what the service says to it. Only what makes
   * a request impossible (Workspace.blockers) stops it, and the reasons show (sendFlow).
   */
  send(): Promise<void> {
    return this.#flow(
      'sending',
      () => this.send(),
      (kit, port) => kit.sendFlow(port),
    );
  }

  /**
   * Follows the cursors from the current request until the last page, at the client-side rate
   * cap; a body that does not parse is the one thing it refuses, saying so (fetchAllFlow).
   */
  fetchAll(): Promise<void> {
    return this.#flow(
      'fetching',
      () => this.fetchAll(),
      (kit, port) => kit.fetchAllFlow(port),
    );
  }

  /**
   * A send or run: its code first (the send kit, which the page loads when idle), busy meanwhile
   * and cancellable; then the kit's flow, which waits for the signing and the form's edits,
   * checks the blockers and sends. Code that could not load is reported beside Send, with the
   * verb for Retry; nothing typed changes.
   */
  async #flow(
    busy: 'sending' | 'fetching',
    verb: () => Promise<void>,
    flow: (kit: SendKit, port: FlowPort) => Promise<void>,
  ): Promise<void> {
    if (this.busy !== 'idle') return;
    const abort = new AbortController();
    this.#abort = abort;
    this.busy = busy;
    let kit: LoadResult<SendKit>;
    try {
      kit = await this.#loadKit();
    } finally {
      this.busy = 'idle';
      this.#abort = null;
    }
    if (!kit.ok) {
      this.loadFailure = kit.failure;
      this.#failedVerb = verb;
      return;
    }
    // Cancelled while the code was loading: nothing went out.
    if (abort.signal.aborted) return;
    await flow(kit.value, {
      ws: this.#ws,
      sender: this,
      kit: kit.value,
      now: this.#now,
      sandbox: this.#sandbox,
      emit: (record) => this.#emit(record),
      setAbort: (a) => (this.#abort = a),
      report: (failure, edits = false) => {
        this.loadFailure = failure;
        if (edits) this.#editsFailure = failure;
        this.#failedVerb = failure ? verb : null;
      },
    });
  }

  /** Stops the send or run in progress. */
  cancel(): void {
    this.#abort?.abort();
  }

  /**
   * Copies the cursors from the last answer into the request ("Next page"); returns why not, or
   * '' when done (also kept in `notice`, for the Send bar). Every answer came through the send
   * kit, which reads the cursors: without it there is no answer yet.
   */
  nextPage(): Text {
    const kit = this.#kit;
    this.notice = kit ? kit.nextPageNotice(this.#ws, this.last) : msg('answer.np.noAnswer');
    return this.notice;
  }
}
