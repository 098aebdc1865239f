// Request history's state and verbs: every finished send (Sender.onRecord) is written to
// IndexedDB, and the History panel lists, filters, opens, stars, deletes, exports and imports.
// The store's code (lib/history and idb-keyval) comes only through import(): at idle time after
// start (so another tab's writes show up here), on the first send, or when the panel opens. It
// never weighs on the first paint: everything but the state itself, the panel's sentences and
// the filter's reading included, lives with the store's code.
import { msg, type Msg, type Text } from '../i18n/message';
import type {
  HistoryChange,
  HistoryEntry,
  HistoryFilterInput,
  HistoryNotice,
  HistoryStore,
  HistorySummary,
  OpenHistoryOptions,
  ReadFilterResult,
} from '../history';
import { whenIdle } from '../lazy/idle';
import { lazy, type LoadFailure, type LoadResult } from '../lazy/lazy';
import type { SendRecord, Sender } from './sender.svelte';
import type { Workspace } from './workspace.svelte';

type HistoryLib = typeof import('../history');

/** History once open: its store and the code around it. */
interface Opened {
  store: HistoryStore;
  lib: HistoryLib;
}

/** The history code, loaded on demand; a failed load (a flaky network) is tried again next time. */
export const HISTORY_LIB = lazy(msg('core.part.history'), () => import('../history'));

/** What an export hands the page to save. */
export interface HistoryFile {
  name: string;
  text: string;
  count: number;
}

/** The world the model uses; every field has the browser's default. */
export interface HistoryModelOptions {
  load?: () => Promise<LoadResult<HistoryLib>>;
  /** Passed to openHistory (tests give a database name or a missing IndexedDB). */
  open?: Omit<OpenHistoryOptions, 'secrets'>;
  /** Schedules the idle-time opening; tests pass a no-op to open on demand. */
  idle?: (task: () => void) => void;
  now?: () => number;
}

const EMPTY_FILTER: HistoryFilterInput = {
  text: '',
  fromAccount: '',
  errorCode: '',
  host: '',
  starredOnly: false,
};
const NO_FILTER: ReadFilterResult = { ok: true, filter: {}, active: false };

/** How many of the newest entries the recent sends show (the History view has the rest). */
export const RECENT_COUNT = 20;

