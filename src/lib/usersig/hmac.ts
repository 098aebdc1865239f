// HMAC-SHA256 through WebCrypto where `crypto.subtle` exists, else through @noble/hashes.
// `crypto.subtle` only exists in secure contexts, so a copy served over plain http needs the
// pure-JS path; @noble/hashes is loaded only then, keeping it out of the initial bundle.

import { msg } from '../i18n/message';
import { lazy } from '../lazy/lazy';

/** Which HMAC-SHA256 implementation to use: `auto` picks WebCrypto when it is there. */
export type HmacImpl = 'auto' | 'webcrypto' | 'noble';

type HmacFn = (key: Uint8Array, message: Uint8Array) => Promise<Uint8Array>;

const keyCache = new Map<string, Promise<CryptoKey>>();

function cacheId(key: Uint8Array): string {
  let id = '';
  for (const b of key) id += String.fromCharCode(b);
  return id;
}

const webCryptoHmac: HmacFn = async (key, message) => {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error('WebCrypto (crypto.subtle) is not available in this context');
  // Importing the key costs more than signing; a key is reused for every signature of a session.
  // The cache lives in memory only, like the key itself.
  const id = cacheId(key);
  let cryptoKey = keyCache.get(id);
  if (!cryptoKey) {
    cryptoKey = subtle.importKey(
      'raw',
      key as BufferSource,
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    if (keyCache.size > 16) keyCache.clear();
    keyCache.set(id, cryptoKey);
  }
  const sig = await subtle.sign('HMAC', await cryptoKey, message as BufferSource);
  return new Uint8Array(sig);
};

// A failed download throws (the Signer shows it as a signing failure) and is tried again on the
// next signature.
const NOBLE_HMAC = lazy(msg('core.part.noble'), () =>
  Promise.all([import('@noble/hashes/hmac.js'), import('@noble/hashes/sha2.js')]).then(
    ([{ hmac }, { sha256 }]): HmacFn =>
      async (key: Uint8Array, message: Uint8Array) =>
        hmac(sha256, key, message),
  ),
);

/** True when this context offers WebCrypto's `crypto.subtle`. */
export function hasWebCrypto(): boolean {
  return typeof globalThis.crypto?.subtle?.sign === 'function';
}

/** The implementation `auto` resolves to in this context. */
export function resolveHmacImpl(impl: HmacImpl = 'auto'): 'webcrypto' | 'noble' {
  if (impl !== 'auto') return impl;
  return hasWebCrypto() ? 'webcrypto' : 'noble';
}

/** HMAC-SHA256 of `message` keyed with `key`, through the chosen implementation. */
export async function hmacSha256(
  key: Uint8Array,
  message: Uint8Array,
  impl: HmacImpl = 'auto',
): Promise<Uint8Array> {
  if (resolveHmacImpl(impl) === 'webcrypto') return webCryptoHmac(key, message);
  return (await NOBLE_HMAC.get())(key, message);
}
