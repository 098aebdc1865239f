// v4/recentcontact/update_contact_group ("Updating Conversation Group Data"): its fields, docs
// and error codes; its answer's tables are in update-contact-group.views.ts beside it. Names and
// words are those of the English page (trtc.io/document/53439), session-apis.md §3.
import { msg } from '../../i18n/message';
import type { EndpointDescription } from '../types';
import { contactItemField, CONVERSATION_GROUP_ERRORS, groupNameField, userIdField } from './shared';

/**
 * Its two update kinds are UpdateGroupType 1 (rename: OldGroupName → NewGroupName) and 2
 * (members: OldGroupName names the group, ContactUpdateItem adds or removes conversations).
 * The newest English page marks UpdateGroup and its members optional, the older pages required;
 * a call without them changes nothing, so they are required here, and each kind's own field is
 * required while its kind is chosen (the page's two samples send exactly those).
 */
export const UPDATE_CONTACT_GROUP: EndpointDescription = {
  id: 'update_contact_group', // never change: history and share links store it
  path: 'v4/recentcontact/update_contact_group',
  title: 'Updating Conversation Group Data',
  summary: msg('fields.sum.update_contact_group'),
  rateLimit: 200, // "Maximum call frequency: 200 calls per second"
  fields: [
    userIdField('From_Account', msg('fields.update.From_Account')),
    {
      name: 'UpdateType',
      type: 'uint32',
      required: true,
      default: 1,
      enum: [1],
      enumLabels: [msg('fields.update.UpdateType.1')],
      description: msg('fields.update.UpdateType'),
    },
    {
      name: 'UpdateGroup',
      type: 'object',
      required: true,
      description: msg('fields.update.UpdateGroup'),
      fields: [
        {
          name: 'UpdateGroupType',
          type: 'uint32',
          required: true,
          default: 1,
          enum: [1, 2],
          enumLabels: [
            msg('fields.update.UpdateGroupType.1'),
            msg('fields.update.UpdateGroupType.2'),
          ],
          description: msg('fields.update.UpdateGroupType'),
        },
        groupNameField('OldGroupName', msg('fields.update.OldGroupName')),
        {
          ...groupNameField('NewGroupName', msg('fields.update.NewGroupName')),
          required: false,
          requiredWhen: { field: 'UpdateGroupType', equals: 1 },
        },
        {
          name: 'ContactUpdateItem',
          type: 'object[]',
          required: false,
          requiredWhen: { field: 'UpdateGroupType', equals: 2 },
          minItems: 1,
          description: msg('fields.update.ContactUpdateItem'),
          fields: [
            {
              name: 'ContactOptType',
              type: 'uint32',
              required: true,
              default: 1,
              enum: [1, 2],
              enumLabels: [
                msg('fields.update.ContactOptType.1'),
                msg('fields.update.ContactOptType.2'),
              ],
              description: msg('fields.update.ContactOptType'),
            },
            contactItemField(msg('fields.update.ContactItem')),
          ],
        },
      ],
    },
  ],
  errors: [...CONVERSATION_GROUP_ERRORS],
};