/** State and verbs of request history. */
export class HistoryModel {
  /** The history code once loaded: state, so the filter reads the inputs from then on. */
  #lib = $state.raw<HistoryLib | null>(null);
  /** `idle` until history is first needed; `off` where the browser will not store it. */
  status = $state<'idle' | 'opening' | 'on' | 'off'>('idle');
  /** Why history is off, in a sentence. */
  offReason = $state<Text>('');
  /** Set when history is off because its code could not load: Retry loads it again. */
  loadFailure = $state.raw<LoadFailure | null>(null);
  /** Sends of this tab that history could not keep. */
  unsaved = $state(0);
  /** The panel has been opened: from then on the list follows every change. */
  shown = $state(false);
  /** The list has been read at least once. */
  listed = $state(false);
  /** The entries shown, newest first. */
  items = $state.raw<HistorySummary[]>([]);
  /** Entries matching the filter; `stored`: all entries. */
  total = $state(0);
  stored = $state(0);
  /** Entries stored that could not be read (damaged, or a newer version's): not listed. */
  unreadable = $state(0);
  /** Storage is full: history cannot keep new requests until room is made (sending works). */
  storageFull = $state(false);
  /** Why the list could not be read the first time (instead of "Opening history…"); '' otherwise. */
  readError = $state<Text>('');
  filterInput = $state<HistoryFilterInput>({ ...EMPTY_FILTER });
  /** The filter the inputs mean (everything until the history code has loaded). */
  filter = $derived(this.#lib?.readFilterInput(this.filterInput) ?? NO_FILTER);
  hasMore = $derived(this.items.length < this.total);
  /** How many unstarred entries are kept; null until read. */
  maxUnstarred = $state<number | null>(null);
  notice = $state.raw<HistoryNotice | null>(null);
  /**
   * The recent sends beside the request: the newest entries, whatever the History view's filter.
   * Read while `recentShown`, again after every change.
   */
  recent = $state.raw<HistorySummary[]>([]);
  recentShown = $state(false);
  /** The recent sends have been read at least once. */
  recentListed = $state(false);
  /** The entry whose details are open, and that entry once read. */
  openId = $state<string | null>(null);
  openEntry = $state.raw<HistoryEntry | null>(null);

  #ws: Workspace;
  #sender: Sender;
  #load: () => Promise<LoadResult<HistoryLib>>;
  #openOptions: Omit<OpenHistoryOptions, 'secrets'>;
  #now: () => number;
  #opened: Opened | null = null;
  #opening: Promise<Opened | null> | null = null;
  /** Screens of entries shown: one, plus one per "Show more". */
  #screens = 1;
  #listSeq = 0;
  #recentSeq = 0;
  #lastRefresh: Promise<void> = Promise.resolve();
  #writing: Promise<void> = Promise.resolve();
  /** The key and UserSig of sends not written yet, scrubbed even if the signer changes first. */
  #pendingSecrets: string[][] = [];

  constructor(ws: Workspace, sender: Sender, options: HistoryModelOptions = {}) {
    this.#ws = ws;
    this.#sender = sender;
    this.#load = options.load ?? HISTORY_LIB.load;
    this.#openOptions = options.open ?? {};
    this.#now = options.now ?? Date.now;
    sender.onRecord((record) => this.record(record));
    (options.idle ?? whenIdle)(() => void this.#ready());
  }

  /** The panel opened: open history if needed and read the list. */
  show(): void {
    this.shown = true;
    void this.#ready().then((opened) => opened && this.refresh());
  }

  /** The recent sends are shown: open history if needed and read the newest entries. */
  showRecent(): void {
    this.recentShown = true;
    void this.#ready().then((opened) => opened && this.#listRecent());
  }

  /** The recent sends are hidden: they are no longer read after each change. */
  hideRecent(): void {
    this.recentShown = false;
  }

  /** Tries again to open history after its code could not load. */
  retry(): void {
    if (!this.loadFailure) return;
    // Each view that asked for history asks again (the History view by default).
    if (this.recentShown) this.showRecent();
    if (this.shown || !this.recentShown) this.show();
  }

  /** Resolves once every send recorded so far has been written (or given up on). */
  settled(): Promise<void> {
    return this.#writing;
  }

  /** Reads the list again: the first screens of the entries matching the filter. */
  refresh(): Promise<void> {
    this.#lastRefresh = this.#list();
    return this.#lastRefresh;
  }

  async #list(): Promise<void> {
    const opened = this.#opened;
    const filter = this.filter;
    // An ErrorCode that is not a number yet: keep the list as it is while the person types.
    if (!opened || !filter.ok) return;
    const seq = ++this.#listSeq;
    const limit = this.#screens * opened.lib.HISTORY_PAGE_SIZE;
    try {
      const list = await opened.store.list({ limit, filter: filter.filter });
      if (seq !== this.#listSeq) return;
      this.items = list.items;
      this.total = list.total;
      this.stored = list.stored;
      this.unreadable = list.unreadable;
      if (list.storageFull) this.storageFull = true;
      this.listed = true;
      this.readError = '';
    } catch (error) {
      if (seq !== this.#listSeq) return;
      this.#fail(msg('history.what.read'), error);
      if (!this.listed) this.readError = this.notice?.text ?? '';
    }
  }

  async #listRecent(): Promise<void> {
    const opened = this.#opened;
    if (!opened) return;
    const seq = ++this.#recentSeq;
    try {
      const list = await opened.store.list({ limit: RECENT_COUNT, filter: {} });
      if (seq !== this.#recentSeq) return;
      this.recent = list.items;
      this.recentListed = true;
    } catch (error) {
      this.#fail(msg('history.what.read'), error);
    }
  }

  /** Changes one filter input and lists again from the top. */
  setFilter<K extends keyof HistoryFilterInput>(field: K, value: HistoryFilterInput[K]): void {
    this.filterInput[field] = value;
    this.#screens = 1;
    void this.refresh();
  }

  /** Empties the filter. */
  resetFilter(): void {
    this.filterInput = { ...EMPTY_FILTER };
    this.#screens = 1;
    void this.refresh();
  }

  /** Shows the next screen of entries. */
  showMore(): Promise<void> {
    this.#screens++;
    return this.refresh();
  }

  /** Stars or unstars an entry: starred entries are never pruned. */
  setStarred(id: string, on: boolean): Promise<void> {
    return this.#act(msg('history.what.star'), async ({ store, lib }) => {
      if (!(await store.setStarred(id, on))) this.#gone(lib);
    });
  }

  /** Deletes one entry. */
  remove(id: string): Promise<void> {
    return this.#act(msg('history.what.delete'), async ({ store }) => {
      await store.remove(id);
      if (this.openId === id) this.closeDetails();
    });
  }

  /** How many entries are starred, for the Clear all question. */
  async countStarred(): Promise<number> {
    const store = this.#opened?.store;
    if (!store) return 0;
    try {
      return (await store.list({ limit: 0, filter: { starred: true } })).total;
    } catch {
      // Only the question's wording depends on it.
      return 0;
    }
  }

  /** Deletes every entry, or every unstarred one; the limit stays. */
  clear(keepStarred: boolean): Promise<void> {
    return this.#act(msg('history.what.clear'), async ({ store, lib }) => {
      const kept = keepStarred ? await this.countStarred() : 0;
      const removed = await store.clear({ keepStarred });
      // Room was made: the next send tries to save again (and says so if it still cannot).
      if (removed.length > 0) this.storageFull = false;
      this.closeDetails();
      this.notice = lib.noticeOfClear(removed.length, kept);
    });
  }

  /** Sets how many unstarred entries are kept; returns why not, or '' when done. */
  async setMaxUnstarred(n: number): Promise<Text> {
    const opened = await this.#ready();
    if (!opened) return this.offReason;
    const result = await opened.store.setMaxUnstarred(n);
    if (!result.ok) return result.message;
    this.maxUnstarred = n;
    this.notice = opened.lib.noticeOfLimit(n, result);
    return '';
  }

  /** Every entry as an export file's name and text; null when history is off or unreadable. */
  async exportAll(): Promise<HistoryFile | null> {
    const opened = await this.#ready();
    if (!opened) return null;
    try {
      const doc = await opened.store.exportAll();
      this.notice = opened.lib.noticeOfExport(doc.entries.length);
      return {
        name: opened.lib.exportFileName(this.#now()),
        text: JSON.stringify(doc, null, 2),
        count: doc.entries.length,
      };
    } catch (error) {
      this.#fail(msg('history.what.export'), error);
      return null;
    }
  }

  /** Imports an export file: duplicates skipped, bad entries rejected, nothing stored lost. */
  async importFile(file: Pick<File, 'name' | 'size' | 'text'>): Promise<void> {
    const opened = await this.#ready();
    if (!opened) return;
    const { store, lib } = opened;
    const refused = lib.checkImportSize(file.size);
    if (refused) {
      this.notice = lib.noticeOfRefusedFile(file.name, refused.message);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      this.#fail(msg('history.what.readFile', { file: file.name }), error);
      return;
    }
    this.notice = lib.noticeOfImport(await store.importFile(text), file.name, this.maxUnstarred);
  }

  /** Reads an entry (Compare reads two); null when it is gone or cannot be read, which the notice says. */
  async read(id: string): Promise<HistoryEntry | null> {
    const opened = await this.#ready();
    if (!opened) return null;
    let entry: HistoryEntry | null;
    try {
      entry = await opened.store.get(id);
    } catch (error) {
      this.#fail(msg('history.what.readEntry'), error);
      return null;
    }
    if (!entry) this.#gone(opened.lib);
    return entry;
  }

  /** Loads an entry's request into the builder; the entry, or null when it is gone. */
  async load(id: string): Promise<HistoryEntry | null> {
    const entry = await this.read(id);
    const lib = this.#lib;
    if (!entry || !lib) return null;
    const message = await this.#ws.open(lib.requestOf(entry));
    this.notice = message ? { tone: 'warn', text: message } : null;
    return entry;
  }

  /** Loads an entry and sends it again ("Fetch all pages" for a run); false when it is gone. */
  async resend(id: string): Promise<boolean> {
    const entry = await this.load(id);
    if (!entry) return false;
    // Loading may change the identifier or app, and signing is asynchronous: without waiting,
    // the send would carry the previous UserSig. A form the key is missing from stays unsigned,
    // and the Sender then lists what blocks it.
    await this.#ws.signer.sign();
    void (entry.kind === 'all-pages' ? this.#sender.fetchAll() : this.#sender.send());
    return true;
  }

  /** Opens an entry's details, or closes them when they are open. */
  async toggleDetails(id: string): Promise<void> {
    if (this.openId === id) {
      this.closeDetails();
      return;
    }
    this.openId = id;
    this.openEntry = null;
    await this.#readOpen();
  }

  /** Closes the details. */
  closeDetails(): void {
    this.openId = null;
    this.openEntry = null;
  }

  /** Hides the status line. */
  dismissNotice(): void {
    this.notice = null;
  }

  /**
   * Writes a finished send. A send that finished before this model was built (its code loads
   * on demand) comes with the time and the secrets to scrub read when it finished.
   */
  record(
    record: SendRecord,
    {
      recordedAt = this.#now(),
      secrets = [this.#ws.signer.key, this.#ws.signer.userSig],
    }: { recordedAt?: number; secrets?: string[] } = {},
  ): void {
    this.#pendingSecrets.push(secrets);
    // One write after another, in the order the sends finished.
    this.#writing = this.#writing
      // In a task of its own: a large answer's scrub and cap never add to the one that shows it.
      .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
      .then(() => this.#save(record, recordedAt))
      .catch((error: unknown) => {
        this.unsaved++;
        this.#fail(msg('history.what.save'), error);
      })
      .finally(() => {
        this.#pendingSecrets = this.#pendingSecrets.filter((s) => s !== secrets);
      });
  }

  async #save(record: SendRecord, recordedAt: number): Promise<void> {
    const opened = await this.#ready();
    if (!opened) {
      this.unsaved++;
      return;
    }
    const draft = opened.lib.draftFromSend(record, recordedAt);
    if (!draft) return;
    // The draft is built afresh from the record's plain parts (no $state proxy among them: the
    // snapshot copies the region), and the store builds its entry from it.
    const result = await opened.store.add(draft);
    if (!result.ok) this.unsaved++;
    this.storageFull = !result.ok && result.code === 'quota';
    const notice = opened.lib.noticeOfAdd(result);
    if (notice) this.notice = notice;
  }

  #secrets(): string[] {
    return [this.#ws.signer.key, this.#ws.signer.userSig, ...this.#pendingSecrets.flat()];
  }

  #ready(): Promise<Opened | null> {
    this.#opening ??= this.#open();
    return this.#opening;
  }

  async #open(): Promise<Opened | null> {
    this.status = 'opening';
    const loaded = await this.#load();
    if (!loaded.ok) {
      // Not for good: the next need of history (Retry, a send, the panel) loads it again.
      this.#opening = null;
      this.loadFailure = loaded.failure;
      return this.#off(msg('history.off.load', { cause: loaded.failure.cause }));
    }
    this.loadFailure = null;
    const lib = loaded.value;
    const result = await lib.openHistory({ ...this.#openOptions, secrets: () => this.#secrets() });
    if (!result.ok) return this.#off(result.message);
    const opened = { store: result.store, lib };
    this.#opened = opened;
    this.#lib = lib;
    result.store.subscribe((change) => this.#changed(change));
    await this.#readSettings();
    this.status = 'on';
    return opened;
  }

  #off(reason: Text): null {
    this.status = 'off';
    this.offReason = reason;
    return null;
  }

  async #readSettings(): Promise<void> {
    try {
      this.maxUnstarred = (await this.#opened?.store.getSettings())?.maxUnstarred ?? null;
    } catch {
      // The limit input stays empty until the settings can be read; the store uses its default.
    }
  }

  // Entries changed, here or in another tab: IndexedDB is the truth, so read it again.
  #changed(change: HistoryChange): void {
    if (change.origin === 'other-tab') void this.#readSettings();
    if (this.shown) void this.refresh();
    if (this.recentShown) void this.#listRecent();
    if (this.openId !== null && change.ids.includes(this.openId)) void this.#readOpen();
  }

  async #readOpen(): Promise<void> {
    const id = this.openId;
    const opened = await this.#ready();
    if (!opened || id === null) return;
    try {
      const entry = await opened.store.get(id);
      if (this.openId !== id) return;
      if (entry) this.openEntry = entry;
      else this.closeDetails();
    } catch (error) {
      this.#fail(msg('history.what.readEntry'), error);
    }
  }

  async #act(what: Msg, step: (opened: Opened) => Promise<void>): Promise<void> {
    const opened = await this.#ready();
    if (!opened) return;
    try {
      await step(opened);
      // The store announced the change before resolving, so the list is being read again:
      // wait for it, so the caller (moving focus after a delete, say) sees the new list.
      await this.#lastRefresh;
    } catch (error) {
      this.#fail(what, error);
    }
  }

  #gone(lib: HistoryLib): void {
    this.notice = lib.ENTRY_GONE;
    void this.refresh();
  }

  #fail(what: Msg, error: unknown): void {
    const lib = this.#lib;
    // The store's code words its own failures; it is loaded by the time any of its steps fails.
    const notice = lib?.noticeOfFailure(what, error) ?? {
      tone: 'error' as const,
      text: msg('history.failed', { what, why: messageOf(error) }),
    };
    if (lib?.isQuotaError(error)) this.storageFull = true;
    this.notice = notice;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
