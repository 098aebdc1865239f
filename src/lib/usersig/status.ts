// The UserSig in a few words, for the connection strip: signed and for how long, expired, being
// signed, or what is missing before one can be made. The full story (the UserSig itself, its
// expiry time) is in the connection details.
import { msg, type Msg } from '../i18n/message';
import type { SignFormErrors } from './form';

/** The status line's words and tone. */
export interface UserSigStatus {
  tone: 'ok' | 'warn' | 'error';
  text: Msg;
}

/** What the status reads from the signer. */
export interface UserSigStatusInput {
  /** The signer's messages by field while it cannot sign; null when its form is complete. */
  errors: SignFormErrors | null;
  hasUserSig: boolean;
  signError: string;
  /** The signing code could not load (the strip offers Retry beside this). */
  codeFailed: boolean;
  /** When the current UserSig expires, in Unix seconds; null without one. */
  expiresAt: number | null;
}

// How each missing field is named in "No UserSig: check …".
const FIELD_WORDS: Readonly<Record<keyof SignFormErrors, Msg>> = {
  sdkAppId: msg('core.sig.sdkAppId'),
  key: msg('core.sig.key'),
  identifier: msg('core.sig.identifier'),
  expire: msg('core.sig.expire'),
};

/** A duration as counts of units, largest first; the tables name the units in each language. */
export type DurationParts = [number, 'd' | 'h' | 'min' | 's'][];

/** At most two units, largest first: [[23, 'h'], [59, 'min']], [[4, 'min'], [10, 's']], [[12, 's']]. */
export function durationParts(totalSeconds: number): DurationParts {
  let s = Math.max(0, Math.floor(Math.abs(totalSeconds)));
  const units: [number, DurationParts[number][1]][] = [
    [86400, 'd'],
    [3600, 'h'],
    [60, 'min'],
    [1, 's'],
  ];
  const parts: DurationParts = [];
  for (const [size, name] of units) {
    if (parts.length === 2) break;
    if (s >= size || parts.length > 0 || size === 1) {
      parts.push([Math.floor(s / size), name]);
      s %= size;
    }
  }
  return parts;
}

/** The UserSig's status at `nowSeconds`. */
export function userSigStatus(input: UserSigStatusInput, nowSeconds: number): UserSigStatus {
  if (input.signError) return { tone: 'error', text: msg('core.sig.failed') };
  if (input.errors) {
    const missing = (Object.keys(input.errors) as (keyof SignFormErrors)[]).map(
      (f) => FIELD_WORDS[f],
    );
    return { tone: 'warn', text: msg('core.sig.check', { missing }) };
  }
  // After the form's problems, as Send's list has them: those must be fixed before signing helps.
  if (input.codeFailed && !input.hasUserSig) return { tone: 'error', text: msg('core.sig.noCode') };
  if (!input.hasUserSig || input.expiresAt === null)
    return { tone: 'warn', text: msg('core.sig.signing') };
  const left = input.expiresAt - nowSeconds;
  const parts = durationParts(left);
  return left < 0
    ? { tone: 'error', text: msg('core.sig.expired', { parts }) }
    : { tone: 'ok', text: msg('core.sig.left', { parts }) };
}
