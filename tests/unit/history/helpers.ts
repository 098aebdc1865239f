// Shared fixtures for history tests: a fresh fake-indexeddb database per store, drafts of the
// usual outcomes, a storage that runs out of quota on demand, and a dump of every database.
import 'fake-indexeddb/auto';
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import {
  HISTORY_STORE_NAME,
  HistoryStore,
  responseOutcome,
  type HistoryDraft,
  type HistoryStoreOptions,
} from '../../../src/lib/history';

let dbCount = 0;

/** A database name no other test uses. */
export function freshDbName(): string {
  dbCount++;
  return `history-test-${dbCount}-${Math.random().toString(36).slice(2)}`;
}

/** A clock that moves one second per call, from 2023-11-14. */
export function steppingClock(start = 1_700_000_000_000): () => number {
  let t = start;
  return () => (t += 1000);
}

/** A store over a fresh database (or `dbName`), with a stepping clock, counted ids, no channel. */
export function makeStore(
  options: Partial<HistoryStoreOptions> & { idPrefix?: string } = {},
): HistoryStore {
  const { idPrefix = 'id', ...rest } = options;
  const dbName = rest.dbName ?? freshDbName();
  let n = 0;
  return new HistoryStore({
    now: steppingClock(),
    newId: () => `${idPrefix}-${String(++n).padStart(5, '0')}`,
    channel: () => null,
    ...rest,
    dbName,
    store: rest.store ?? createStore(dbName, HISTORY_STORE_NAME),
  });
}

/** A get_list body for an account. */
export function getListBody(from: string): string {
  return JSON.stringify({
    From_Account: from,
    TimeStamp: 0,
    StartIndex: 0,
    TopTimeStamp: 0,
    TopStartIndex: 0,
    AssistFlags: 15,
  });
}

const BASE = {
  region: { kind: 'region', id: 'singapore', backup: false },
  host: 'adminapisgp.im.qcloud.com',
  sdkAppId: '1400000001',
  identifier: 'administrator',
  endpoint: 'get_list',
  sentVia: 'direct',
} as const satisfies Partial<HistoryDraft>;

/** A successful get_list request. */
export function okDraft(from = 'alice', extra: Partial<HistoryDraft> = {}): HistoryDraft {
  const response = JSON.stringify({
    ActionStatus: 'OK',
    ErrorInfo: '',
    ErrorCode: 0,
    CompleteFlag: 1,
    SessionItem: [{ Type: 1, To_Account: 'bob', MsgTime: 1700000000, TopFlag: 0 }],
  });
  return {
    ...BASE,
    pages: [
      {
        body: getListBody(from),
        outcome: responseOutcome({ status: 200, body: response }, 120),
        response,
      },
    ],
    ...extra,
  };
}

/** A get_list request the server refused with `code`. */
export function errorDraft(code: number, info: string, from = 'alice'): HistoryDraft {
  const response = JSON.stringify({ ActionStatus: 'FAIL', ErrorInfo: info, ErrorCode: code });
  return {
    ...BASE,
    pages: [
      {
        body: getListBody(from),
        outcome: responseOutcome({ status: 200, body: response }, 80),
        response,
      },
    ],
  };
}

/** A request that never got an answer. */
export function transportDraft(from = 'alice'): HistoryDraft {
  return {
    ...BASE,
    host: 'console.tim.qq.com',
    region: { kind: 'region', id: 'china', backup: false },
    pages: [
      {
        body: getListBody(from),
        outcome: {
          kind: 'transport',
          failure: 'network',
          message: 'Failed to fetch',
          durationMs: 9,
        },
        response: '',
      },
    ],
  };
}

/**
 * Wraps a store so the next `failures` writes of an entry throw QuotaExceededError, as a
 * browser does when the origin's quota is used up; deleting and writing the index still work.
 */
export function quotaLimitedStore(base: UseStore): { store: UseStore; fail: (n: number) => void } {
  let failures = 0;
  const store: UseStore = (mode, callback) =>
    base(mode, (objectStore) =>
      callback(
        new Proxy(objectStore, {
          get(target, property) {
            if (property === 'put') {
              return (value: unknown, key?: IDBValidKey) => {
                if (failures > 0 && typeof key === 'string' && key.startsWith('entry:')) {
                  failures--;
                  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
                }
                return target.put(value, key);
              };
            }
            const value: unknown = Reflect.get(target, property, target);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        }),
      ),
    );
  return { store, fail: (n) => (failures = n) };
}

/**
 * Wraps a store so that, once `fill()` is called, every write throws QuotaExceededError (with
 * the empty message some browsers give it), as when other data fills the origin's quota;
 * reading and deleting still work, and `drain()` makes room again.
 */
export function fullStore(base: UseStore): {
  store: UseStore;
  fill: () => void;
  drain: () => void;
} {
  let full = false;
  const store: UseStore = (mode, callback) =>
    base(mode, (objectStore) =>
      callback(
        new Proxy(objectStore, {
          get(target, property) {
            if (full && (property === 'put' || property === 'add')) {
              return () => {
                throw new DOMException('', 'QuotaExceededError');
              };
            }
            const value: unknown = Reflect.get(target, property, target);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        }),
      ),
    );
  return { store, fill: () => (full = true), drain: () => (full = false) };
}

/** Every key and every string value in every fake IndexedDB database, one per line. */
export async function dumpAllDatabases(): Promise<string> {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) {
        strings.push(k);
        walk(v);
      }
    }
  };
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    const db = await promisifyRequest(indexedDB.open(name));
    for (const storeName of Array.from(db.objectStoreNames)) {
      const objectStore = db.transaction(storeName, 'readonly').objectStore(storeName);
      // Both requests before any await: a transaction commits once nothing is pending.
      walk(
        await Promise.all([
          promisifyRequest(objectStore.getAllKeys()),
          promisifyRequest(objectStore.getAll()),
        ]),
      );
    }
    db.close();
  }
  return strings.join('\n');
}
