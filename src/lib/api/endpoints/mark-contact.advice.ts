// mark_contact's own advice (session-apis.md §5): an operation type that ignores fields sent
// with it, a bit both set and cleared, and bits Chat reserves (its marks' bits are in
// mark-contact.ts). Loaded with the body's rules (../endpoint-advice.ts lists it).
import { msg, type Text } from '../../i18n/message';
import { isPlainObject } from '../../json/value';
import type { BodyAdvisor, EndpointAdvice } from '../endpoint-advice';
import type { FieldIssue } from '../types';

/** The first bit an app may define for itself; those below are Chat's own. */
export const FIRST_APP_MARK_BIT = 32;

/**
 * What is valid but probably a mistake: an operation type that ignores fields sent with it, a
 * bit both set and cleared, and bits Chat reserves.
 */
export const adviseMarkContact: BodyAdvisor = (body) => {
  const items = body['MarkItem'];
  if (!Array.isArray(items)) return [];
  const out: FieldIssue[] = [];
  const advice = (field: string, message: Text) => out.push({ field, kind: 'advice', message });
  for (const [i, item] of items.entries()) {
    if (!isPlainObject(item)) continue;
    const at = `MarkItem[${i}]`;
    const op = item['OptType'];
    const set = Array.isArray(item['SetMark']) ? (item['SetMark'] as unknown[]) : [];
    const clear = Array.isArray(item['ClearMark']) ? (item['ClearMark'] as unknown[]) : [];
    if (op === 1 && 'CustomMark' in item) {
      advice(`${at}.CustomMark`, msg('rules.mark.custom', { at }));
    }
    if (op === 2 && (set.length > 0 || clear.length > 0)) {
      advice(`${at}.OptType`, msg('rules.mark.setClear', { at }));
    }
    const both = set.filter((b) => clear.includes(b));
    if (both.length > 0) {
      advice(`${at}.SetMark`, msg('rules.mark.both', { bits: both.join(', ') }));
    }
    const reserved = set.filter(
      (b): b is number => typeof b === 'number' && b > 3 && b < FIRST_APP_MARK_BIT,
    );
    if (reserved.length > 0) {
      advice(`${at}.SetMark`, msg('rules.mark.reserved', { bits: reserved.join(', ') }));
    }
  }
  return out;
};

export const ADVICE: EndpointAdvice = { endpointId: 'mark_contact', advise: adviseMarkContact };
