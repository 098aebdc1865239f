// get_list's own advice: AssistFlags values that are valid but probably mistakes
// (chat-rest-facts.md, "get_list semantics"; the bits themselves are in ../assist-flags.ts).
// Loaded with the body's rules (../endpoint-advice.ts lists it), not with the
// first paint, which carries get_list's description (issue 18, item 1).
import { msg, type Text } from '../../i18n/message';
import { isUint32 } from '../../json/value';
import { assertUint32, isBitSet, presetOf, undocumentedBits } from '../assist-flags';
import type { BodyAdvisor, EndpointAdvice } from '../endpoint-advice';
import type { FieldIssue } from '../types';

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

export const ADVICE: EndpointAdvice = { endpointId: 'get_list', advise: adviseGetList };
