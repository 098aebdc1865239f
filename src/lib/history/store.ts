// The history store: entries in IndexedDB through idb-keyval, one key per entry plus one small
// summary index, so the panel lists 10,000 entries by reading one key and opens an entry by
// reading one more (monaco-notes.md: one key of 10,000 summaries reads in about 8 ms, while
// `values()` of 10,000 entries takes 200 ms).
//
// One object store holds (never rename these keys: existing histories use them):
//   'entry:<id>'  a HistoryEntry (v2; v1 read and upgraded)
//   'index'       a SummaryIndex (v1, by column, oldest first): a cache of the entries' summaries,
//                 rebuilt from them when missing or damaged
//   'settings'    { v: 1, maxUnstarred }
//
// Every change reads the index, changes it and writes it back with the entries inside ONE
// readwrite transaction. IndexedDB runs readwrite transactions on a store one after another,
// across connections and tabs too, so two tabs writing at once never lose each other's entries.
import { createStore, entries as idbEntries, get as idbGet } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import {
  changedMessage,
  channelName,
  defaultChannelFactory,
  parseChangedMessage,
  type ChannelFactory,
  type HistoryChannel,
} from './channel';
import { msg, type Msg } from '../i18n/message';
import { buildEntry } from './draft';
import type { HistoryDraft } from './draft';
import { parseEntry } from './entry';
import type { HistoryEntry } from './entry';
import { describeError, isQuotaError, transact, type Tx } from './idb';
import { sanitizeEntry } from './sanitize';
import {
  MAX_MAX_UNSTARRED,
  MIN_MAX_UNSTARRED,
  SETTINGS_VERSION,
  isValidMaxUnstarred,
  parseSettings,
  type HistorySettings,
} from './settings';
import {
  compareSummaries,
  summarize,
  summaryMatcher,
  type HistoryFilter,
  type HistorySummary,
} from './summary';
import { parseSummaryIndex, toSummaryIndex } from './summary-index';
import {
  makeExport,
  parseImportFile,
  type HistoryExport,
  type ImportFailure,
  type ImportRejection,
} from './transfer';

/** The IndexedDB database history lives in. Never change it: existing histories would vanish. */
export const HISTORY_DB_NAME = 'chat-rest-playground-history';
/** The object store inside it (idb-keyval's createStore makes it). Never change it either. */
export const HISTORY_STORE_NAME = 'history';
/** How many times `add` drops old entries and retries when storage is full (1, 2, 4, ... 32). */
export const MAX_QUOTA_RETRIES = 6;
/** How long openHistory waits for the database before calling history off. */
export const OPEN_TIMEOUT_MS = 5000;
/** Summaries per `list` call unless the caller says otherwise. */
export const DEFAULT_LIST_LIMIT = 50;

const ENTRY_PREFIX = 'entry:';
const INDEX_KEY = 'index';
const SETTINGS_KEY = 'settings';

/** The world a HistoryStore uses: its storage, clock, ids, channel and the secrets to scrub. */
export interface HistoryStoreOptions {
  /** An idb-keyval store: `createStore(dbName, HISTORY_STORE_NAME)`. */
  store: UseStore;
  /** The database `store` opens; it names the channel, so only tabs of one history talk. */
  dbName: string;
  now?: () => number;
  newId?: () => string;
  /** Makes the BroadcastChannel; return null for none. */
  channel?: ChannelFactory;
  /** The key and UserSig currently in use, removed verbatim from anything written. */
  secrets?: () => readonly string[];
}

/** Entries changed, in this tab (after a write resolved) or in another one. */
export interface HistoryChange {
  /** Added, changed or removed entries; empty when only the settings changed. */
  ids: readonly string[];
  origin: 'this-tab' | 'other-tab';
}

/** Called on every HistoryChange; re-list to show it. */
export type HistoryListener = (change: HistoryChange) => void;

/** Which window of the list to read: `offset` and `limit` count matching entries, newest first. */
export interface ListQuery {
  offset?: number;
  /** 50 unless given. */
  limit?: number;
  filter?: HistoryFilter;
}

