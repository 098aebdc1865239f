// The cells the endpoints' answer tables share (the *.views.ts files and response-views.ts).
// Cells are plain strings: nothing from an answer is ever HTML.
import { explainError } from '../../errors/codes';
import { msg, type MessageKey, type Text } from '../../i18n/message';
import { isPlainObject } from '../../json/value';
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
export function conversationTypeCell(item: Record<string, unknown>): Text {
  return item.Type === 1
    ? msg('answer.cell.oneToOne')
    : item.Type === 2
      ? msg('answer.cell.group')
      : msg('answer.cell.type', { type: cellText(item.Type) });
}

/** Unix seconds as local time and relative to `now` (both in seconds). */
export function timeText(seconds: number, now: number): Text {
  return msg('answer.cell.time', { at: seconds, now });
}

/** A positive Unix time in seconds as timeText; anything else as it came. */
export function unixTimeCell(v: unknown, now: number): Text {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? timeText(v, now) : cellText(v);
}

/**
 * A per-item ResultCode (ResultItem, GroupResultItem, ContactResultItem, account_check) with
 * what it means: "0 · success", "51009 · The conversation group does not exist."
 */
export function resultCodeCell(v: unknown): Text {
  if (typeof v !== 'number' || !Number.isInteger(v)) return cellText(v);
  if (v === 0) return msg('answer.cell.success');
  const e = explainError(v);
  return e.known
    ? msg('answer.cell.code', { code: v, meaning: e.meaning })
    : msg('answer.cell.uncatalogued', { code: v });
}

/** A conversation object ({Type, To_Account} or {Type, ToGroupId}) in words: "One-to-one · bob". */
export function conversationCell(v: unknown): Text {
  if (!isPlainObject(v)) return cellText(v);
  const peer = v['Type'] === 2 ? (v['ToGroupId'] ?? v['GroupId']) : v['To_Account'];
  return msg('answer.cell.pair', { first: conversationTypeCell(v), second: cellText(peer) });
}

/**
 * StandardMark's bit string with its bits named, bit 0 rightmost (the sandbox's reading, which
 * fits the pages' samples; the pages do not say): "1001 · star, hide"; app bits as "bit 35".
 */
export function standardMarkCell(v: unknown): Text {
  if (typeof v !== 'string' || !/^[01]{1,64}$/.test(v)) return cellText(v);
  const names: Text[] = [];
  for (let bit = 0; bit < v.length; bit++) {
    if (v[v.length - 1 - bit] !== '1') continue;
    const known = STANDARD_MARK_BITS.find((b) => b.bit === bit);
    names.push(
      known ? { key: `answer.mark.${known.name}` as MessageKey } : msg('answer.cell.bit', { bit }),
    );
  }
  return names.length > 0
    ? msg('answer.cell.marks', { bits: v, names })
    : msg('answer.cell.noMarks', { bits: v });
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
export function codeCell(v: unknown, words: Readonly<Record<number, Text>>): Text {
  const word = typeof v === 'number' ? words[v] : undefined;
  return word !== undefined
    ? msg('answer.cell.pair', { first: String(v), second: word })
    : cellText(v);
}

/** A per-item ResultCode explained, sorted by its number, and a filter by its values. */
export const RESULT_CODE_COLUMN: ItemColumn = {
  header: 'ResultCode',
  cell: (i) => resultCodeCell(i['ResultCode']),
  sortKey: (i) => numberOrText(i['ResultCode']),
  facet: { blank: msg('answer.cell.none') },
};

/**
 * The columns every per-conversation result has (create's ResultItem, update's
 * ContactResultItem, mark's ResultItem): the conversation, its ResultCode explained, ResultInfo.
 */
export const RESULT_COLUMNS: readonly ItemColumn[] = [
  {
    header: msg('answer.col.conversation'),
    cell: (i) => conversationCell(i['ContactItem']),
    identity: true,
  },
  RESULT_CODE_COLUMN,
  { header: 'ResultInfo', cell: (i) => cellText(i['ResultInfo']) },
];
