// How an endpoint's answer reads as a table: the items field and its columns, as data, so the
// response viewer stays generic. Cells are plain strings: nothing from an answer is ever HTML.
import { formatLocal, formatRelative } from '../time/format';
import { isPlainObject } from '../json/value';

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

const typeCell = (i: Record<string, unknown>): string =>
  i.Type === 1 ? 'One-to-one' : i.Type === 2 ? 'Group' : `Type ${text(i.Type)}`;

/** A Unix time in seconds as local time and relative to now; anything else as it came. */
function unixTime(v: unknown, now: number): string {
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) return text(v);
  return `${formatLocal(v)} · ${formatRelative(v, now)}`;
}

// get_c2c_unread_msg_num (trtc.io/document/41046): one count per peer asked for; the total
// (AllC2CUnreadMsgNum) comes instead when no Peer_Account is sent.
const C2C_UNREAD_VIEW: ItemView = {
  itemsField: 'C2CUnreadMsgNumList',
  columns: [
    { header: 'Peer (Peer_Account)', cell: (i) => text(i.Peer_Account) },
    { header: 'Unread (C2CUnreadMsgNum)', cell: (i) => text(i.C2CUnreadMsgNum) },
  ],
  summaryFields: ['AllC2CUnreadMsgNum'],
  optionalFields: [],
};

const C2C_UNREAD_ERRORS_VIEW: ItemView = {
  itemsField: 'ErrorList',
  columns: [
    { header: 'Peer (Peer_Account)', cell: (i) => text(i.Peer_Account) },
    {
      header: 'ErrorCode',
      // The page documents one per-peer code: "70107 indicates that the account does not exist".
      cell: (i) =>
        i.ErrorCode === 70107 ? '70107 · the account does not exist' : text(i.ErrorCode),
    },
  ],
  summaryFields: [],
  optionalFields: [],
};

// get_contact_group (tencentcloud.com/document/product/1047/53440): ContactItem spells a group
// conversation's peer ToGroupId (capital I), unlike delete's ToGroupid.
const CONTACT_GROUP_VIEW: ItemView = {
  itemsField: 'ContactItem',
  columns: [
    { header: 'Type', cell: typeCell },
    { header: 'Peer or group ID', cell: (i) => text(i.Type === 2 ? i.ToGroupId : i.To_Account) },
    {
      header: 'Groups (ContactGroupId)',
      cell: (i) =>
        Array.isArray(i.ContactGroupId)
          ? i.ContactGroupId.map(text).join(', ')
          : text(i.ContactGroupId),
    },
    { header: 'Updated (Timestamp)', cell: (i, now) => unixTime(i.Timestamp, now) },
  ],
  summaryFields: ['CompleteFlag', 'NextStartIndex'],
  optionalFields: ['StandardMark', 'CustomMark'],
};

const CONTACT_GROUP_GROUPS_VIEW: ItemView = {
  itemsField: 'GroupItem',
  columns: [
    { header: 'GroupId', cell: (i) => text(i.GroupId) },
    { header: 'GroupName', cell: (i) => text(i.GroupName) },
  ],
  summaryFields: [],
  optionalFields: [],
};

// Per endpoint id, the main table first. delete answers the outcome fields only, and raw-mode
// ids have no view: the viewer shows the outcome and the raw JSON for them.
const VIEWS: Readonly<Record<string, readonly ItemView[]>> = {
  get_list: [GET_LIST_VIEW],
  get_c2c_unread_msg_num: [C2C_UNREAD_VIEW, C2C_UNREAD_ERRORS_VIEW],
  get_contact_group: [CONTACT_GROUP_VIEW, CONTACT_GROUP_GROUPS_VIEW],
};

/** The main table view for an endpoint's answers (its paged items, if it pages), or null when it has none. */
export function itemViewFor(endpointId: string): ItemView | null {
  return VIEWS[endpointId]?.[0] ?? null;
}

/** Every table view of an endpoint's answers, the main one first (empty when it has none). */
export function itemViewsFor(endpointId: string): readonly ItemView[] {
  return VIEWS[endpointId] ?? [];
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
