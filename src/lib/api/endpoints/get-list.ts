// v4/recentcontact/get_list ("Pulling a conversation list"), everything the playground knows
// about it: the fields and their docs, the error codes, the AssistFlags bit-mask widget and the
// paging. Its SessionItem table is in get-list.views.ts beside it, and its AssistFlags advice in
// get-list.advice.ts, which loads with the body's rules. The names, required flags and
// descriptions are those of the endpoint's documentation page (docs/reference/get_list-seed.txt); what the page
// leaves open is settled from chat-rest-facts.md, and each such choice says so.
import { msg, type Text } from '../../i18n/message';
import { ASSIST_FLAGS_PRESETS, ASSIST_FLAG_BITS } from '../assist-flags';
import type { EndpointDescription, FieldDescription } from '../types';
import { RECENTCONTACT_ERRORS, userIdField } from './shared-first';

/** A get_list cursor: a uint32 the answer hands back under the same name. */
const cursor = (name: string, description: Text): FieldDescription => ({
  name,
  type: 'uint32',
  required: true,
  default: 0,
  cursorFrom: name,
  description,
});

/**
 * The page types the four cursors and AssistFlags as "Integer". They are uint32 here: the
 * cursors are Unix times in seconds and indexes the server hands back (the sample response
 * sends 1631012800 and 0), and AssistFlags is a bit mask, so none is ever negative.
 */
export const GET_LIST: EndpointDescription = {
  id: 'get_list', // never change: history and share links store it
  path: 'v4/recentcontact/get_list',
  title: 'Pulling a conversation list',
  summary: msg('fields.sum.get_list'),
  rateLimit: 200, // "Maximum call frequency: 200 calls per second"
  fields: [
    userIdField('From_Account', msg('fields.getList.From_Account')),
    cursor('TimeStamp', msg('fields.getList.TimeStamp')),
    cursor('StartIndex', msg('fields.getList.StartIndex')),
    cursor('TopTimeStamp', msg('fields.getList.TopTimeStamp')),
    cursor('TopStartIndex', msg('fields.getList.TopStartIndex')),
    {
      name: 'AssistFlags',
      type: 'uint32',
      required: true,
      // 7, as in the page's sample request; newer pages say 15 or 63 (see assist-flags.ts).
      default: 7,
      // "Flag bits of conversations:" and one "Bit N: …" line per documented bit.
      description: msg('fields.getList.AssistFlags'),
    },
  ],
  errors: [...RECENTCONTACT_ERRORS],
  // Copy the four cursors from each answer into the next request until CompleteFlag is 1
  // (get_list-seed.txt). No cursor declares an order: the docs do not say which way TimeStamp
  // moves on the real service (the sandbox's model moves it down), so none is asserted.
  pagination: {
    completeField: 'CompleteFlag',
    itemsField: 'SessionItem',
    // A conversation is its type and its peer: To_Account for one-to-one, GroupId for a group.
    itemKeyFields: ['Type', 'To_Account', 'GroupId'],
  },
  widgets: {
    AssistFlags: { kind: 'bitmask', bits: ASSIST_FLAG_BITS, presets: ASSIST_FLAGS_PRESETS },
  },
};
