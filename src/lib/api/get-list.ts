// v4/recentcontact/get_list ("Pulling a conversation list"), described once. The names,
// required flags and descriptions are those of the endpoint's documentation page
// (../shared/reference/get_list-seed.txt); what the page leaves open is settled from
// chat-rest-facts.md, and each such choice says so.
import type { EndpointDescription } from './types';
import { RECENTCONTACT_ERRORS } from './recentcontact-errors';

/**
 * The page types the four cursors and AssistFlags as "Integer". They are uint32 here: the
 * cursors are Unix times in seconds and indexes the server hands back (the sample response
 * sends 1631012800 and 0), and AssistFlags is a bit mask, so none is ever negative.
 */
export const GET_LIST: EndpointDescription = {
  id: 'get_list', // never change: history and share links store it
  path: 'v4/recentcontact/get_list',
  title: 'Pulling a conversation list',
  summary: 'This API is used to pull a conversation list by page.',
  rateLimit: 200, // "Maximum call frequency: 200 calls per second"
  fields: [
    {
      name: 'From_Account',
      type: 'string',
      required: true,
      // Empty in a new request: the tool cannot guess whose list is wanted (the page's sample
      // says "id1"), and an empty UserID is refused before sending.
      default: '',
      nonEmpty: true,
      description: 'UserID of the account for which to pull a conversation list',
    },
    {
      name: 'TimeStamp',
      type: 'uint32',
      required: true,
      default: 0,
      cursorFrom: 'TimeStamp',
      description: 'Start time of general conversations. Enter 0 for the first page.',
    },
    {
      name: 'StartIndex',
      type: 'uint32',
      required: true,
      default: 0,
      cursorFrom: 'StartIndex',
      description: 'Starting point of general conversations. Enter 0 for the first page.',
    },
    {
      name: 'TopTimeStamp',
      type: 'uint32',
      required: true,
      default: 0,
      cursorFrom: 'TopTimeStamp',
      description: 'Start time of pinned conversations. Enter 0 for the first page.',
    },
    {
      name: 'TopStartIndex',
      type: 'uint32',
      required: true,
      default: 0,
      cursorFrom: 'TopStartIndex',
      description: 'Starting point of pinned conversations. Enter 0 for the first page.',
    },
    {
      name: 'AssistFlags',
      type: 'uint32',
      required: true,
      // 7, as in the page's sample request; newer pages say 15 or 63 (see assist-flags.ts).
      default: 7,
      description: [
        'Flag bits of conversations:',
        'Bit 0: Whether to support pinned conversations',
        'Bit 1: Whether to return an empty conversation',
        'Bit 2: Whether to support paginating pinned conversations',
      ].join('\n'),
    },
  ],
  errors: [...RECENTCONTACT_ERRORS],
  pagination: {
    completeField: 'CompleteFlag',
    itemsField: 'SessionItem',
    // A conversation is its type and its peer: To_Account for one-to-one, GroupId for a group.
    itemKeyFields: ['Type', 'To_Account', 'GroupId'],
  },
};
