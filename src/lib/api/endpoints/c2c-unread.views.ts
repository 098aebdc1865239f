// get_c2c_unread_msg_num's answer as tables: C2CUnreadMsgNumList and ErrorList, with the total
// (AllC2CUnreadMsgNum) beside them. Loaded with the response viewer (response-views.ts finds
// the file by its name), not with the first paint.
import { msg } from '../../i18n/message';
import type { EndpointViews, ItemView } from '../response-views';
import { cellText, numberOrText, resultCodeCell } from './cells';
import { GET_C2C_UNREAD_MSG_NUM } from './c2c-unread';

/** One count per peer asked for; the total (AllC2CUnreadMsgNum) comes instead when none is. */
const UNREAD_VIEW: ItemView = {
  itemsField: 'C2CUnreadMsgNumList',
  columns: [
    { header: msg('answer.col.peer'), cell: (i) => cellText(i.Peer_Account), identity: true },
    {
      header: msg('answer.col.unread'),
      cell: (i) => cellText(i.C2CUnreadMsgNum),
      sortKey: (i) => numberOrText(i.C2CUnreadMsgNum),
    },
  ],
  summaryFields: ['AllC2CUnreadMsgNum'],
  optionalFields: [],
  keyFields: ['Peer_Account'],
};

/** The peers whose count failed. */
const ERRORS_VIEW: ItemView = {
  itemsField: 'ErrorList',
  columns: [
    { header: msg('answer.col.peer'), cell: (i) => cellText(i.Peer_Account), identity: true },
    {
      header: 'ErrorCode',
      // The page documents one per-peer code: "70107 indicates that the account does not exist".
      cell: (i) =>
        i.ErrorCode === 70107 ? '70107 · the account does not exist' : resultCodeCell(i.ErrorCode),
      sortKey: (i) => numberOrText(i.ErrorCode),
    },
  ],
  summaryFields: [],
  optionalFields: [],
  keyFields: ['Peer_Account'],
};

/** The answer tables, the main one first. */
export const VIEWS: EndpointViews = {
  endpointId: GET_C2C_UNREAD_MSG_NUM.id,
  views: [UNREAD_VIEW, ERRORS_VIEW],
};
