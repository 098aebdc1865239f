// v4/recentcontact/create_contact_group ("Creating Conversation Group Data"): its fields and docs,
// error codes, and its answer's tables in create-contact-group.views.ts beside it. Names and
// words are those of the English page (trtc.io/document/53437; newest copy
// www-sg.tencentcloud.com/jp/…/53437, LU 2026-04-14), docs/reference/session-apis.md §2.
import { msg } from '../../i18n/message';
import type { EndpointDescription } from '../types';
import {
  CONTACT_ITEM_FIELDS,
  CONVERSATION_GROUP_ERRORS,
  groupNameField,
  userIdField,
} from './shared';

/**
 * One group per call (GroupContactItem holds exactly one); its conversations are optional on
 * the newest English page and required on the Chinese one, so ContactItem is optional here but
 * starts with one row, as both samples send.
 */
export const CREATE_CONTACT_GROUP: EndpointDescription = {
  id: 'create_contact_group', // never change: history and share links store it
  path: 'v4/recentcontact/create_contact_group',
  title: 'Creating Conversation Group Data',
  summary: msg('fields.sum.create_contact_group'),
  rateLimit: 200, // "Maximum call frequency: 200 calls per second"
  fields: [
    userIdField('From_Account', msg('fields.create.From_Account')),
    {
      name: 'GroupContactItem',
      type: 'object[]',
      required: true,
      minItems: 1,
      maxItems: 1, // "Only one conversation group can be created at a time."
      description: msg('fields.create.GroupContactItem'),
      fields: [
        groupNameField('GroupName', msg('fields.create.GroupName')),
        {
          name: 'ContactItem',
          type: 'object[]',
          required: false,
          maxItems: 100,
          default: [{ Type: 1, To_Account: '' }],
          fields: CONTACT_ITEM_FIELDS,
          description: msg('fields.create.ContactItem'),
        },
      ],
    },
  ],
  errors: [...CONVERSATION_GROUP_ERRORS],
};
