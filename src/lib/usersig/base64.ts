// Standard base64 (RFC 4648 section 4, with `=` padding) and the UserSig alphabet built on it.
// The UserSig alphabet replaces `+` with `*`, `/` with `-` and `=` with `_`, padding kept
// (usersig.md, step 5). It is NOT base64url: never swap one codec for the other.

const STD_CHARS = /^[A-Za-z0-9+/]*={0,2}$/;

/** Encodes bytes as standard base64 with `=` padding. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** Decodes standard base64 with padding; returns null when the text is not valid base64. */
export function base64ToBytes(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !STD_CHARS.test(text)) return null;
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Turns standard base64 into the UserSig alphabet (`+`→`*`, `/`→`-`, `=`→`_`). */
export function toUserSigBase64(standard: string): string {
  return standard.replace(/\+/g, '*').replace(/\//g, '-').replace(/=/g, '_');
}

/** Turns the UserSig alphabet back into standard base64 (`*`→`+`, `-`→`/`, `_`→`=`). */
export function fromUserSigBase64(userSig: string): string {
  return userSig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=');
}

/** The characters a UserSig may contain. */
export const USERSIG_ALPHABET = /^[A-Za-z0-9*\-_]*$/;

/** Index of the first character outside the UserSig alphabet, or -1 when there is none. */
export function firstOutsideAlphabet(userSig: string): number {
  for (let i = 0; i < userSig.length; i++) {
    const c = userSig.charCodeAt(i);
    const ok =
      (c >= 48 && c <= 57) ||
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      c === 42 ||
      c === 45 ||
      c === 95;
    if (!ok) return i;
  }
  return -1;
}

/** Encodes a string as UTF-8 bytes. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