/** One screen of the list, newest first, and how many match and are stored. */
export interface HistoryList {
  items: HistorySummary[];
  /** Entries matching the filter (all of them, not only this screen). */
  total: number;
  /** Entries stored. */
  stored: number;
  /** Entries stored that this version cannot read (damaged, or a newer version's): not listed. */
  unreadable: number;
  /** True when the list had to be rebuilt and storage was too full to save it (reads still work). */
  storageFull: boolean;
  offset: number;
  limit: number;
}

/**
 * The outcome of `add`. `pruned`: unstarred entries dropped to keep within the limit.
 * `droppedForQuota`: unstarred entries dropped because storage was full; tell the person.
 */
export type AddResult =
  | { ok: true; id: string; pruned: string[]; droppedForQuota: string[] }
  | { ok: false; code: 'quota' | 'storage'; message: Msg; droppedForQuota: string[] };

/** The outcome of `importFile`: counts, or why nothing was imported. */
export type ImportResult =
  | {
      ok: true;
      added: number;
      /** Already stored (same id or same content), or twice in the file. */
      skippedDuplicates: number;
      /** Unstarred entries beyond the limit: import never drops what is stored to make room. */
      skippedOverLimit: number;
      /** Entries of the file read from an older entry version. */
      upgraded: number;
      rejected: ImportRejection[];
    }
  | ImportFailure;

/** The outcome of `setMaxUnstarred`. */
export type SetLimitResult = { ok: true; pruned: string[] } | { ok: false; message: Msg };

/** The outcome of openHistory: a store, or why history is off (the rest of the app still works). */
export type OpenHistoryResult =
  | { ok: true; store: HistoryStore }
  | { ok: false; reason: 'unsupported' | 'unavailable'; message: Msg };

/** How openHistory reaches the platform; every field has the browser's default. */
export interface OpenHistoryOptions extends Omit<HistoryStoreOptions, 'store' | 'dbName'> {
  dbName?: string;
  /** The IndexedDB factory, or undefined where there is none. */
  indexedDB?: () => IDBFactory | undefined;
  /** idb-keyval's createStore. */
  createStore?: (dbName: string, storeName: string) => UseStore;
  timeoutMs?: number;
}

/** Opens history, or says why it is off: no IndexedDB, or a browser that refuses to open it. */
export async function openHistory(options: OpenHistoryOptions = {}): Promise<OpenHistoryResult> {
  const {
    dbName = HISTORY_DB_NAME,
    indexedDB = () => globalThis.indexedDB,
    createStore: makeStore = createStore,
    timeoutMs = OPEN_TIMEOUT_MS,
    ...rest
  } = options;
  let factory: IDBFactory | undefined;
  try {
    factory = indexedDB();
  } catch (error) {
    // Browsers throw a SecurityError on merely reading `indexedDB` where storage is blocked: in
    // another site's frame with third-party storage blocked, or by privacy settings.
    return {
      ok: false,
      reason: 'unsupported',
      message: msg('history.st.blocked', { cause: describeError(error) }),
    };
  }
  if (!factory) {
    return {
      ok: false,
      reason: 'unsupported',
      message: msg('history.st.noIdb'),
    };
  }
  let store: UseStore;
  try {
    store = makeStore(dbName, HISTORY_STORE_NAME);
    // Opening is lazy: read once, so a refusal (Firefox private windows before version 115,
    // storage blocked by settings) shows up now rather than on the first request.
    await withTimeout(idbGet<unknown>(SETTINGS_KEY, store), timeoutMs);
  } catch (error) {
    return {
      ok: false,
      reason: 'unavailable',
      message: isQuotaError(error)
        ? msg('history.st.full')
        : msg('history.st.refused', { cause: describeError(error) }),
    };
  }
  const opened = new HistoryStore({ ...rest, store, dbName });
  // The History panel's first screen then waits for none of the index's reading.
  opened.warm();
  return { ok: true, store: opened };
}

