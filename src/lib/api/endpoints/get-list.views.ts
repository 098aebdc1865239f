// get_list's answer as a table: SessionItem, one conversation a row, with the cursors and
// CompleteFlag beside it; with AssistFlags 63 its marks, the bits named and the groups by name
// when known; and each row offers to group or mark its conversation (create_contact_group,
// mark_contact) and a one-to-one row its unread count (get_c2c_unread_msg_num), prepared in the
// builder. Loaded with the response viewer (response-views.ts finds the file by its name), not
// with the first paint.
import { msg, type Text } from '../../i18n/message';
import type { EndpointViews, ItemView, RowAction, ViewContext } from '../response-views';
import { GET_C2C_UNREAD_MSG_NUM } from './c2c-unread';
import {
  cellText,
  conversationTypeCell,
  groupIdsCell,
  numberOrText,
  standardMarkCell,
  timeText,
} from './cells';
import { CREATE_CONTACT_GROUP } from './create-contact-group';
import { GET_LIST } from './get-list';
import { MARK_CONTACT } from './mark-contact';

/** MsgTime is the last message's Unix time in seconds (chat-rest-facts.md); 0 means none yet. */
function msgTimeCell(v: unknown, now: number): Text {
  if (typeof v !== 'number' || !Number.isFinite(v)) return cellText(v);
  return v === 0 ? msg('answer.cell.noMessage') : timeText(v, now);
}

/**
 * A SessionItem's conversation as the group and mark pages name one: get_list says GroupId where
 * they say ToGroupId. Null when the item names no conversation.
 */
function conversationOf(i: Record<string, unknown>): Record<string, unknown> | null {
  if (i['Type'] === 1 && typeof i['To_Account'] === 'string') {
    return { Type: 1, To_Account: i['To_Account'] };
  }
  if (i['Type'] === 2 && typeof i['GroupId'] === 'string') {
    return { Type: 2, ToGroupId: i['GroupId'] };
  }
  return null;
}

/**
 * "Group…" and "Mark…": the requests that put this conversation in a new group, or star it; and
 * a one-to-one row's "Unread…", its unread count.
 */
function rowActions(i: Record<string, unknown>, { account }: ViewContext): RowAction[] {
  const conversation = conversationOf(i);
  if (!conversation || !account) return [];
  // A one-to-one conversation's unread count, as the account sees it.
  const unread: RowAction[] =
    conversation['Type'] === 1
      ? [
          {
            label: msg('answer.row.unread'),
            name: msg('answer.row.unreadWith', { peer: cellText(conversation['To_Account']) }),
            prepare: {
              endpointId: GET_C2C_UNREAD_MSG_NUM.id,
              body: { To_Account: account, Peer_Account: [conversation['To_Account']] },
            },
          },
        ]
      : [];
  return [
    {
      label: msg('answer.row.group'),
      prepare: {
        endpointId: CREATE_CONTACT_GROUP.id,
        body: {
          From_Account: account,
          GroupContactItem: [{ GroupName: '', ContactItem: [conversation] }],
        },
      },
    },
    {
      label: msg('answer.row.mark'),
      prepare: {
        endpointId: MARK_CONTACT.id,
        body: {
          From_Account: account,
          MarkItem: [{ OptType: 1, ContactItem: conversation, SetMark: [0] }],
        },
      },
    },
    ...unread,
  ];
}

/** SessionItem as a table: one conversation a row. */
const SESSION_ITEM_VIEW: ItemView = {
  itemsField: 'SessionItem',
  columns: [
    { header: 'Type', cell: conversationTypeCell, facet: { blank: msg('answer.cell.none') } },
    {
      header: msg('answer.col.peerOrGroup'),
      cell: (i) => cellText(i.Type === 2 ? i.GroupId : (i.To_Account ?? i.GroupId)),
      identity: true,
    },
    {
      header: msg('answer.col.msgTime'),
      cell: (i, now) => msgTimeCell(i.MsgTime, now),
      sortKey: (i) => numberOrText(i.MsgTime),
    },
    {
      header: msg('answer.col.pinned'),
      cell: (i) =>
        i.TopFlag === 1 ? msg('answer.col.pinned') : i.TopFlag === 0 ? '' : cellText(i.TopFlag),
      facet: { blank: msg('answer.cell.notPinned') },
    },
    // With AssistFlags 63 (session-apis.md §10), only when some conversation has them.
    {
      header: 'StandardMark',
      whenPresent: 'StandardMark',
      cell: (i) => standardMarkCell(i.StandardMark),
    },
    { header: 'CustomMark', whenPresent: 'CustomMark', cell: (i) => cellText(i.CustomMark) },
    {
      header: 'ContactGroupId',
      whenPresent: 'ContactGroupId',
      cell: (i, _now, context) => groupIdsCell(i.ContactGroupId, context.groupNames),
    },
  ],
  summaryFields: ['CompleteFlag', 'TimeStamp', 'StartIndex', 'TopTimeStamp', 'TopStartIndex'],
  optionalFields: [],
  rowActions,
};

/** get_list's answer tables. */
export const VIEWS: EndpointViews = { endpointId: GET_LIST.id, views: [SESSION_ITEM_VIEW] };
