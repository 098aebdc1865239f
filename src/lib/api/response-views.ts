// How an endpoint's answer reads as a table: the items field and its columns, as data, so the
// response viewer stays generic. Cells are plain strings: nothing from an answer is ever HTML.
import { formatLocal, formatRelative } from '../time/format';
import { isPlainObject } from './validate';

/** One column of an item table. */
export interface ItemColumn {
  header: string;
  /** The cell's text for an item; `now` in Unix seconds. */
  cell: (item: Record<string, unknown>, now: number) => string;
}

/** A table view of an answer's items, and the answer fields worth showing beside it. */
export interface ItemView {
  itemsField: string;
  columns: readonly ItemColumn[];
  /** Answer fields shown as a summary list (cursors, flags). */
  summaryFields: readonly string[];
  /** Optional columns shown only when some item carries them. */
  optionalFields: readonly string[];
}

const text = (v: unknown): string =>
  v === undefined ? '' : typeof v === 'string' ? v : (JSON.stringify(v) ?? '');

/** MsgTime is the last message's Unix time in seconds (chat-rest-facts.md); 0 means none yet. */
function msgTime(v: unknown, now: number): string {
  if (typeof v !== 'number' || !Number.isFinite(v)) return text(v);
  if (v === 0) return '— (no message yet)';
  return `${formatLocal(v)} · ${formatRelative(v, now)}`;
}

const GET_LIST_VIEW: ItemView = {
  itemsField: 'SessionItem',
  columns: [
    {
      header: 'Type',
      cell: (i) => (i.Type === 1 ? 'One-to-one' : i.Type === 2 ? 'Group' : `Type ${text(i.Type)}`),
    },
    {
      header: 'Peer or group ID',
      cell: (i) => text(i.Type === 2 ? i.GroupId : (i.To_Account ?? i.GroupId)),
    },
    { header: 'Last message (MsgTime)', cell: (i, now) => msgTime(i.MsgTime, now) },
    {
      header: 'Pinned',
      cell: (i) => (i.TopFlag === 1 ? 'Pinned' : i.TopFlag === 0 ? '' : text(i.TopFlag)),
    },
  ],
  summaryFields: ['CompleteFlag', 'TimeStamp', 'StartIndex', 'TopTimeStamp', 'TopStartIndex'],
  optionalFields: ['StandardMark', 'CustomMark', 'ContactGroupId'],
};

const VIEWS: Readonly<Record<string, ItemView>> = { get_list: GET_LIST_VIEW };

/** The table view for an endpoint's answers, or null when it has none. */
export function itemViewFor(endpointId: string): ItemView | null {
  return VIEWS[endpointId] ?? null;
}

/** The items of an answer as table rows of strings, with the optional columns that occur. */
export function itemTable(
  view: ItemView,
  items: readonly unknown[],
  now: number,
): { headers: string[]; rows: string[][] } {
  const objects = items.filter(isPlainObject);
  const optional = view.optionalFields.filter((f) => objects.some((o) => f in o));
  return {
    headers: [...view.columns.map((c) => c.header), ...optional],
    rows: objects.map((o) => [
      ...view.columns.map((c) => c.cell(o, now)),
      ...optional.map((f) => text(o[f])),
    ]),
  };
}

/** The items array of an answer, or an empty list. */
export function itemsOf(view: ItemView, answer: unknown): unknown[] {
  if (!isPlainObject(answer)) return [];
  const v = answer[view.itemsField];
  return Array.isArray(v) ? v : [];
}