/** Request history over IndexedDB: add, list, open, star, remove, export and import entries. */
export class HistoryStore {
  readonly #store: UseStore;
  readonly #now: () => number;
  readonly #newId: () => string;
  readonly #secrets: () => readonly string[];
  readonly #channel: HistoryChannel | null;
  readonly #listeners = new Set<HistoryListener>();
  #closed = false;
  /**
   * The summaries as last read, kept while nothing has written: the panel lists, filters and
   * shows more without reading and rebuilding 10,000 summaries each time (about 40 ms with
   * the garbage they leave). Dropped around every write of this tab and on every change
   * message from another; kept only where such messages can arrive (a BroadcastChannel).
   * Shared, never mutated: `list` hands out these very objects.
   */
  #cached: Promise<Summaries> | null = null;

  constructor(options: HistoryStoreOptions) {
    this.#store = options.store;
    this.#now = options.now ?? Date.now;
    this.#newId = options.newId ?? randomId;
    this.#secrets = options.secrets ?? (() => []);
    this.#channel = (options.channel ?? defaultChannelFactory)(channelName(options.dbName));
    this.#channel?.addEventListener('message', (event) => {
      const ids = parseChangedMessage(event.data);
      if (ids) this.#cached = null;
      if (ids && !this.#closed) this.#emit({ ids, origin: 'other-tab' });
    });
  }

  /** Records a request; drops the oldest unstarred entries over the limit or when storage is full. */
  async add(draft: HistoryDraft): Promise<AddResult> {
    const entry = buildEntry(draft, {
      id: this.#newId(),
      time: this.#now(),
      secrets: this.#secrets(),
    });
    const summary = summarize(entry);
    const droppedForQuota: string[] = [];
    const failed = (code: 'quota' | 'storage', message: Msg): AddResult => {
      this.#changed(droppedForQuota);
      return { ok: false, code, message, droppedForQuota };
    };
    for (let attempt = 0; ; attempt++) {
      try {
        const pruned = await this.#write(entry, summary);
        this.#changed([entry.id, ...pruned, ...droppedForQuota]);
        return { ok: true, id: entry.id, pruned, droppedForQuota };
      } catch (error) {
        if (!isQuotaError(error)) {
          return failed('storage', msg('history.st.save', { cause: describeError(error) }));
        }
        if (attempt === MAX_QUOTA_RETRIES) {
          return failed('quota', msg('history.st.stillFull'));
        }
      }
      // Storage is full: drop more of the oldest unstarred entries on each try (1, 2, 4, ...).
      let dropped: string[];
      try {
        dropped = await this.#dropOldestUnstarred(2 ** attempt);
      } catch (error) {
        return failed('storage', msg('history.st.room', { cause: describeError(error) }));
      }
      if (dropped.length === 0) {
        return failed(
          'quota',
          (await this.#summaries()).summaries.length === 0
            ? msg('history.st.noRoom')
            : msg('history.st.starred'),
        );
      }
      droppedForQuota.push(...dropped);
    }
  }

  /** Summaries newest first, filtered; reads only the index, never bodies or responses. */
  async list(query: ListQuery = {}): Promise<HistoryList> {
    const offset = Math.max(0, Math.floor(query.offset ?? 0));
    const limit = Math.max(0, Math.floor(query.limit ?? DEFAULT_LIST_LIMIT));
    const { summaries, unreadable, storageFull } = await this.#summaries();
    const matches = summaryMatcher(query.filter ?? {});
    const items: HistorySummary[] = [];
    let total = 0;
    for (let i = summaries.length - 1; i >= 0; i--) {
      const summary = summaries[i];
      if (summary === undefined || !matches(summary)) continue;
      if (total >= offset && items.length < limit) items.push(summary);
      total++;
    }
    return { items, total, stored: summaries.length, unreadable, storageFull, offset, limit };
  }

  /** One full entry (upgraded to the current version), or null when it is gone or unreadable. */
  async get(id: string): Promise<HistoryEntry | null> {
    const raw = await idbGet<unknown>(entryKey(id), this.#store);
    if (raw === undefined) return null;
    const parsed = parseEntry(raw);
    return parsed.ok ? parsed.entry : null;
  }

  /** Removes an entry; false when there was none. */
  async remove(id: string): Promise<boolean> {
    const removed = await this.#deleting<boolean>((tx, saveIndex, finish) =>
      readState(tx, ({ summaries, rebuilt }) => {
        const kept = summaries.filter((s) => s.id !== id);
        tx.del(entryKey(id));
        if (kept.length !== summaries.length || rebuilt) saveIndex(kept);
        finish(kept.length !== summaries.length);
      }),
    );
    if (removed) this.#changed([id]);
    return removed;
  }

  /** Stars or unstars an entry (starred ones are never pruned); false when there is none. */
  async setStarred(id: string, on: boolean): Promise<boolean> {
    const found = await this.#readwrite<boolean>((tx, finish) =>
      readState(tx, ({ summaries }) =>
        tx.get(entryKey(id), (raw) => {
          const parsed = parseEntry(raw);
          if (!parsed.ok) return finish(false);
          // Written back in the current version: an upgraded v1 entry is stored as v2 from now on.
          const entry: HistoryEntry = { ...parsed.entry, starred: on };
          tx.put(entryKey(id), entry);
          tx.put(INDEX_KEY, toSummaryIndex(insertSummary(summaries, summarize(entry))));
          finish(true);
        }),
      ),
    );
    // Unstarring prunes nothing now: an entry does not vanish under the person's pointer; the
    // next add brings the count back within the limit.
    if (found) this.#changed([id]);
    return found;
  }

  /** Removes every entry (or every unstarred one); returns the ids removed. Settings stay. */
  async clear(options: { keepStarred?: boolean } = {}): Promise<string[]> {
    const keepStarred = options.keepStarred ?? false;
    const removed = await this.#deleting<string[]>((tx, saveIndex, finish) =>
      readState(tx, ({ summaries }) =>
        tx.keys((keys) => {
          const kept = keepStarred ? summaries.filter((s) => s.starred) : [];
          const keep = new Set(kept.map((s) => s.id));
          const ids: string[] = [];
          for (const key of keys) {
            const id = idOfKey(key);
            if (id === null || keep.has(id)) continue;
            tx.del(entryKey(id));
            ids.push(id);
          }
          saveIndex(kept);
          finish(ids);
        }),
      ),
    );
    if (removed.length > 0) this.#changed(removed);
    return removed;
  }

  /** History's settings (the defaults until someone changes them). */
  async getSettings(): Promise<HistorySettings> {
    return parseSettings(await idbGet<unknown>(SETTINGS_KEY, this.#store));
  }

  /** Sets how many unstarred entries are kept and drops the oldest ones over it at once. */
  async setMaxUnstarred(n: number): Promise<SetLimitResult> {
    if (!isValidMaxUnstarred(n)) {
      return {
        ok: false,
        message: msg('history.st.limit', { min: MIN_MAX_UNSTARRED, max: MAX_MAX_UNSTARRED }),
      };
    }
    let pruned: string[];
    try {
      pruned = await this.#readwrite<string[]>((tx, finish) =>
        readState(tx, ({ summaries, rebuilt }) => {
          const result = pruneUnstarred(summaries, n);
          const settings: HistorySettings = { v: SETTINGS_VERSION, maxUnstarred: n };
          tx.put(SETTINGS_KEY, settings);
          for (const id of result.pruned) tx.del(entryKey(id));
          if (result.pruned.length > 0 || rebuilt) tx.put(INDEX_KEY, toSummaryIndex(result.kept));
          finish(result.pruned);
        }),
      );
    } catch (error) {
      return { ok: false, message: msg('history.st.limitSave', { cause: describeError(error) }) };
    }
    // Announced even when nothing was pruned, so other tabs show the new limit.
    this.#changed(pruned, true);
    return { ok: true, pruned };
  }

  /** Every readable entry, oldest first, in a versioned export document (JSON.stringify it). */
  async exportAll(): Promise<HistoryExport> {
    const pairs = await idbEntries<IDBValidKey, unknown>(this.#store);
    const secrets = this.#secrets();
    const entries: HistoryEntry[] = [];
    for (const [key, value] of pairs) {
      if (idOfKey(key) === null) continue;
      const parsed = parseEntry(value);
      // Scrubbed again on the way out: an export file is the copy most likely to travel.
      if (parsed.ok) entries.push(sanitizeEntry(parsed.entry, secrets));
    }
    entries.sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return makeExport(entries, this.#now());
  }

  /**
   * Imports an export file's text in one transaction: all of it or, on a storage failure,
   * none of it. Duplicates are skipped; nothing stored is ever dropped to make room.
   */
  async importFile(text: string): Promise<ImportResult> {
    const parsed = parseImportFile(text, this.#secrets());
    if (!parsed.ok) return parsed;
    const candidates = parsed.entries
      .map((entry) => ({ entry, summary: summarize(entry) }))
      // Newest first, so when the limit leaves room for only some, the newest get it.
      .sort((a, b) => compareSummaries(b.summary, a.summary));
    let outcome: { added: string[]; duplicates: number; overLimit: number };
    try {
      outcome = await this.#readwrite((tx, finish) =>
        readState(tx, ({ summaries, settings, rebuilt }) => {
          const ids = new Set(summaries.map((s) => s.id));
          const hashes = new Set(summaries.map((s) => s.hash));
          let room = settings.maxUnstarred - summaries.filter((s) => !s.starred).length;
          const added: HistorySummary[] = [];
          let duplicates = 0;
          let overLimit = 0;
          for (const { entry, summary } of candidates) {
            if (ids.has(summary.id) || hashes.has(summary.hash)) {
              duplicates++;
              continue;
            }
            if (!summary.starred) {
              if (room <= 0) {
                overLimit++;
                continue;
              }
              room--;
            }
            ids.add(summary.id);
            hashes.add(summary.hash);
            added.push(summary);
            tx.put(entryKey(entry.id), entry);
          }
          if (added.length > 0 || rebuilt) {
            tx.put(INDEX_KEY, toSummaryIndex(mergeSummaries(summaries, added)));
          }
          finish({ added: added.map((s) => s.id), duplicates, overLimit });
        }),
      );
    } catch (error) {
      return isQuotaError(error)
        ? { ok: false, code: 'quota', message: msg('history.st.importFull') }
        : {
            ok: false,
            code: 'storage',
            message: msg('history.st.importFailed', { cause: describeError(error) }),
          };
    }
    if (outcome.added.length > 0) this.#changed(outcome.added);
    return {
      ok: true,
      added: outcome.added.length,
      skippedDuplicates: outcome.duplicates,
      skippedOverLimit: outcome.overLimit,
      upgraded: parsed.upgraded,
      rejected: parsed.rejected,
    };
  }

  /**
   * Writes many entries in one transaction, like idb-keyval's setMany, merging the index, with
   * no pruning: for seeding and benchmarks (see seedHistory), not for the app's own requests.
   */
  async bulkPut(entries: readonly HistoryEntry[]): Promise<void> {
    const secrets = this.#secrets();
    const clean = entries.map((entry) => sanitizeEntry(entry, secrets));
    const added = clean.map(summarize);
    await this.#readwrite<null>((tx, finish) =>
      readState(tx, ({ summaries }) => {
        for (const entry of clean) tx.put(entryKey(entry.id), entry);
        tx.put(INDEX_KEY, toSummaryIndex(mergeSummaries(summaries, added)));
        finish(null);
      }),
    );
    this.#changed(clean.map((entry) => entry.id));
  }

  /** Calls `listener` on every change, from this tab or another; returns the unsubscribe. */
  subscribe(listener: HistoryListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Stops listening to other tabs and closes the channel; the data stays. */
  close(): void {
    this.#closed = true;
    this.#listeners.clear();
    this.#channel?.close();
  }

  #write(entry: HistoryEntry, summary: HistorySummary): Promise<string[]> {
    return this.#readwrite<string[]>((tx, finish) =>
      readState(tx, ({ summaries, settings }) => {
        // The new entry is never the one pruned, even when another tab's clock says it is older.
        const { kept, pruned } = pruneUnstarred(
          insertSummary(summaries, summary),
          settings.maxUnstarred,
          entry.id,
        );
        tx.put(entryKey(entry.id), entry);
        for (const id of pruned) tx.del(entryKey(id));
        tx.put(INDEX_KEY, toSummaryIndex(kept));
        finish(pruned);
      }),
    );
  }

  #dropOldestUnstarred(count: number): Promise<string[]> {
    return this.#deleting<string[]>((tx, saveIndex, finish) =>
      readState(tx, ({ summaries }) => {
        const dropped: string[] = [];
        const kept: HistorySummary[] = [];
        for (const s of summaries) {
          if (dropped.length < count && !s.starred) dropped.push(s.id);
          else kept.push(s);
        }
        // Deletes first: they free the room the smaller index needs.
        for (const id of dropped) tx.del(entryKey(id));
        if (dropped.length > 0) saveIndex(kept);
        finish(dropped);
      }),
    );
  }

  // Runs a step that deletes entries and saves the smaller index through `saveIndex`. When
  // storage is too full even for that (writing the index still needs room), the step runs again
  // deleting the index instead: deleting needs no room, and the next read rebuilds the index
  // from the entries. So deleting always works, however full storage is.
  async #deleting<T>(
    step: (
      tx: Tx,
      saveIndex: (kept: readonly HistorySummary[]) => void,
      finish: (value: T) => void,
    ) => void,
  ): Promise<T> {
    const run = (room: boolean) =>
      this.#readwrite<T>((tx, finish) =>
        step(
          tx,
          (kept) => (room ? tx.put(INDEX_KEY, toSummaryIndex(kept)) : tx.del(INDEX_KEY)),
          finish,
        ),
      );
    try {
      return await run(true);
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      return run(false);
    }
  }

  /**
   * Reads the index once more ahead of the first `list` (the History panel's first screen),
   * so a person who opens the panel waits for none of it. Failures are left for `list`.
   */
  warm(): void {
    this.#summaries().catch(() => {});
  }

  // A readwrite transaction; the summaries read before it are forgotten before it starts and
  // again once it has ended (a read that overlapped it may hold the old index).
  async #readwrite<T>(start: (tx: Tx, finish: (value: T) => void) => void): Promise<T> {
    this.#cached = null;
    try {
      return await transact<T>(this.#store, 'readwrite', start);
    } finally {
      this.#cached = null;
    }
  }

  // The summaries as last read while nothing wrote (#cached), or read now.
  #summaries(): Promise<Summaries> {
    if (this.#cached) return this.#cached;
    const read = this.#readSummaries();
    if (this.#channel) {
      this.#cached = read;
      read.catch(() => {
        if (this.#cached === read) this.#cached = null;
      });
    }
    return read;
  }

  // The summaries and how many stored entries they leave out. Every write keeps the index and
  // the entries in step, so an entry without a summary is one that could not be read when the
  // index was last rebuilt (damaged, or a newer version's): counted, never fatal to the rest.
  async #readSummaries(): Promise<Summaries> {
    const counted = (summaries: HistorySummary[], entries: number, storageFull = false) => ({
      summaries,
      unreadable: Math.max(0, entries - summaries.length),
      storageFull,
    });
    const read = await transact<{ raw: unknown; entries: number }>(
      this.#store,
      'readonly',
      (tx, finish) =>
        tx.get(INDEX_KEY, (raw) => tx.count(entryKeys(), (entries) => finish({ raw, entries }))),
    );
    const summaries = parseSummaryIndex(read.raw);
    if (summaries) return counted(summaries, read.entries);
    // No readable index (a new or older database): rebuild it from the entries, once.
    const rebuild = (mode: IDBTransactionMode) =>
      transact<{ summaries: HistorySummary[]; entries: number }>(this.#store, mode, (tx, finish) =>
        readState(tx, (state) => {
          if (state.rebuilt && mode === 'readwrite') {
            tx.put(INDEX_KEY, toSummaryIndex(state.summaries));
          }
          tx.count(entryKeys(), (entries) => finish({ summaries: state.summaries, entries }));
        }),
      );
    try {
      const r = await rebuild('readwrite');
      return counted(r.summaries, r.entries);
    } catch (error) {
      // The index is a cache: when it cannot be saved (storage full, say), reading goes on
      // without it. A bug in this code is not a storage failure, and throws.
      if (!(error instanceof DOMException)) throw error;
      const r = await rebuild('readonly');
      return counted(r.summaries, r.entries, isQuotaError(error));
    }
  }

  #changed(ids: readonly string[], always = false): void {
    if (this.#closed || (ids.length === 0 && !always)) return;
    this.#channel?.postMessage(changedMessage(ids));
    this.#emit({ ids, origin: 'this-tab' });
  }

  #emit(change: HistoryChange): void {
    for (const listener of this.#listeners) {
      try {
        listener(change);
      } catch (error) {
        // A broken listener must not turn a saved entry into a failed add: report it apart.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}

/** What the index holds, as #summaries reads it. */
interface Summaries {
  summaries: HistorySummary[];
  unreadable: number;
  storageFull: boolean;
}

interface State {
  summaries: HistorySummary[];
  settings: HistorySettings;
  /** True when the index was missing or unreadable and was rebuilt from the entries. */
  rebuilt: boolean;
}

// Reads the settings and the index inside the caller's transaction; an index that is missing,
// of another version or damaged is rebuilt from the entries in the same transaction.
function readState(tx: Tx, then: (state: State) => void): void {
  tx.get(SETTINGS_KEY, (rawSettings) => {
    const settings = parseSettings(rawSettings);
    tx.get(INDEX_KEY, (rawIndex) => {
      const summaries = parseSummaryIndex(rawIndex);
      if (summaries) return then({ summaries, settings, rebuilt: false });
      tx.getAll((pairs) => {
        const rebuiltSummaries: HistorySummary[] = [];
        for (const [key, value] of pairs) {
          if (idOfKey(key) === null) continue;
          const parsed = parseEntry(value);
          // An entry this version cannot read (a newer tab wrote it) stays stored, unlisted.
          if (parsed.ok) rebuiltSummaries.push(summarize(parsed.entry));
        }
        then({ summaries: rebuiltSummaries.sort(compareSummaries), settings, rebuilt: true });
      });
    });
  });
}

function entryKey(id: string): string {
  return ENTRY_PREFIX + id;
}

// Every 'entry:<id>' key: from the prefix up to the next string after all of them (';' follows ':').
function entryKeys(keyRange: typeof IDBKeyRange = globalThis.IDBKeyRange): IDBKeyRange {
  return keyRange.bound(ENTRY_PREFIX, 'entry;', false, true);
}

function idOfKey(key: IDBValidKey): string | null {
  return typeof key === 'string' && key.startsWith(ENTRY_PREFIX)
    ? key.slice(ENTRY_PREFIX.length)
    : null;
}

function insertSummary(summaries: readonly HistorySummary[], summary: HistorySummary) {
  const out = summaries.filter((s) => s.id !== summary.id);
  // Binary search: new entries almost always land at the end, but imports and clocks vary.
  let lo = 0;
  let hi = out.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = out[mid];
    if (at !== undefined && compareSummaries(at, summary) <= 0) lo = mid + 1;
    else hi = mid;
  }
  out.splice(lo, 0, summary);
  return out;
}

function mergeSummaries(summaries: readonly HistorySummary[], added: readonly HistorySummary[]) {
  const ids = new Set(added.map((s) => s.id));
  return [...summaries.filter((s) => !ids.has(s.id)), ...added].sort(compareSummaries);
}

// Drops the oldest unstarred summaries over `max`; starred ones never count and never go.
function pruneUnstarred(
  summaries: HistorySummary[],
  max: number,
  keepId?: string,
): { kept: HistorySummary[]; pruned: string[] } {
  let excess = summaries.reduce((n, s) => (s.starred ? n : n + 1), 0) - max;
  if (excess <= 0) return { kept: summaries, pruned: [] };
  const kept: HistorySummary[] = [];
  const pruned: string[] = [];
  for (const s of summaries) {
    if (excess > 0 && !s.starred && s.id !== keepId) {
      pruned.push(s.id);
      excess--;
    } else kept.push(s);
  }
  return { kept, pruned };
}

// crypto.randomUUID exists only in secure contexts; getRandomValues also works over plain http.
function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
