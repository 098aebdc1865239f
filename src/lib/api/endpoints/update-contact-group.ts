// v4/recentcontact/update_contact_group ("Updating Conversation Group Data"): its fields, docs
// and error codes; its answer's tables are in update-contact-group.views.ts beside it. Names and
// words are those of the English page (trtc.io/document/53439), session-apis.md §3.
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
  summary: 'This API is used to rename a conversation group or add and remove its conversations.',
  rateLimit: 200, // "Maximum call frequency: 200 calls per second"
  fields: [
    userIdField('From_Account', 'UserID of the user whose conversation group to update'),
    {
      name: 'UpdateType',
      type: 'uint32',
      required: true,
      default: 1,
      enum: [1],
      enumLabels: ['Update one group'],
      description: 'Update type. Only 1: update the name or the conversations of one group.',
    },
    {
      name: 'UpdateGroup',
      type: 'object',
      required: true,
      description: 'The group to update and how.',
      fields: [
        {
          name: 'UpdateGroupType',
          type: 'uint32',
          required: true,
          default: 1,
          enum: [1, 2],
          enumLabels: ['Rename the group', 'Add or remove conversations'],
          description: 'Update type. 1: rename the group; 2: change its conversations',
        },
        groupNameField('OldGroupName', 'The name of the group to update'),
        {
          ...groupNameField('NewGroupName', 'The new name of the group'),
          required: false,
          requiredWhen: { field: 'UpdateGroupType', equals: 1 },
        },
        {
          name: 'ContactUpdateItem',
          type: 'object[]',
          required: false,
          requiredWhen: { field: 'UpdateGroupType', equals: 2 },
          minItems: 1,
          description: 'The conversations to add to the group or remove from it.',
          fields: [
            {
              name: 'ContactOptType',
              type: 'uint32',
              required: true,
              default: 1,
              enum: [1, 2],
              enumLabels: ['Add to the group', 'Remove from the group'],
              description: 'Operation. 1: add the conversation; 2: remove it',
            },
            contactItemField('The conversation to add or remove.'),
          ],
        },
      ],
    },
  ],
  errors: [...CONVERSATION_GROUP_ERRORS],
};
