// The cells the endpoints' answer tables share (the *.views.ts files and response-views.ts).
// Cells are plain strings: nothing from an answer is ever HTML.
import { formatLocal, formatRelative } from '../../time/format';

/** A value as a table cell: strings bare, anything else as JSON, nothing for absent. */
export function cellText(v: unknown): string {
  return v === undefined ? '' : typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
}

/** A value as a sort key: finite numbers as they are, strings as they are, anything else none. */
export function numberOrText(v: unknown): number | string | null {
  return (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string' ? v : null;
}

/** A conversation's Type in words: 1 one-to-one, 2 group (chat-rest-facts.md). */
export function conversationTypeCell(item: Record<string, unknown>): string {
  return item.Type === 1 ? 'One-to-one' : item.Type === 2 ? 'Group' : `Type ${cellText(item.Type)}`;
}

/** Unix seconds as local time and relative to `now` (both in seconds). */
export function timeText(seconds: number, now: number): string {
  return `${formatLocal(seconds)} · ${formatRelative(seconds, now)}`;
}

/** A positive Unix time in seconds as timeText; anything else as it came. */
export function unixTimeCell(v: unknown, now: number): string {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? timeText(v, now) : cellText(v);
}
