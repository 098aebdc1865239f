// v4/recentcontact/mark_contact ("Creating or Updating Conversation Mark Data"): its fields,
// docs, error codes and advice; its answer's ResultItem table is in mark-contact.views.ts beside
// it. Names and words are those of the English page (trtc.io/document/53438), session-apis.md §5.
import { isPlainObject } from '../../json/value';
import type { BodyAdvisor } from '../body-rules';
import type { EndpointDescription, FieldIssue } from '../types';
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

/** The first bit an app may define for itself; those below are Chat's own. */
export const FIRST_APP_MARK_BIT = 32;

const BIT_WORDS = `Bit numbers n, 0 to 63: 0 star, 1 unread, 2 fold, 3 hide (the SDKs' names); 4 to 31 are reserved for Chat; 32 to 63 are the app's own.`;

/**
 * What is valid but probably a mistake: an operation type that ignores fields sent with it, a
 * bit both set and cleared, and bits Chat reserves.
 */
export const adviseMarkContact: BodyAdvisor = (body) => {
  const items = body['MarkItem'];
  if (!Array.isArray(items)) return [];
  const out: FieldIssue[] = [];
  const advice = (field: string, message: string) => out.push({ field, kind: 'advice', message });
  for (const [i, item] of items.entries()) {
    if (!isPlainObject(item)) continue;
    const at = `MarkItem[${i}]`;
    const op = item['OptType'];
    const set = Array.isArray(item['SetMark']) ? (item['SetMark'] as unknown[]) : [];
    const clear = Array.isArray(item['ClearMark']) ? (item['ClearMark'] as unknown[]) : [];
    if (op === 1 && 'CustomMark' in item) {
      advice(
        `${at}.CustomMark`,
        `${at}.OptType is 1 (standard marks only), so CustomMark is not applied: use OptType 3 to set both.`,
      );
    }
    if (op === 2 && (set.length > 0 || clear.length > 0)) {
      advice(
        `${at}.OptType`,
        `${at}.OptType is 2 (custom mark only), so SetMark and ClearMark are not applied: use OptType 3 to set both.`,
      );
    }
    const both = set.filter((b) => clear.includes(b));
    if (both.length > 0) {
      advice(
        `${at}.SetMark`,
        `Bit ${both.join(', ')} is both set and cleared; the page does not say which wins (the sandbox clears first, then sets).`,
      );
    }
    const reserved = set.filter(
      (b): b is number => typeof b === 'number' && b > 3 && b < FIRST_APP_MARK_BIT,
    );
    if (reserved.length > 0) {
      advice(
        `${at}.SetMark`,
        `Bit ${reserved.join(', ')} is among the first 32, which are reserved for Chat's own marks (0 to 3 are star, unread, fold and hide): an app's own marks are bits 32 to 63.`,
      );
    }
  }
  return out;
};

/** Up to 100 conversations per call (51006 when none or more), each with its operation. */
export const MARK_CONTACT: EndpointDescription = {
  id: 'mark_contact', // never change: history and share links store it
  path: 'v4/recentcontact/mark_contact',
  title: 'Creating or Updating Conversation Mark Data',
  summary: 'This API is used to set or clear the standard and custom marks of conversations.',
  rateLimit: 200, // "Maximum call frequency: 200 calls per second"
  fields: [
    userIdField('From_Account', 'UserID of the user whose conversations to mark'),
    {
      name: 'MarkItem',
      type: 'object[]',
      required: true,
      minItems: 1,
      maxItems: 100, // "at most 100 conversations per call" (51006)
      description: 'The conversations to mark and how, at most 100 per call.',
      fields: [
        {
          name: 'OptType',
          type: 'uint32',
          required: true,
          default: 1,
          enum: [1, 2, 3],
          enumLabels: ['Standard marks', 'Custom mark', 'Both'],
          description: 'Operation type. 1: set standard marks; 2: set the custom mark; 3: both',
        },
        contactItemField('The conversation to mark.'),
        {
          name: 'SetMark',
          type: 'integer[]',
          required: false,
          // Bit 0, the star: a first mark to try (the page's sample sets 1, 2 and 3).
          default: [0],
          minimum: 0,
          maximum: 63,
          description: `Standard marks to turn on. ${BIT_WORDS}`,
        },
        {
          name: 'ClearMark',
          type: 'integer[]',
          required: false,
          default: [],
          startsAbsent: true,
          minimum: 0,
          maximum: 63,
          description: `Standard marks to turn off. ${BIT_WORDS}`,
        },
        {
          name: 'CustomMark',
          type: 'string',
          required: false,
          default: '',
          startsAbsent: true,
          maxBytes: 256,
          description:
            'Custom mark, at most 256 bytes (with OptType 2 or 3). An empty one clears it.',
        },
      ],
    },
  ],
  errors: [...CONVERSATION_GROUP_ERRORS],
  advise: adviseMarkContact,
};
