// The cells the endpoints' answer tables share (the *.views.ts files and response-views.ts).
// Cells are plain strings: nothing from an answer is ever HTML.
import { explainError } from '../../errors/codes';
import { isPlainObject } from '../../json/value';
import { formatLocal, formatRelative } from '../../time/format';
import type { ItemColumn } from '../response-views';
import { STANDARD_MARK_BITS } from './mark-contact';

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

/**
 * A per-item ResultCode (ResultItem, GroupResultItem, ContactResultItem, account_check) with
 * what it means: "0 · success", "51009 · The conversation group does not exist."
 */
export function resultCodeCell(v: unknown): string {
  if (typeof v !== 'number' || !Number.isInteger(v)) return cellText(v);
  if (v === 0) return '0 · success';
  const e = explainError(v);
  return e.known ? `${v} · ${e.meaning}` : `${v} · not in this tool's catalogue: see ResultInfo`;
}

/** A conversation object ({Type, To_Account} or {Type, ToGroupId}) in words: "One-to-one · bob". */
export function conversationCell(v: unknown): string {
  if (!isPlainObject(v)) return cellText(v);
  const peer = v['Type'] === 2 ? (v['ToGroupId'] ?? v['GroupId']) : v['To_Account'];
  return `${conversationTypeCell(v)} · ${cellText(peer)}`;
}

/**
 * StandardMark's bit string with its bits named, bit 0 rightmost (the sandbox's reading, which
 * fits the pages' samples; the pages do not say): "1001 · star, hide"; app bits as "bit 35".
 */
export function standardMarkCell(v: unknown): string {
  if (typeof v !== 'string' || !/^[01]{1,64}$/.test(v)) return cellText(v);
  const names: string[] = [];
  for (let bit = 0; bit < v.length; bit++) {
    if (v[v.length - 1 - bit] !== '1') continue;
    names.push(STANDARD_MARK_BITS.find((b) => b.bit === bit)?.name ?? `bit ${bit}`);
  }
  return names.length > 0 ? `${v} · ${names.join(', ')}` : `${v} · none`;
}

/** ContactGroupId's numbers, with the groups' names when they are known: "Work (1), 7". */
export function groupIdsCell(v: unknown, names: ReadonlyMap<number, string> | null): string {
  if (!Array.isArray(v)) return cellText(v);
  return v
    .map((id) => {
      const name = typeof id === 'number' ? names?.get(id) : undefined;
      return name === undefined ? cellText(id) : `${name} (${id})`;
    })
    .join(', ');
}

/** A coded value with its words: `2 · remove`; a value without words as it came. */
export function codeCell(v: unknown, words: Readonly<Record<number, string>>): string {
  return typeof v === 'number' && words[v] !== undefined ? `${v} · ${words[v]}` : cellText(v);
}

/** A per-item ResultCode explained, sorted by its number, and a filter by its values. */
export const RESULT_CODE_COLUMN: ItemColumn = {
  header: 'ResultCode',
  cell: (i) => resultCodeCell(i['ResultCode']),
  sortKey: (i) => numberOrText(i['ResultCode']),
  facet: { blank: '(none)' },
};

/**
 * The columns every per-conversation result has (create's ResultItem, update's
 * ContactResultItem, mark's ResultItem): the conversation, its ResultCode explained, ResultInfo.
 */
export const RESULT_COLUMNS: readonly ItemColumn[] = [
  {
    header: 'Conversation (ContactItem)',
    cell: (i) => conversationCell(i['ContactItem']),
    identity: true,
  },
  RESULT_CODE_COLUMN,
  { header: 'ResultInfo', cell: (i) => cellText(i['ResultInfo']) },
];
