// The UserSig library's words (lib/usersig/usersig.ts): why a UserSig does not decode, and why
// it fails verification. The sandbox puts the English ones in its ErrorInfo, as the service
// writes English there. Ground truth for the steps: docs/reference/usersig.md.
import type { Fmt, Text } from '../../message';

export default {
  'usersig.char.space': 'a space',
  'usersig.char.lineBreak': 'a line break',
  'usersig.char.tab': 'a tab',
  'usersig.char.base64': (p: { c: string; instead: string }) =>
    `"${p.c}" (standard base64; a UserSig writes "${p.instead}" instead)`,
  'usersig.char.percent': '"%" (the UserSig looks URL-encoded)',
  'usersig.char.control': (p: { code: string }) => `the control character ${p.code}`,
  'usersig.char.other': (p: { c: string }) => `"${p.c}"`,

  'usersig.decode.empty': 'The UserSig is empty.',
  'usersig.decode.alphabet': (p: { at: number; char: Text }, f: Fmt) =>
    `Character ${p.at} is ${f.t(p.char)}, which is outside the UserSig alphabet (A–Z, a–z, 0–9, "*", "-" and "_"). Copy the UserSig again without anything around it.`,
  'usersig.decode.base64Cut': (p: { length: number }) =>
    `The UserSig is ${p.length} characters long, which is not a multiple of 4, so it is not whole base64: it was most likely cut short when copied.`,
  'usersig.decode.base64Padding': (p: { at: number }) =>
    `Character ${p.at} is "_" (base64 padding) in the middle of the UserSig; padding may only end it. Two UserSigs may have been pasted together.`,
  'usersig.decode.base64': 'The UserSig is not valid base64.',
  'usersig.decode.zlibHeader':
    'The decoded bytes do not start with a zlib header, so this is not a UserSig (or it lost its beginning when copied).',
  'usersig.decode.zlibTruncated':
    'The compressed data ends before the zlib stream does: the UserSig was most likely cut short when copied.',
  'usersig.decode.zlibCorrupt':
    'The compressed data is damaged (zlib could not inflate it): some characters were changed or lost.',
  'usersig.decode.zlibTooLarge':
    'The compressed data inflates to far more than any UserSig holds, so it is not a UserSig.',
  'usersig.decode.notJson':
    'The UserSig inflates, but what it holds is not JSON text, so it was not made by a UserSig signer.',
  'usersig.decode.notObject': 'The UserSig holds JSON, but not the object a UserSig carries.',
  'usersig.decode.v1':
    'This is a v1 UserSig (the old ECDSA scheme, with TLS.sdk_appid and TLS.account_type). The current service expects v2: sign a new one with the SecretKey (HMAC-SHA256).',
  'usersig.decode.noField': (p: { name: string }) => `The UserSig has no ${p.name} field.`,
  'usersig.decode.fieldType': (p: { name: string; value: string; want: 'string' | 'integer' }) =>
    `The UserSig's ${p.name} is ${p.value}, but it must be ${p.want === 'string' ? 'a string' : 'an integer'}.`,
  'usersig.decode.userBuf': "The UserSig's TLS.userbuf must be a standard base64 string.",

  'usersig.verify.sdkAppId': (p: { inside: number; request: number }) =>
    `The UserSig was made for SDKAppID ${p.inside}, but the request says ${p.request}.`,
  'usersig.verify.identifier': (p: { inside: string; request: string }) =>
    `The UserSig was made for identifier ${p.inside}, but the request says ${p.request}.`,
  'usersig.verify.expired': (p: { ago: number; until: string }) =>
    `The UserSig expired ${p.ago} s ago (valid until ${p.until}).`,
  'usersig.verify.noUserBuf': 'A userbuf was expected, but the UserSig carries none.',
  'usersig.verify.otherUserBuf': "The UserSig's userbuf differs from the expected one.",
  'usersig.verify.signature':
    'The signature does not match this key: the UserSig was signed with another key (another app, or an old key).',
} satisfies Record<`usersig.${string}`, unknown>;
