// get_contact_group's answer as tables: ContactItem (the paged conversations) and GroupItem (the
// user's groups), with CompleteFlag and NextStartIndex beside them. Loaded with the response
// viewer (response-views.ts finds the file by its name), not with the first paint.
import type { EndpointViews, ItemView } from '../response-views';
import { cellText, conversationTypeCell, numberOrText, unixTimeCell } from './cells';
import { GET_CONTACT_GROUP } from './contact-group';

/** ContactItem as a table. It spells a group's peer ToGroupId (capital I), unlike delete's ToGroupid. */
const CONTACT_ITEM_VIEW: ItemView = {
  itemsField: 'ContactItem',
  columns: [
    { header: 'Type', cell: conversationTypeCell, facet: { blank: '(none)' } },
    {
      header: 'Peer or group ID',
      cell: (i) => cellText(i.Type === 2 ? i.ToGroupId : i.To_Account),
      identity: true,
    },
    {
      header: 'Groups (ContactGroupId)',
      cell: (i) =>
        Array.isArray(i.ContactGroupId)
          ? i.ContactGroupId.map(cellText).join(', ')
          : cellText(i.ContactGroupId),
    },
    {
      header: 'Updated (Timestamp)',
      cell: (i, now) => unixTimeCell(i.Timestamp, now),
      sortKey: (i) => numberOrText(i.Timestamp),
    },
  ],
  summaryFields: ['CompleteFlag', 'NextStartIndex'],
  optionalFields: ['StandardMark', 'CustomMark'],
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
