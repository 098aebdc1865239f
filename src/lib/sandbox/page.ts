// The page's own sandbox: one SandboxService for the tab, whose state is kept in IndexedDB (a
// store of its own, versioned by state.ts; the simulated app's data only, never a secret), so
// what a person made (an imported account, a group, a mark) is still there after a reload. It
// loads its saved state when opened, saves after every request that changed something, and
// goes back to the seed on Reset. `npm run sandbox` does not use this: it starts from the seed.
import { createStore, del, get, set } from 'idb-keyval';
import type { WireResponse } from '../api/wire';
import { msg, type Msg } from '../i18n/message';
import type { HmacImpl } from '../usersig';
import { SandboxService, type SandboxRequest } from './service';
import { parseSavedState, serializeState, type SavedSandboxV1 } from './state';
import { SandboxStore, seedState } from './store';

/** Where the page's sandbox keeps its state (IndexedDB by default; a stand-in in tests). */
export interface SandboxStateStorage {
  read(): Promise<unknown>;
  write(record: SavedSandboxV1): Promise<void>;
  clear(): Promise<void>;
}

/** The IndexedDB database and store of the sandbox's state: apart from history's. */
export const SANDBOX_DB = 'chat-rest-playground-sandbox';
const STATE_KEY = 'state';

/** The sandbox's state in IndexedDB, through idb-keyval (opened on first use). */
export function idbSandboxStorage(): SandboxStateStorage {
  const store = createStore(SANDBOX_DB, 'state');
  return {
    read: () => get(STATE_KEY, store),
    write: (record) => set(STATE_KEY, record, store),
    clear: () => del(STATE_KEY, store),
  };
}

/** What the sandbox holds, in numbers, for the summary beside the connection settings. */
export interface SandboxSummary {
  /** Imported UserIDs, the seed's accounts and their contacts included. */
  imported: number;
  /** The UserIDs imported since the seed, in the order they came. */
  importedSince: string[];
  /** Conversation groups over all accounts, and the accounts that have any. */
  groups: number;
  groupOwners: string[];
  /** Conversations with marks, over all accounts. */
  marked: number;
}

/** What the summary's sentence says (the tables word it: bench.sb.summary). */
export interface SummaryParams {
  imported: number;
  /** The first five accounts imported since the seed. */
  since: string[];
  /** How many more there are. */
  more: number;
  groups: number;
  owners: string[];
  marked: number;
}

/** The summary in a sentence, as the connection settings show it (the first five new accounts). */
export function summaryText(s: SandboxSummary): Msg {
  return msg('bench.sb.summary', {
    imported: s.imported,
    since: s.importedSince.slice(0, 5),
    more: Math.max(0, s.importedSince.length - 5),
    groups: s.groups,
    owners: s.groupOwners,
    marked: s.marked,
  });
}

/** What opening the page's sandbox depends on. */
export interface PageSandboxWorld {
  storage?: SandboxStateStorage;
  now?: () => number;
  hmac?: HmacImpl;
}

const failure = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The tab's sandbox: answers requests, keeps its state across reloads, resets to the seed. */
export class PageSandbox {
  readonly service: SandboxService;
  /** Why the saved state was not read or not saved (storage off, full, damaged); null when fine. */
  note: Msg | null;
  readonly #storage: SandboxStateStorage;
  readonly #listeners = new Set<() => void>();
  #seed: ReadonlySet<string> | null = null;

  private constructor(service: SandboxService, storage: SandboxStateStorage, note: Msg | null) {
    this.service = service;
    this.#storage = storage;
    this.note = note;
  }

  /** Opens the sandbox with its saved state, or the seed when there is none it can read. */
  static async open({
    storage = idbSandboxStorage(),
    now,
    hmac,
  }: PageSandboxWorld = {}): Promise<PageSandbox> {
    let store: SandboxStore | null = null;
    let note: Msg | null = null;
    try {
      const saved = await storage.read();
      if (saved !== undefined) {
        const read = parseSavedState(saved);
        if (read.ok) store = SandboxStore.fromState(read.state);
        else note = msg('bench.sbn.seed', { reason: read.reason });
      }
    } catch (e) {
      note = msg('bench.sbn.blocked', { cause: failure(e) });
    }
    const service = new SandboxService({
      store: store ?? new SandboxStore(),
      ...(now && { now }),
      ...(hmac && { hmac }),
    });
    return new PageSandbox(service, storage, note);
  }

  get store(): SandboxStore {
    return this.service.store;
  }

  /** Answers a request; when it changed the state, saves it before answering. */
  async handle(req: SandboxRequest): Promise<WireResponse> {
    const before = this.store.revision;
    const answer = await this.service.handle(req);
    if (this.store.revision !== before) {
      await this.#save();
      this.#changed();
    }
    return answer;
  }

  /** Back to the seed, and the saved state forgotten. */
  async reset(): Promise<void> {
    this.store.reset();
    try {
      await this.#storage.clear();
      this.note = null;
    } catch (e) {
      this.note = msg('bench.sbn.reset', { cause: failure(e) });
    }
    this.#changed();
  }

  /** Calls `listener` after every change of the state; returns the function that stops it. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The numbers the summary shows. */
  summary(): SandboxSummary {
    const store = this.store;
    this.#seed ??= seedState().imported;
    const seed = this.#seed;
    let groups = 0;
    let marked = 0;
    const groupOwners: string[] = [];
    for (const account of store.accountsWithData()) {
      const c = store.counts(account);
      groups += c.groups;
      marked += c.marked;
      if (c.groups > 0) groupOwners.push(account);
    }
    return {
      imported: store.importedCount,
      importedSince: store.importedSince(seed),
      groups,
      groupOwners,
      marked,
    };
  }

  async #save(): Promise<void> {
    try {
      await this.#storage.write(serializeState(this.store.state));
      this.note = null;
    } catch (e) {
      this.note = msg('bench.sbn.save', { cause: failure(e) });
    }
  }

  #changed(): void {
    for (const l of this.#listeners) l();
  }
}
