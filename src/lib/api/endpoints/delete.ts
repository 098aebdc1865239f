// v4/recentcontact/delete ("Deleting a conversation"): its fields and docs, error codes and the
// ClearRamble advice. It does not page, and its answer is the outcome fields only, so it has no
// table view. Names, types, required flags and words are those of the endpoint's English page
// (trtc.io/document/43088, also tencentcloud.com/document/product/1047/43088);
// chat-rest-facts.md ("Related endpoints in the same group") gives the two sample bodies and the
// casing `ToGroupid`.
import type { EndpointDescription } from '../types';
import type { BodyAdvisor } from '../body-rules';
import { RECENTCONTACT_ERRORS, userIdField } from './shared';

/** Advice for a delete body: ClearRamble 1 deletes the conversation's messages too. */
export const adviseDelete: BodyAdvisor = (body) =>
  body['ClearRamble'] === 1
    ? [
        {
          field: 'ClearRamble',
          kind: 'advice',
          message:
            'ClearRamble is 1: besides the conversation, its roaming (cloud-stored) messages are cleared for From_Account, which cannot be undone. Send 0 to delete only the conversation.',
        },
      ]
    : [];

/**
 * The page marks To_Account and ToGroupid "No" (optional) but says each is "assigned a value
 * only for" its conversation type, and its two samples send exactly one of them: so each is
 * required while Type has its value (requiredWhen), and the other does not apply.
 */
export const DELETE_CONVERSATION: EndpointDescription = {
  id: 'delete', // never change: history and share links store it
  path: 'v4/recentcontact/delete',
  title: 'Deleting a conversation',
  summary: 'This API is used to delete a conversation. It can also clear roaming messages.',
  rateLimit: 200, // "Maximum call frequency: 200 calls per second"
  fields: [
    userIdField('From_Account', 'UserID of the account for which to delete a conversation'),
    {
      name: 'Type',
      // "Integer" on the page; only 1 and 2 mean anything, so uint32 with an enum.
      type: 'uint32',
      required: true,
      default: 1, // the first sample deletes a one-to-one conversation
      enum: [1, 2],
      enumLabels: ['One-to-one conversation', 'Group conversation'],
      description: 'Conversation type. 1: One-to-one conversation; 2: Group conversation',
    },
    {
      name: 'To_Account',
      type: 'string',
      required: false,
      requiredWhen: { field: 'Type', equals: 1 },
      default: '',
      nonEmpty: true,
      description:
        'UserID of the other conversation participant, which will be assigned a value only for a one-to-one conversation',
    },
    {
      // Spelled with a lower-case "id", as the service spells it (both Tencent samples and
      // chat-rest-facts.md); get_contact_group's answers spell the same thing ToGroupId.
      name: 'ToGroupid',
      type: 'string',
      required: false,
      requiredWhen: { field: 'Type', equals: 2 },
      default: '',
      nonEmpty: true,
      description:
        'Group ID, which will be assigned a value only for a group conversation. Note the spelling: ToGroupid, with a lower-case "id".',
    },
    {
      name: 'ClearRamble',
      type: 'uint32',
      required: false,
      // Both samples send 1. The tool starts at 0 on purpose: 1 also deletes the conversation's
      // roaming (cloud-stored) messages for From_Account, which cannot be undone, so it should
      // be chosen, not inherited. The page does not say what an absent ClearRamble means.
      default: 0,
      enum: [0, 1],
      enumLabels: ['No', 'Yes, clear roaming messages'],
      description: 'Whether to clear roaming messages. 1: yes; 0: no',
    },
  ],
  // The page's own table, word for word as its English version gives it (the recentcontact
  // service's codes, the same as get_list's).
  errors: [...RECENTCONTACT_ERRORS],
  advise: adviseDelete,
};
