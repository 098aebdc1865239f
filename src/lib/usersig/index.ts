export * from './usersig';
export * from './verify';
export { hmacSha256, hasWebCrypto, resolveHmacImpl, type HmacImpl } from './hmac';
export { toUserSigBase64, fromUserSigBase64, bytesToBase64, base64ToBytes } from './base64';
export { validateSignForm, VALIDITY_PRESETS, type SignForm, type SignFormErrors } from './form';
