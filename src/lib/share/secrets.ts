// Keeping credentials out of share links. A RequestSnapshot has no key and no UserSig field, but
// its strings are free text: a person can paste a whole request URL (`...&usersig=eJw...`) into
// the body. Such a link would hand an admin credential to everyone it reaches, so the encoder
// refuses it. A UserSig is recognised by decoding it (../usersig), not by its look. The secret
// key has no look at all (any text the console handed out), but the page knows it: it is found
// by its text (a common slip: the key pasted into a field meant for an ID).
import { USERSIG_ALPHABET } from '../usersig/base64';
import { decodeUserSig } from '../usersig';

/** The longest UserSig a link may carry; a real one is a few hundred characters. */
export const MAX_SHARED_USERSIG_CHARS = 4096;

// The shortest possible UserSig (zlib of the smallest JSON with the six TLS fields) is well over
// 100 characters; 32 keeps every real one and skips the ordinary words of a body.
const MIN_CANDIDATE_CHARS = 32;

/** True when `userSig` may travel in a link: non-empty, in the UserSig alphabet and bounded. */
export function isShareableUserSig(userSig: string): boolean {
  return (
    userSig.length > 0 &&
    userSig.length <= MAX_SHARED_USERSIG_CHARS &&
    USERSIG_ALPHABET.test(userSig)
  );
}

/** Finds the first run of UserSig-alphabet characters in `text` that decodes as a UserSig (v2 or v1). */
export async function findUserSig(text: string): Promise<string | null> {
  for (const run of text.split(/[^A-Za-z0-9*_-]+/)) {
    if (run.length < MIN_CANDIDATE_CHARS) continue;
    const decoded = await decodeUserSig(run);
    // A v1 UserSig (the old ECDSA scheme) is a credential too.
    if (decoded.ok || decoded.step === 'v1') return run;
  }
  return null;
}

/** Secrets shorter than this are not looked for: they would match ordinary text (a real key is 64 hex digits). */
export const MIN_NAMED_SECRET_CHARS = 8;

/** True when `text` holds one of `secrets` (texts the app knows are secret, such as the key). */
export function holdsNamedSecret(text: string, secrets: readonly string[]): boolean {
  return secrets.some((s) => s.length >= MIN_NAMED_SECRET_CHARS && text.includes(s));
}
