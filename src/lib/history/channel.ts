// Tabs tell each other what changed over a BroadcastChannel, so an entry written in one tab
// appears in another without a reload. The message carries ids only: each tab reads the data
// itself from IndexedDB, the one source of truth.

/** What HistoryStore needs of a BroadcastChannel; a real one fits. */
export interface HistoryChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

/** Makes the channel for a name; null where there is none (history then works in one tab). */
export type ChannelFactory = (name: string) => HistoryChannel | null;

/** The channel message format; a message of another version is ignored. */
export const CHANNEL_MESSAGE_VERSION = 1;

/** The one message tabs send: these entries were added, changed or removed. */
export interface ChangedMessage {
  v: typeof CHANNEL_MESSAGE_VERSION;
  type: 'changed';
  ids: string[];
}

/** The platform's BroadcastChannel, where there is one. */
export const defaultChannelFactory: ChannelFactory = (name) =>
  typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;

/** The channel name for a database: tabs share changes only about the same history. */
export function channelName(dbName: string): string {
  return `${dbName}:changed`;
}

/** The message announcing changes to these entries. */
export function changedMessage(ids: readonly string[]): ChangedMessage {
  return { v: CHANNEL_MESSAGE_VERSION, type: 'changed', ids: [...ids] };
}

/** The ids of a `changed` message from another tab; null for anything else. */
export function parseChangedMessage(data: unknown): string[] | null {
  if (typeof data !== 'object' || data === null) return null;
  const o = data as Record<string, unknown>;
  if (o.v !== CHANNEL_MESSAGE_VERSION || o.type !== 'changed' || !Array.isArray(o.ids)) return null;
  const ids: unknown[] = o.ids;
  return ids.every((id): id is string => typeof id === 'string') ? ids : null;
}
