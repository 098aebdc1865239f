// v4/recentcontact/del_contact_group ("Deleting Conversation Group Data"): its fields, docs and
// error codes; its answer (the deleted groups) is in del-contact-group.views.ts beside it. Names
// and words are those of the English page (trtc.io/document/53441), session-apis.md §4.
import { msg } from '../../i18n/message';
import type { EndpointDescription } from '../types';
import { CONVERSATION_GROUP_ERRORS, userIdField } from './shared';

/** GroupName is an array that holds one name: "only one group can be deleted at a time". */
export const DEL_CONTACT_GROUP: EndpointDescription = {
  id: 'del_contact_group', // never change: history and share links store it
  path: 'v4/recentcontact/del_contact_group',
  title: 'Deleting Conversation Group Data',
  summary: msg('fields.sum.del_contact_group'),
  rateLimit: 200, // "Maximum call frequency: 200 calls per second"
  fields: [
    userIdField('From_Account', msg('fields.del.From_Account')),
    {
      name: 'GroupName',
      type: 'string[]',
      required: true,
      default: [],
      minItems: 1,
      maxItems: 1,
      maxBytes: 64,
      description: msg('fields.del.GroupName'),
    },
  ],
  errors: [...CONVERSATION_GROUP_ERRORS],
};
