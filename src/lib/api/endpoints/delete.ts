// v4/recentcontact/delete ("Deleting a conversation"): its fields and docs and error codes (its
// ClearRamble advice is in delete.advice.ts beside it). It does not page, and its answer is the
// outcome fields only, so it has no table view. Names, types, required flags and words are those
// of the endpoint's English page (trtc.io/document/43088, also
// tencentcloud.com/document/product/1047/43088); chat-rest-facts.md ("Related endpoints in the
// same group") gives the two sample bodies and the casing `ToGroupid`.
import { msg } from '../../i18n/message';
import type { EndpointDescription } from '../types';
import { RECENTCONTACT_ERRORS, userIdField } from './shared';

/**
 * The page marks To_Account and ToGroupid "No" (optional) but says each is "assigned a value
 * only for" its conversation type, and its two samples send exactly one of them: so each is
 * required while Type has its value (requiredWhen), and the other does not apply.
 */
export const DELETE_CONVERSATION: EndpointDescription = {
  id: 'delete', // never change: history and share links store it
  path: 'v4/recentcontact/delete',
  title: 'Deleting a conversation',
  summary: msg('fields.sum.delete'),
  rateLimit: 200, // "Maximum call frequency: 200 calls per second"
  fields: [
    userIdField('From_Account', msg('fields.delete.From_Account')),
    {
      name: 'Type',
      // "Integer" on the page; only 1 and 2 mean anything, so uint32 with an enum.
      type: 'uint32',
      required: true,
      default: 1, // the first sample deletes a one-to-one conversation
      enum: [1, 2],
      enumLabels: [msg('fields.delete.Type.1'), msg('fields.delete.Type.2')],
      description: msg('fields.delete.Type'),
    },
    {
      name: 'To_Account',
      type: 'string',
      required: false,
      requiredWhen: { field: 'Type', equals: 1 },
      default: '',
      nonEmpty: true,
      description: msg('fields.delete.To_Account'),
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
      description: msg('fields.delete.ToGroupid'),
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
      enumLabels: [msg('fields.delete.ClearRamble.0'), msg('fields.delete.ClearRamble.1')],
      description: msg('fields.delete.ClearRamble'),
    },
  ],
  // The page's own table, word for word as its English version gives it (the recentcontact
  // service's codes, the same as get_list's).
  errors: [...RECENTCONTACT_ERRORS],
};
