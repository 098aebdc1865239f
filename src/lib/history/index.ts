// Request history: what was sent, where, and what came back, kept in IndexedDB with no secret
// in it. The History panel uses openHistory and the HistoryStore it returns.
export * from './entry';
export * from './draft';
export * from './record';
export * from './notices';
export * from './query';
export * from './sanitize';
export * from './summary';
export * from './summary-index';
export * from './settings';
export * from './transfer';
export * from './channel';
export * from './store';
export { seedHistory, seedEntries } from './seed';
export { describeError, isQuotaError } from './idb';
