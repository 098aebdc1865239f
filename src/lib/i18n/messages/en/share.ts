// Share links' texts in English: why a link cannot be made or opened (lib/share), what an opened
// link set and what to watch for, and the notice and link field (components/share/*).
import type { Fmt, Text } from '../../message';

export default {
  'share.part.region': 'region',
  'share.part.sdkAppId': 'SDKAppID',
  'share.part.identifier': 'identifier',
  'share.part.endpoint': 'endpoint',
  'share.part.changed': 'list of changed body fields',
  'share.part.removed': 'list of removed body fields',
  'share.part.layout': 'body layout',
  'share.part.text': 'body text',
  'share.part.userSig': 'UserSig',
  'share.part.content': 'content',
  'share.part.body': 'body',
  'share.part.customHost': 'custom host',

  'share.payload.wrong': (p: { what: Text }, f: Fmt) =>
    `The link's ${f.t(p.what)} has the wrong form, so the link was damaged or not made by this playground.`,
  'share.payload.unknown': (p: { n: number; names: string }) =>
    `The link holds ${p.n === 1 ? 'a field' : 'fields'} this playground does not know (${p.names}), so it was damaged or made by something else.`,
  'share.payload.deep': 'The link nests its content too deeply to be a request.',
  'share.payload.noDefaultBody': 'The link changes body fields, but the default body has none.',
  'share.payload.badRemoval':
    'The link removes body fields that the default body does not have, or also sets them.',
  'share.payload.region': 'The link names its region in a form this playground does not know.',

  'share.encode.noUserSig':
    'There is no UserSig to include: make one first, or untick "Include UserSig".',
  'share.encode.badUserSig': (p: { max: number }) =>
    `The UserSig cannot go in a link: it must be 1 to ${p.max} characters of A–Z, a–z, 0–9, "*", "-" and "_".`,
  'share.encode.tooLarge': (p: { max: number }) =>
    `The request is too large for a link (a link holds up to ${p.max} characters). Shorten the body.`,
  'share.encode.holdsKey': (p: { name: Text }, f: Fmt) =>
    `The ${f.t(p.name)} holds the secret key, and a link would hand it to everyone who opens it. Remove it.`,
  'share.encode.holdsUserSig': (p: { name: Text }, f: Fmt) =>
    `The ${f.t(p.name)} holds a UserSig, and a link would hand it to everyone who opens it. Remove it; to share a UserSig on purpose, tick "Include UserSig".`,

  'share.decode.empty': 'The address has no share link after its "#".',
  'share.decode.notShareLink': 'The part of the address after "#" is not a share link.',
  'share.decode.version': (p: { version: string }) =>
    `This link is in share format r${p.version}, which this version of the playground cannot read (it reads r1). It may come from a newer version.`,
  'share.decode.tooLarge': (p: { chars: number; kb: number }) =>
    `This link is too large to open safely (over ${p.chars} characters, or over ${p.kb} KB once unpacked).`,
  'share.decode.truncated':
    'This link is incomplete: it was most likely cut short when copied. Copy the whole link again.',
  'share.decode.corrupt':
    'This link is damaged: some of its characters were changed, added or lost when it was copied.',
  'share.decode.unsupported':
    'This browser cannot unpack compressed share links (it has no DecompressionStream "deflate-raw"). Open the link in a current browser.',
  'share.decode.internal': 'This link could not be read because of a fault in the playground.',
  'share.decode.region': (p: { id: string }) =>
    `This link names the region "${p.id}", which this version of the playground does not know.`,
  'share.decode.endpoint': (p: { id: string }) =>
    `This link is for the endpoint "${p.id}", which this version of the playground does not know.`,
  'share.decode.userSig': (p: { max: number }) =>
    `The UserSig in this link is not one (a UserSig is 1 to ${p.max} characters of A–Z, a–z, 0–9, "*", "-" and "_"), so the link was not opened.`,

  'share.set.sandbox': 'Region: Sandbox (offline)',
  'share.set.region': (p: { name: string; backup: boolean }) =>
    `Region: ${p.name}${p.backup ? ' (backup domain)' : ''}`,
  'share.set.customHost': (p: { host: string }) => `Custom host: ${p.host}`,
  'share.set.sdkAppId': (p: { value: string }) => `SDKAppID: ${p.value}`,
  'share.set.identifier': (p: { value: string }) => `Identifier: ${p.value}`,
  'share.set.endpoint': (p: { value: string }) => `Endpoint: ${p.value}`,
  'share.set.bodyText': (p: { chars: number }) => `Body: ${p.chars} characters, as written`,
  'share.set.field': (p: { name: string; value: string }) => `${p.name}: ${p.value}`,
  'share.set.removed': (p: { name: string }) => `Removed field: ${p.name}`,
  'share.set.layout': (p: { layout: 0 | 2 | 4 | 'tab' }) =>
    `Body layout: ${{ 0: 'compact', 2: 'indented by 2 spaces', 4: 'indented by 4 spaces', tab: 'indented by tabs' }[p.layout]}`,
  'share.set.userSig': 'UserSig: included',
  'share.warn.markup': (p: { name: Text }, f: Fmt) =>
    `The ${f.t(p.name)} contains markup (such as "<tag" or "javascript:"); it is kept as plain text and nothing in it runs.`,
  'share.warn.hidden': (p: { name: Text }, f: Fmt) =>
    `The ${f.t(p.name)} contains invisible or direction-changing characters, which can make it look like something else.`,
  'share.warn.customHost': (p: { host: string }) =>
    `Requests go to the custom host "${p.host}", not a Tencent domain: whoever runs it receives the UserSig sent with each request. Check it before sending.`,
  'share.warn.userSig': (p: { identifier: string }) =>
    `This link carries a UserSig: anyone with the link can call the REST API as "${p.identifier}" until it expires. Do not pass the link on.`,
  'share.mismatch.sdkAppId': (p: { inside: number; request: string }) =>
    `It was signed for SDKAppID ${p.inside}, not ${p.request || '(empty)'} as in the request.`,
  'share.mismatch.identifier': (p: { inside: string; request: string }) =>
    `It was signed for identifier ${p.inside}, not ${p.request} as in the request.`,
  'share.sandboxNote':
    "The sandbox always uses its own public SDKAppID and identifier, so the link's were not used.",

  // The share bar (components/ShareBar.svelte).
  'share.ui.copy': 'Copy link',
  'share.ui.include': 'Include UserSig',
  'share.ui.hint': 'The link holds this request, never the secret key.',
  'share.ui.notice': 'Link notice',

  // The notice about the link the page opened (components/share/LinkNotice.svelte).
  'share.ui.loaded': 'Loaded from a link',
  'share.ui.notOpened': 'This link could not be opened',
  'share.ui.dismissLabel': 'Dismiss the link notice',
  'share.ui.dismiss': 'Dismiss',
  'share.ui.nothingLoaded': 'Nothing was loaded from it: the builder is as it was.',
  'share.ui.retry': 'Retry',
  'share.ui.holds': 'The builder now holds the request from the link.',
  'share.ui.notSent': 'Nothing has been sent.',
  'share.ui.set': 'It set:',
  'share.ui.default': 'It holds the default request.',
  'share.ui.askKey': (p: { sdkAppId: string }) =>
    `A link never carries the secret key: enter yours${p.sdkAppId ? ` for SDKAppID ${p.sdkAppId}` : ''} to sign before sending.`,
  'share.ui.enterKey': 'Enter the secret key',
  'share.ui.carries': 'The link carries a UserSig',
  'share.ui.identifier': 'Identifier',
  'share.ui.expires': 'Expires',
  'share.ui.in': (p: { seconds: number }, f: Fmt) => `(in ${f.duration(p.seconds)})`,
  'share.ui.expiredAgo': (p: { seconds: number }, f: Fmt) =>
    `(expired ${f.duration(p.seconds)} ago)`,
  'share.ui.noDecode': (p: { reason: Text }, f: Fmt) => `It does not decode: ${f.t(p.reason)}`,
  'share.ui.shownNotUsed':
    'It is shown here, not used: the builder signs its own UserSig with the key you enter.',
  'share.ui.fromLink': 'UserSig from the link',
  'share.ui.cleared': (p: { userSig: boolean }) =>
    `The link was removed from the address bar, so it does not stay in this tab's history${p.userSig ? ' (the browser may still list the visited address: clear it there if the link was sensitive)' : ''}.`,
  'share.ui.notCleared': 'The link is still in the address bar: this page could not remove it.',

  // The link field below Copy link (components/share/ShareOutput.svelte).
  'share.ui.warning': 'The link will carry the UserSig, which works as a password.',
  'share.ui.anyone': (p: { identifier: string; sdkAppId: number }) =>
    `Anyone with the link can call the REST API as “${p.identifier}” on SDKAppID ${p.sdkAppId} until it expires on`,
  'share.ui.left': (p: { seconds: number }, f: Fmt) =>
    p.seconds >= 0
      ? ` (in ${f.duration(p.seconds)}).`
      : ` (it expired ${f.duration(-p.seconds)} ago).`,
  'share.ui.onlyTo': 'Send it only to someone who may act as this identifier.',
  'share.ui.noUserSig': 'There is no UserSig yet: fill in the Admin UserSig fields first.',
  'share.ui.link': 'Share link',
  'share.ui.copied': 'Copied to the clipboard.',
  'share.ui.refused': 'The browser refused to copy: select the link above and copy it.',
  'share.ui.length': (p: { chars: number; fragment: number; userSig: boolean }, f: Fmt) =>
    `${f.number(p.chars)} characters, ${f.number(p.fragment)} of them after “#”${p.userSig ? ' · carries the UserSig' : ''}.`,
  'share.ui.outdated': 'The request has changed since: press Copy link again.',
} satisfies Record<`share.${string}`, unknown>;
