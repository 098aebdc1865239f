// The UserSig in a few words, for the connection strip: signed and for how long, expired, being
// signed, or what is missing before one can be made. The full story (the UserSig itself, its
// expiry time) is in the connection details.
import type { SignFormErrors } from './form';

/** The status line's words and tone. */
export interface UserSigStatus {
  tone: 'ok' | 'warn' | 'error';
  text: string;
}

/** What the status reads from the signer. */
export interface UserSigStatusInput {
  /** The signer's messages by field while it cannot sign; null when its form is complete. */
  errors: SignFormErrors | null;
  hasUserSig: boolean;
  signError: string;
  /** When the current UserSig expires, in Unix seconds; null without one. */
  expiresAt: number | null;
}

// How each missing field is named in "No UserSig: enter …".
const FIELD_WORDS: Readonly<Record<keyof SignFormErrors, string>> = {
  sdkAppId: 'the SDKAppID',
  key: 'the secret key',
  identifier: 'the identifier',
  expire: 'a validity',
};

/** At most two units, largest first: "23 h 59 min", "4 min 10 s", "12 s". */
export function shortDuration(totalSeconds: number): string {
  let s = Math.max(0, Math.floor(Math.abs(totalSeconds)));
  const units: [number, string][] = [
    [86400, 'd'],
    [3600, 'h'],
    [60, 'min'],
    [1, 's'],
  ];
  const parts: string[] = [];
  for (const [size, name] of units) {
    if (parts.length === 2) break;
    if (s >= size || parts.length > 0 || size === 1) {
      parts.push(`${Math.floor(s / size)} ${name}`);
      s %= size;
    }
  }
  return parts.join(' ');
}

/** The UserSig's status at `nowSeconds`. */
export function userSigStatus(input: UserSigStatusInput, nowSeconds: number): UserSigStatus {
  if (input.signError) return { tone: 'error', text: 'Signing failed: see the details' };
  if (input.errors) {
    const missing = (Object.keys(input.errors) as (keyof SignFormErrors)[]).map(
      (f) => FIELD_WORDS[f],
    );
    return { tone: 'warn', text: `No UserSig: check ${missing.join(', ')}` };
  }
  if (!input.hasUserSig || input.expiresAt === null) return { tone: 'warn', text: 'Signing…' };
  const left = input.expiresAt - nowSeconds;
  if (left < 0) return { tone: 'error', text: `UserSig expired ${shortDuration(left)} ago` };
  return { tone: 'ok', text: `UserSig expires in ${shortDuration(left)}` };
}
