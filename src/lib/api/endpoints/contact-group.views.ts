// get_contact_group's answer as tables: ContactItem (the paged conversations) and GroupItem (the
// user's groups), with CompleteFlag and NextStartIndex beside them. Loaded with the response
// viewer (response-views.ts finds the file by its name), not with the first paint.
import { msg } from '../../i18n/message';
import type { EndpointViews, ItemColumn, ItemView } from '../response-views';
import {
  cellText,
  conversationTypeCell,
  groupIdsCell,
  numberOrText,
  standardMarkCell,
  unixTimeCell,
} from './cells';
import { GET_CONTACT_GROUP } from './contact-group';

/** The mark columns, shown when some item has marks: the standard bits named, the custom mark. */
export const MARK_COLUMNS: readonly ItemColumn[] = [
  {
    header: 'StandardMark',
    whenPresent: 'StandardMark',
    cell: (i) => standardMarkCell(i.StandardMark),
  },
  { header: 'CustomMark', whenPresent: 'CustomMark', cell: (i) => cellText(i.CustomMark) },
];

/**
 * A conversation's group and mark data as columns (get_contact_group's ContactItem,
 * search_contact_group's ContactResultItem). It spells a group's peer ToGroupId (capital I),
 * unlike delete's ToGroupid.
 */
export const CONTACT_DATA_COLUMNS: readonly ItemColumn[] = [
  { header: 'Type', cell: conversationTypeCell, facet: { blank: msg('answer.cell.none') } },
  {
    header: msg('answer.col.peerOrGroup'),
    cell: (i) => cellText(i.Type === 2 ? i.ToGroupId : i.To_Account),
    identity: true,
  },
  {
    header: msg('answer.col.groups'),
    // By name where GroupItem (this answer's, or the sandbox's) says which is which.
    cell: (i, _now, context) => groupIdsCell(i.ContactGroupId, context.groupNames),
  },
  {
    header: msg('answer.col.updated'),
    cell: (i, now) => unixTimeCell(i.Timestamp, now),
    sortKey: (i) => numberOrText(i.Timestamp),
  },
  ...MARK_COLUMNS,
];

/** ContactItem as a table. */
const CONTACT_ITEM_VIEW: ItemView = {
  itemsField: 'ContactItem',
  columns: CONTACT_DATA_COLUMNS,
  summaryFields: ['CompleteFlag', 'NextStartIndex'],
  optionalFields: [],
};

/** GroupItem: the user's conversation groups, the names ContactGroupId's numbers point to. */
const GROUP_ITEM_VIEW: ItemView = {
  itemsField: 'GroupItem',
  columns: [
    { header: 'GroupId', cell: (i) => cellText(i.GroupId), identity: true },
    { header: 'GroupName', cell: (i) => cellText(i.GroupName) },
  ],
  summaryFields: [],
  optionalFields: [],
  keyFields: ['GroupId'],
};

/** The answer tables, the main one first. */
export const VIEWS: EndpointViews = {
  endpointId: GET_CONTACT_GROUP.id,
  views: [CONTACT_ITEM_VIEW, GROUP_ITEM_VIEW],
};
