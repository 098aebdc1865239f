// Share links: a request in the URL fragment. See ./share for the API and ./payload for the format.
export {
  decodeShareFragment,
  encodeShareFragment,
  parseRequestSnapshot,
  SHARE_R1_DEFAULTS,
  withShareFragment,
  type ShareDecodeFailure,
  type ShareDecodeOptions,
  type ShareDecodeResult,
  type ShareEncodeFailure,
  type ShareEncodeOptions,
  type ShareEncodeResult,
} from './share';
export type { ShareDefaults } from './payload';
export { isShareableUserSig, MAX_SHARED_USERSIG_CHARS } from './secrets';
export {
  MAX_SHARE_FRAGMENT_CHARS,
  MAX_SHARE_PAYLOAD_BYTES,
  packShareFragment,
  SHARE_MODE_DEFLATE_RAW,
  SHARE_MODE_PLAIN,
  type ShareMode,
} from './wire';
