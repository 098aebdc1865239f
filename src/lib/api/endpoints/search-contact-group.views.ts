// search_contact_group's answer as tables: each conversation asked about with its marks and
// groups (ContactResultItem), and the groups (GroupItem), as get_contact_group's answer shows
// them. Loaded with the response viewer, not with the first paint.
import type { EndpointViews } from '../response-views';
import { CONTACT_DATA_COLUMNS, VIEWS as CONTACT_GROUP_VIEWS } from './contact-group.views';
import { SEARCH_CONTACT_GROUP } from './search-contact-group';

/** The answer tables: the conversations first, then the same GroupItem as get_contact_group's. */
export const VIEWS: EndpointViews = {
  endpointId: SEARCH_CONTACT_GROUP.id,
  views: [
    {
      itemsField: 'ContactResultItem',
      columns: CONTACT_DATA_COLUMNS,
      summaryFields: [],
      optionalFields: [],
      // A conversation, as get_contact_group's pagination tells them apart.
      keyFields: ['Type', 'To_Account', 'ToGroupId'],
    },
    ...CONTACT_GROUP_VIEWS.views.filter((v) => v.itemsField === 'GroupItem'),
  ],
};
