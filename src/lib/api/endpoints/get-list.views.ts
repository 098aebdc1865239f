// get_list's answer as a table: SessionItem, one conversation a row, with the cursors and
// CompleteFlag beside it. Loaded with the response viewer (response-views.ts finds the file by
// its name), not with the first paint.
import type { EndpointViews, ItemView } from '../response-views';
import { GET_C2C_UNREAD_MSG_NUM } from './c2c-unread';
import { cellText, conversationTypeCell, numberOrText, timeText } from './cells';
import { GET_LIST } from './get-list';

/** MsgTime is the last message's Unix time in seconds (chat-rest-facts.md); 0 means none yet. */
function msgTimeCell(v: unknown, now: number): string {
  if (typeof v !== 'number' || !Number.isFinite(v)) return cellText(v);
  return v === 0 ? '— (no message yet)' : timeText(v, now);
}

/** SessionItem as a table: one conversation a row. */
const SESSION_ITEM_VIEW: ItemView = {
  itemsField: 'SessionItem',
  columns: [
    { header: 'Type', cell: conversationTypeCell, facet: { blank: '(none)' } },
    {
      header: 'Peer or group ID',
      cell: (i) => cellText(i.Type === 2 ? i.GroupId : (i.To_Account ?? i.GroupId)),
      identity: true,
    },
    {
      header: 'Last message (MsgTime)',
      cell: (i, now) => msgTimeCell(i.MsgTime, now),
      sortKey: (i) => numberOrText(i.MsgTime),
    },
    {
      header: 'Pinned',
      cell: (i) => (i.TopFlag === 1 ? 'Pinned' : i.TopFlag === 0 ? '' : cellText(i.TopFlag)),
      facet: { blank: 'Not pinned' },
    },
  ],
  summaryFields: ['CompleteFlag', 'TimeStamp', 'StartIndex', 'TopTimeStamp', 'TopStartIndex'],
  optionalFields: ['StandardMark', 'CustomMark', 'ContactGroupId'],
  actions: [
    {
      // A one-to-one row's unread count: the request loads into the builder, unsent.
      label: 'Unread…',
      name: (i) => `Unread count with ${cellText(i.To_Account)}`,
      offers: (i) => i.Type === 1 && typeof i.To_Account === 'string',
      request: (i, { fromAccount }) => ({
        endpointId: GET_C2C_UNREAD_MSG_NUM.id,
        body: { To_Account: fromAccount ?? '', Peer_Account: [i.To_Account] },
      }),
    },
  ],
};

/** get_list's answer tables. */
export const VIEWS: EndpointViews = { endpointId: GET_LIST.id, views: [SESSION_ITEM_VIEW] };
