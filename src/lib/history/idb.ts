// One readwrite (or readonly) IndexedDB transaction over an idb-keyval store, for the
// read-modify-write steps idb-keyval's own helpers cannot group (an entry AND the index AND
// the pruned entries, all or nothing). Requests are chained through callbacks, never through
// `await` of anything else: a transaction commits as soon as it has nothing pending.
import type { UseStore } from 'idb-keyval';

/** The requests a transaction body may make; `then` callbacks run inside the transaction. */
export interface Tx {
  get(key: string, then: (value: unknown) => void): void;
  /** Every key and value in the store. */
  getAll(then: (pairs: [IDBValidKey, unknown][]) => void): void;
  /** Every key in the store. */
  keys(then: (keys: IDBValidKey[]) => void): void;
  /** How many keys lie in `range` (counted by IndexedDB, nothing read). */
  count(range: IDBKeyRange, then: (n: number) => void): void;
  put(key: string, value: unknown): void;
  del(key: string): void;
}

/**
 * Runs `start` in one transaction and resolves with the value it passed to `finish` once the
 * transaction has committed; rejects with the transaction's error (a QuotaExceededError, say)
 * or with whatever a callback threw, after aborting, so nothing of a failed step is kept.
 */
export function transact<T>(
  useStore: UseStore,
  mode: IDBTransactionMode,
  start: (tx: Tx, finish: (value: T) => void) => void,
): Promise<T> {
  return useStore(
    mode,
    (store) =>
      new Promise<T>((resolve, reject) => {
        const transaction = store.transaction;
        let result: { value: T } | undefined;
        let thrown: { error: unknown } | undefined;
        const guard = (step: () => void) => {
          try {
            step();
          } catch (error) {
            thrown ??= { error };
            try {
              transaction.abort();
            } catch {
              // Already finished or aborting: the abort handler reports the first error.
            }
            reject(error);
          }
        };
        transaction.oncomplete = () => {
          if (result) resolve(result.value);
          else reject(new Error('A history transaction ended without a result.'));
        };
        transaction.onabort = () => {
          reject(
            thrown?.error ??
              transaction.error ??
              new DOMException('The history transaction was aborted.', 'AbortError'),
          );
        };
        const tx: Tx = {
          get(key, then) {
            const request = store.get(key);
            request.onsuccess = () => guard(() => then(request.result));
          },
          getAll(then) {
            const keys = store.getAllKeys();
            const values = store.getAll();
            // Requests in one transaction complete in order: keys are there when values are.
            values.onsuccess = () =>
              guard(() =>
                then(keys.result.map((key, i): [IDBValidKey, unknown] => [key, values.result[i]])),
              );
          },
          keys(then) {
            const request = store.getAllKeys();
            request.onsuccess = () => guard(() => then(request.result));
          },
          count(range, then) {
            const request = store.count(range);
            request.onsuccess = () => guard(() => then(request.result));
          },
          put(key, value) {
            store.put(value, key);
          },
          del(key) {
            store.delete(key);
          },
        };
        guard(() => start(tx, (value) => (result = { value })));
      }),
  );
}

/** True for the error a browser raises when the origin's storage quota is used up. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('name' in error)) return false;
  // Older Firefox named it NS_ERROR_DOM_QUOTA_REACHED.
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** A failure's message in words, for a failure value. */
export function describeError(error: unknown): string {
  if (error instanceof Error || error instanceof DOMException) {
    return error.name && error.message
      ? `${error.name}: ${error.message}`
      : error.message || error.name;
  }
  return String(error);
}
