// v4/recentcontact/get_contact_group ("Pulling Conversation Group Mark Data"): its fields and
// docs, error codes and paging; the tables of its answer are in contact-group.views.ts beside
// it. Names, required flags and words are those of the endpoint's English page
// (tencentcloud.com/document/product/1047/53440, also trtc.io/document/53440);
// chat-rest-facts.md ("Related endpoints in the same group") agrees on the fields.
import { msg } from '../../i18n/message';
import type { EndpointDescription } from '../types';
import { RECENTCONTACT_ERRORS, userIdField } from './shared';

/**
 * A page answers ContactItem (conversations with group or mark data: Type, To_Account or
 * ToGroupId, StandardMark, CustomMark, ContactGroupId, Timestamp), GroupItem (the user's
 * conversation groups: GroupName, GroupId), CompleteFlag and NextStartIndex.
 *
 * Paging follows ContactItem only. StartIndex is documented as the start of "the current page
 * pulling" of conversations; GroupItem is the user's group list (at most 20 groups, 51010),
 * the dictionary ContactGroupId's numbers point into, not a second paged list. Collecting it
 * page after page would count the same groups again, so the runner collects ContactItem and
 * GroupItem stays readable on each page's answer.
 */
export const GET_CONTACT_GROUP: EndpointDescription = {
  id: 'get_contact_group', // never change: history and share links store it
  path: 'v4/recentcontact/get_contact_group',
  title: 'Pulling Conversation Group Mark Data',
  summary: msg('fields.sum.get_contact_group'),
  rateLimit: 200, // "Maximum call frequency: 200 calls per second"
  fields: [
    userIdField('From_Account', msg('fields.getGroup.From_Account')),
    {
      name: 'StartIndex',
      // "Integer" on the page; an index the server hands back, never negative.
      type: 'uint32',
      required: true,
      default: 0,
      cursorFrom: 'NextStartIndex',
      description: msg('fields.getGroup.StartIndex'),
    },
  ],
  // The page's own error table is not among the reference files. The recentcontact service
  // answers these for get_list and delete (the same service); 51008 is named by this page's
  // note ("The session cap is set at 1000, and exceeding it will return error code: 51008").
  errors: [
    ...RECENTCONTACT_ERRORS,
    {
      code: 51008,
      meaning: 'Over 1000 conversations in conversation groups or marks.',
    },
  ],
  pagination: {
    completeField: 'CompleteFlag',
    itemsField: 'ContactItem',
    // A conversation is its type and its peer: To_Account for one-to-one, ToGroupId for a group
    // (this answer's spelling, with a capital I).
    itemKeyFields: ['Type', 'To_Account', 'ToGroupId'],
  },
  groupDirectory: 'GroupItem',
};
