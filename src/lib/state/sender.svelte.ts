// Sending: one request, the next page, or every page; with a timeout, Cancel, and the answer
// parsed and explained. Which way a request goes (sandbox in the page, direct, proxy) is the
// Target's choice; the transports themselves live in lib/transport. Every request is the
// Workspace's exact request (buildExactRequest); "Fetch all pages" makes each page's from the
// same parts with its own body. The transports and the page's sandbox load on demand
// (lib/lazy): a failed download is reported beside Send and tried again on the next send.
import { isPlainObject } from '../json/value';
import { msg, type Text } from '../i18n/message';
import type { RequestSnapshot } from '../api/types';
import { lazy, type LoadFailure, type LoadResult } from '../lazy/lazy';
import type { FetchProgress } from '../pagination';
import { DEFAULT_MAX_ITEMS, DEFAULT_MAX_PAGES } from '../pagination/limits';
import type { SendVia } from '../api/types';
import type { Exchange, Run } from '../response/exchange';
import type { PageSandbox } from '../sandbox/page';
import type { Handler, Ready, SendPort } from './send-run';
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
  /** The failure #landEdits reported, told apart from the send kit's and the sandbox's. */
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

  // The code this send needs: the transports, and the page's sandbox when it goes there. A
  // failed download is kept to show beside Send (and the verb, for Retry); nothing typed changes.
  async #prepare(verb: () => Promise<void>): Promise<Ready | null> {
    const kit = await this.#loadKit();
    let handler = this.#sandbox;
    let failure = kit.ok ? null : kit.failure;
    if (!failure && !handler && this.via === 'sandbox') {
      const sandbox = await PAGE_SANDBOX.load();
      if (sandbox.ok) handler = (req) => sandbox.value.handle(req);
      else failure = sandbox.failure;
    }
    this.loadFailure = failure;
    this.#failedVerb = failure ? verb : null;
    return kit.ok && !failure ? { kit: kit.value, handler } : null;
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

  /** What the loaded code's send or run works with (send-run.ts). */
  #port(ready: Ready, signal: AbortSignal): SendPort {
    return {
      ws: this.#ws,
      sender: this,
      now: this.#now,
      ready,
      signal,
      emit: (record) => this.#emit(record),
    };
  }

  /**
   * Sends the request as it stands, the body byte for byte as typed: a body that does not parse
   * or lacks a field goes too, and the answer shows what the service says to it. Only what makes
   * a request impossible (Workspace.blockers) stops it, and the reasons show.
   */
  async send(): Promise<void> {
    if (this.busy !== 'idle') return;
    this.notice = '';
    await this.#waitForSigning('sending');
    if (!(await this.#landEdits('sending', () => this.send()))) return;
    // Pressing Send shows every field's errors beside it, touched or not (after the edits that
    // waited have landed: one that switched the endpoint started its body untouched).
    this.#ws.draft.touchAll();
    if (this.#ws.blockers.length > 0) {
      this.blockedAttempt = true;
      return;
    }
    this.blockedAttempt = false;
    if (!this.#ws.request) return;
    const abort = new AbortController();
    this.#abort = abort;
    this.busy = 'sending';
    try {
      const ready = await this.#prepare(() => this.send());
      // Cancelled while the code was loading: nothing went out.
      if (!ready || abort.signal.aborted) return;
      await ready.kit.sendOnce(this.#port(ready, abort.signal));
    } finally {
      this.busy = 'idle';
      this.#abort = null;
    }
  }

  /**
   * A send or run asked for while the UserSig is still being signed (its code loads after the
   * first paint) waits for it, busy meanwhile, instead of refusing; a sign that fails leaves its
   * blocker for the caller to report. A few rounds at most: each edit of the form signs again.
   */
  async #waitForSigning(busy: 'sending' | 'fetching'): Promise<void> {
    const signing = () => this.#ws.blockers.some((b) => b.kind === 'signing');
    if (!signing()) return;
    this.busy = busy;
    try {
      for (let round = 0; round < 3 && signing(); round++) await this.#ws.signer.settled();
    } finally {
      this.busy = 'idle';
    }
  }

  /**
   * Lands what was typed in the form before its editing code had loaded (RequestDraft.editsLanded),
   * so the request goes out as the form shows it; false, with the failure beside Send and the
   * verb for Retry, when that code could not load. Busy while it waits, as for the signing.
   */
  async #landEdits(busy: 'sending' | 'fetching', verb: () => Promise<void>): Promise<boolean> {
    const landing = this.#ws.draft.editsLanded();
    if (!landing) return true;
    this.busy = busy;
    try {
      const failure = await landing;
      this.loadFailure = failure;
      this.#editsFailure = failure;
      this.#failedVerb = failure ? verb : null;
      return failure === null;
    } finally {
      this.busy = 'idle';
    }
  }

  /** Stops the send or run in progress. */
  cancel(): void {
    this.#abort?.abort();
  }

  /**
   * Copies the cursors from the last answer into the request ("Next page"); returns why not, or
   * '' when done (also kept in `notice`, for the Send bar).
   */
  nextPage(): Text {
    this.notice = this.#nextPage();
    return this.notice;
  }

  #nextPage(): Text {
    const json = this.last?.outcome?.ok ? this.last.outcome.json : null;
    const kit = this.#kit;
    if (!json || !kit) return msg('answer.np.noAnswer');
    if (this.last?.endpointId !== this.#ws.draft.endpoint.id) return msg('answer.np.other');
    const r = kit.nextPageBodyText(this.#ws.draft.endpoint, this.#ws.draft.text, json);
    if (!r.ok) return r.message;
    this.#ws.draft.setText(r.text);
    return '';
  }

  /**
   * Follows the cursors from the current request until the last page, at the client-side rate
   * cap. Page 1 goes out as Send would send it, field errors and all (the run then stops at the
   * service's error). A body that does not parse is the one thing it refuses, saying so: each
   * next page is that body with the cursors written into it, and text that is not a JSON object
   * has nowhere to write them. Send sends such a body as typed.
   */
  async fetchAll(): Promise<void> {
    if (this.busy !== 'idle') return;
    const ws = this.#ws;
    this.notice = '';
    // The endpoint and body are read after the waits: they are what page 1 goes out with.
    await this.#waitForSigning('fetching');
    if (!(await this.#landEdits('fetching', () => this.fetchAll()))) return;
    ws.draft.touchAll();
    const desc = ws.draft.endpoint;
    const parse = ws.draft.check.parse;
    this.blockedAttempt = ws.blockers.length > 0;
    if (this.blockedAttempt || !desc.pagination) return;
    if (!parse.ok || !isPlainObject(parse.value)) {
      this.notice = msg(
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
      startedAt: this.#now(),
    };
    const abort = new AbortController();
    this.#abort = abort;
    this.busy = 'fetching';
    this.progress = { pages: 0, items: 0 };
    try {
      const ready = await this.#prepare(() => this.fetchAll());
      if (!ready || abort.signal.aborted) return;
      await ready.kit.fetchRun(this.#port(ready, abort.signal), start);
    } finally {
      this.busy = 'idle';
      this.#abort = null;
    }
  }
}
