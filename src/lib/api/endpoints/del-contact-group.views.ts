// del_contact_group's answer as a table: the groups deleted (GroupItem). Loaded with the response
// viewer, not with the first paint.
import { msg } from '../../i18n/message';
import type { EndpointViews } from '../response-views';
import { cellText } from './cells';
import { DEL_CONTACT_GROUP } from './del-contact-group';

/** The answer table. */
export const VIEWS: EndpointViews = {
  endpointId: DEL_CONTACT_GROUP.id,
  views: [
    {
      itemsField: 'GroupItem',
      columns: [
        { header: msg('answer.col.deleted'), cell: (i) => cellText(i.GroupName), identity: true },
        { header: 'GroupId', cell: (i) => cellText(i.GroupId) },
      ],
      summaryFields: [],
      optionalFields: [],
      keyFields: ['GroupId'],
    },
  ],
};
