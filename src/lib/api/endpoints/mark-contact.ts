// v4/recentcontact/mark_contact ("Creating or Updating Conversation Mark Data"): its fields,
// docs and error codes; its answer's ResultItem table is in mark-contact.views.ts beside it, and
// its advice in mark-contact.advice.ts (with FIRST_APP_MARK_BIT, the first bit an app may
// define). Names and words are those of the English page (trtc.io/document/53438),
// session-apis.md §5.
import { msg } from '../../i18n/message';
import type { EndpointDescription } from '../types';
import { contactItemField, CONVERSATION_GROUP_ERRORS, userIdField } from './shared';

/**
 * The standard marks' bits, as the client SDKs name them (V2TIMConversationMarkType: STAR = 1
 * << 0, UNREAD = 1 << 1, FOLD = 1 << 2, HIDE = 1 << 3). The first 32 bits are Chat's own; an
 * app's marks are bits 32 to 63 (session-apis.md §5). That SetMark's numbers are these bit
 * indexes is the natural reading, not stated on the REST page.
 */
export const STANDARD_MARK_BITS: readonly { bit: number; name: string }[] = [
  { bit: 0, name: 'star' },
  { bit: 1, name: 'unread' },
  { bit: 2, name: 'fold' },
  { bit: 3, name: 'hide' },
];

/** Up to 100 conversations per call (51006 when none or more), each with its operation. */
export const MARK_CONTACT: EndpointDescription = {
  id: 'mark_contact', // never change: history and share links store it
  path: 'v4/recentcontact/mark_contact',
  title: 'Creating or Updating Conversation Mark Data',
  summary: msg('fields.sum.mark_contact'),
  rateLimit: 200, // "Maximum call frequency: 200 calls per second"
  fields: [
    userIdField('From_Account', msg('fields.mark.From_Account')),
    {
      name: 'MarkItem',
      type: 'object[]',
      required: true,
      minItems: 1,
      maxItems: 100, // "at most 100 conversations per call" (51006)
      description: msg('fields.mark.MarkItem'),
      fields: [
        {
          name: 'OptType',
          type: 'uint32',
          required: true,
          default: 1,
          enum: [1, 2, 3],
          enumLabels: [
            msg('fields.mark.OptType.1'),
            msg('fields.mark.OptType.2'),
            msg('fields.mark.OptType.3'),
          ],
          description: msg('fields.mark.OptType'),
        },
        contactItemField(msg('fields.mark.ContactItem')),
        {
          name: 'SetMark',
          type: 'integer[]',
          required: false,
          // Bit 0, the star: a first mark to try (the page's sample sets 1, 2 and 3).
          default: [0],
          minimum: 0,
          maximum: 63,
          // The bit numbers' meanings (STANDARD_MARK_BITS here, FIRST_APP_MARK_BIT in
          // mark-contact.advice.ts) are in its words.
          description: msg('fields.mark.SetMark'),
        },
        {
          name: 'ClearMark',
          type: 'integer[]',
          required: false,
          default: [],
          startsAbsent: true,
          minimum: 0,
          maximum: 63,
          description: msg('fields.mark.ClearMark'),
        },
        {
          name: 'CustomMark',
          type: 'string',
          required: false,
          default: '',
          startsAbsent: true,
          maxBytes: 256,
          description: msg('fields.mark.CustomMark'),
        },
      ],
    },
  ],
  errors: [...CONVERSATION_GROUP_ERRORS],
};
