// The endpoints' own advice: values that are valid but probably mistakes, shown as warnings
// beside the field (STYLE.md: advice, not a gate). It comes with the body's rules (body-rules.ts
// reads ADVISORS by endpoint id), not with the descriptions: get_list's description is in the
// first download and its AssistFlags advice need not be (issue 18, item 1).
import { msg, type Text } from '../i18n/message';
import { isPlainObject, isUint32 } from '../json/value';
import { assertUint32, isBitSet, presetOf, undocumentedBits } from './assist-flags';
import type { FieldIssue } from './types';

/** Extra, endpoint-specific warnings about a body whose types are already right. */
export type BodyAdvisor = (body: Readonly<Record<string, unknown>>) => FieldIssue[];

// get_list (chat-rest-facts.md, "get_list semantics", and assist-flags.ts).

/** Why a warning was given, for tests and for a UI that wants to place or style it. */
export type AssistFlagsWarningCode =
  | 'zero'
  | 'bit-index'
  | 'no-pinned'
  | 'paginate-without-pinned'
  | 'newer-bits'
  | 'undocumented-bits';

/** A likely mistake in an AssistFlags value; the value is still sent as is. */
export interface AssistFlagsWarning {
  code: AssistFlagsWarningCode;
  message: Text;
}

/** Likely mistakes in an AssistFlags value, as a careful reader of the documentation would see them. */
export function assistFlagsWarnings(value: number): AssistFlagsWarning[] {
  assertUint32(value);
  const out: AssistFlagsWarning[] = [];
  // A public Java SDK defines these constants as bit indexes (0, 1, 2) rather than values
  // (1, 2, 4), so "bit 0" goes out as 0 (chat-rest-facts.md): 0, 1 and 2 are suspects, and
  // their messages say so.
  if (value === 0) {
    out.push({ code: 'zero', message: msg('rules.af.zero') });
  } else if (value === 1) {
    out.push({ code: 'bit-index', message: msg('rules.af.one') });
  } else if (value === 2) {
    out.push({ code: 'bit-index', message: msg('rules.af.two') });
  }
  if (value !== 0 && !isBitSet(value, 0)) {
    out.push({ code: 'no-pinned', message: msg('rules.af.noPinned') });
    if (isBitSet(value, 2)) {
      out.push({ code: 'paginate-without-pinned', message: msg('rules.af.paginate') });
    }
  }
  const newer = undocumentedBits(value).filter((b) => b <= 5);
  // Bits 3 to 5 are explained only as parts of 15 and 63: no note when the low six bits are one
  // of the presets (higher bits get their own warning below).
  if (newer.length > 0 && presetOf((value & 0x3f) >>> 0) === null) {
    out.push({ code: 'newer-bits', message: msg('rules.af.newer', { bits: newer }) });
  }
  const unknown = undocumentedBits(value).filter((b) => b > 5);
  if (unknown.length > 0) {
    out.push({ code: 'undocumented-bits', message: msg('rules.af.unknown', { bits: unknown }) });
  }
  return out;
}

/** Advice beyond types for a get_list body: AssistFlags values that are probably mistakes. */
export const adviseGetList: BodyAdvisor = (body) => {
  const flags = body['AssistFlags'];
  if (!isUint32(flags)) return [];
  return assistFlagsWarnings(flags).map((w): FieldIssue => ({
    field: 'AssistFlags',
    kind: 'advice',
    message: w.message,
  }));
};

// delete.

/** Advice for a delete body: ClearRamble 1 deletes the conversation's messages too. */
export const adviseDelete: BodyAdvisor = (body) =>
  body['ClearRamble'] === 1
    ? [
        {
          field: 'ClearRamble',
          kind: 'advice',
          message: msg('rules.del.clearRamble'),
        },
      ]
    : [];

// mark_contact (session-apis.md §5; its marks' bits are in endpoints/mark-contact.ts).

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

/** Each endpoint's advisor, by endpoint id (the ones with advice of their own). */
export const ADVISORS: Readonly<Record<string, BodyAdvisor>> = {
  get_list: adviseGetList,
  delete: adviseDelete,
  mark_contact: adviseMarkContact,
};
