// v4/recentcontact/search_contact_group ("Searching for Conversation Group Marks"): its fields,
// docs and error codes; its answer's tables are in search-contact-group.views.ts beside it. Names
// and words are those of the English page (trtc.io/document/53442), session-apis.md §6.
import { msg } from '../../i18n/message';
import type { EndpointDescription } from '../types';
import { CONTACT_ITEM_FIELDS, CONVERSATION_GROUP_ERRORS, userIdField } from './shared';

/** Up to 300 conversations per call, each answered with its marks and groups. */
export const SEARCH_CONTACT_GROUP: EndpointDescription = {
  id: 'search_contact_group', // never change: history and share links store it
  path: 'v4/recentcontact/search_contact_group',
  title: 'Searching for Conversation Group Marks',
  summary: msg('fields.sum.search_contact_group'),
  rateLimit: 200, // "Maximum call frequency: 200 calls per second"
  fields: [
    userIdField('From_Account', msg('fields.search.From_Account')),
    {
      name: 'ContactItem',
      type: 'object[]',
      required: true,
      minItems: 1,
      maxItems: 300,
      fields: CONTACT_ITEM_FIELDS,
      description: msg('fields.search.ContactItem'),
    },
  ],
  errors: [...CONVERSATION_GROUP_ERRORS],
  groupDirectory: 'GroupItem',
};
