// The inspector's texts in English: the verdict and its status line, the decode steps, the
// advice for a UserSig that does not decode, the request checks of its own (where the request
// goes, the URL, the body), "Load into builder", and the view's labels. Loaded with the view.
import type { DecodeStep } from '../../../usersig';
import type { Fmt, Text } from '../../message';

const RANDOM_DOCS =
  'the documentation asks for a fresh random uint32 (0 to 4294967295) on every call';
const timesList = (names: readonly (readonly [string, number])[]) =>
  names.map(([n, times]) => `${n} (${times} times)`).join(', ');

const whatever = (keyUsed: boolean) => (keyUsed ? '' : ' whatever the key');

export default {
  // The verdict (lib/inspect/verdict.ts).
  'inspect.target.fromUrl': 'the URL',
  'inspect.target.fromUserSig': 'the UserSig itself',
  'inspect.target.same': (p: { sdkAppId: number; identifier: string; from: Text }, f: Fmt) =>
    `SDKAppID ${p.sdkAppId} and identifier ${p.identifier} from ${f.t(p.from)}`,
  'inspect.target.split': (
    p: { sdkAppId: number; identifier: string; sdkAppIdFrom: Text; identifierFrom: Text },
    f: Fmt,
  ) =>
    `SDKAppID ${p.sdkAppId} from ${f.t(p.sdkAppIdFrom)} and identifier ${p.identifier} from ${f.t(p.identifierFrom)}`,
  'inspect.verdict.missing': 'The URL has no usersig: the server answers 70002 (UserSig is empty).',
  'inspect.verdict.oldScheme': (p: { reason: Text }, f: Fmt) =>
    `${f.t(p.reason)} This tool verifies v2 only (HMAC-SHA256); a v1 UserSig is signed with ECDSA keys it does not have.`,
  'inspect.verdict.parse': (p: { step: DecodeStep; reason: Text }, f: Fmt) =>
    `The UserSig does not decode (${p.step} step): the server answers 70003 whatever the key. ${f.t(p.reason)}`,
  'inspect.verdict.sdkAppId': (p: { url: number; inside: number }) =>
    `The URL says sdkappid=${p.url}, but the UserSig was made for SDKAppID ${p.inside}: the server answers 70014 whatever the key.`,
  'inspect.verdict.identifier': (p: { url: string; inside: string }) =>
    `The URL says identifier=${p.url}, but the UserSig was made for ${p.inside}: the server answers 70013 whatever the key.`,
  'inspect.verdict.expired': (p: { ago: number; at: string; keyUsed: boolean }, f: Fmt) =>
    `The UserSig expired ${f.duration(p.ago)} ago, at ${p.at}: the server answers 70001${whatever(p.keyUsed)}. Sign a new one.`,
  'inspect.verdict.accepted': (p: { target: Text; left: number; until: string }, f: Fmt) =>
    `The server would accept this UserSig: checked against ${f.t(p.target)}, signed with this key, and valid for another ${f.duration(p.left)} (until ${p.until}).`,
  'inspect.verdict.keyRejected': (p: { reason: Text; code: number | null }, f: Fmt) =>
    `${f.t(p.reason)} The server answers ${p.code ?? 'with an error'}.`,
  'inspect.verdict.needsKeyBare':
    'It decodes and has not expired. Without the key, whether the server accepts it (or answers 70009) cannot be told.',
  'inspect.verdict.needsKey':
    'Everything up to the signature checks out. Without the key, whether the server accepts it (or answers 70009) cannot be told.',
  'inspect.canTell.decodes': 'It decodes, so the server does not answer 70003.',
  'inspect.canTell.noRequest':
    'There is no request to compare its SDKAppID and identifier with: paste the whole URL or curl command to check 70014 and 70013.',
  'inspect.canTell.sdkAppIdMatches': (p: { sdkAppId: number }) =>
    `Its SDKAppID matches the URL's (${p.sdkAppId}), so not 70014.`,
  'inspect.canTell.noSdkAppId': "The URL has no usable sdkappid to compare the UserSig's with.",
  'inspect.canTell.identifierMatches': (p: { identifier: string }) =>
    `Its identifier matches the URL's (${p.identifier}), so not 70013.`,
  'inspect.canTell.noIdentifier': "The URL has no identifier to compare the UserSig's with.",
  'inspect.canTell.notExpired': (p: { left: number; until: string }, f: Fmt) =>
    `It is valid for another ${f.duration(p.left)} (until ${p.until}), so not 70001.`,
  'inspect.canTell.notExpiredAt': (p: { until: number }, f: Fmt) =>
    `It has not expired (it is valid until ${f.date(p.until)}), so not 70001.`,
  'inspect.cannotTell.signature':
    "Whether it was signed with this app's SecretKey (70009): enter the key to check the signature.",
  'inspect.cannotTell.serverOnly':
    'Whether the SDKAppID belongs to this region (70016, 70020) or the identifier is an app admin (60010): only the server knows.',

  // The status line (lib/inspect/present.ts).
  'inspect.label.accepted': 'ACCEPTED',
  'inspect.label.rejected': (p: { code: number | null }) =>
    p.code === null ? 'REJECTED' : `REJECTED ${p.code}`,
  'inspect.label.old': 'OLD SCHEME (v1)',
  'inspect.label.needsKey': 'KEY NEEDED',
  'inspect.line.accepted': (p: { target: Text; until: number | null }, f: Fmt) =>
    `The server would accept this UserSig: checked against ${f.t(p.target)}, signed with this key${p.until === null ? '' : `, and valid until ${f.date(p.until)}`}.`,
  'inspect.line.parse': (p: { step: DecodeStep }) =>
    `The UserSig does not decode (the ${{ empty: 'first', alphabet: 'alphabet', base64: 'base64', zlib: 'zlib', json: 'JSON', field: 'fields', v1: 'fields' }[p.step]} step fails): the server answers 70003 whatever the key.`,
  'inspect.line.expired': (p: { at: number; keyUsed: boolean }, f: Fmt) =>
    `The UserSig expired on ${f.date(p.at)}: the server answers 70001${whatever(p.keyUsed)}. Sign a new one.`,
  'inspect.validity.left': (p: { seconds: number }, f: Fmt) =>
    `valid for another ${f.duration(p.seconds)}`,
  'inspect.validity.ago': (p: { seconds: number }, f: Fmt) =>
    `expired ${f.duration(p.seconds)} ago`,
  'inspect.clipped': (p: { start: string; more: number }, f: Fmt) =>
    `${p.start}… (${f.number(p.more)} more characters not shown)`,
  'inspect.step.alphabet': 'Characters: only A–Z, a–z, 0–9, *, - and _',
  'inspect.step.base64': 'Base64: *, - and _ read back as +, / and =, then decoded',
  'inspect.step.zlib': 'zlib: the bytes inflate',
  'inspect.step.json': 'JSON: the inflated text is a JSON object',
  'inspect.step.field':
    'Fields: TLS.ver, TLS.identifier, TLS.sdkappid, TLS.time, TLS.expire and TLS.sig',
  'inspect.mismatch.sdkAppId': (p: { url: string; inside: number }) =>
    `The URL says sdkappid=${p.url}, but the UserSig was made for SDKAppID ${p.inside}: the server answers 70014.`,
  'inspect.mismatch.identifier': (p: { url: string; inside: string }) =>
    `The URL says identifier=${p.url}, but the UserSig was made for ${p.inside}: the server answers 70013.`,
  'inspect.severity.ok': 'OK',
  'inspect.severity.info': 'Note',
  'inspect.severity.warning': 'Warning',
  'inspect.severity.error': 'Error',
  'inspect.region.unknown': (p: { hostname: string }) =>
    `Unknown host: ${p.hostname} is not a documented region's domain.`,
  'inspect.region.backup': (p: { name: string }) => `${p.name} (backup domain)`,

  // "Load into builder" (lib/inspect/builder.ts, present.ts).
  'inspect.builder.nothing': 'There is no request in the paste to load.',
  'inspect.builder.unreadable': (p: { reason: Text }, f: Fmt) =>
    `The paste could not be read: ${f.t(p.reason)}`,
  'inspect.builder.userSigOnly':
    'A UserSig alone names no host, endpoint or body: paste the request URL or the curl command to load it into the builder.',
  'inspect.builder.sdkAppIdFromUserSig': (p: { sdkAppId: string }) =>
    `The URL has no sdkappid; the SDKAppID ${p.sdkAppId} was taken from the UserSig.`,
  'inspect.builder.identifierFromUserSig': (p: { identifier: string }) =>
    `The URL has no identifier; ${p.identifier} was taken from the UserSig.`,
  'inspect.builder.missing': (p: { fields: string }) =>
    `The paste does not say the ${p.fields} of the request.`,
  'inspect.builder.customHost': (p: { host: string }) =>
    `${p.host} is not a documented region's host; it was loaded as a custom host.`,
  'inspect.builder.scheme': (p: { scheme: string }) =>
    `The paste used ${p.scheme}://; the builder sends over https.`,
  'inspect.builder.noBodyWrite': 'The paste has no body; write it in the builder.',
  'inspect.plan.undescribed': (p: { path: string }) =>
    `The builder has no description of ${p.path}: only the region, SDKAppID and identifier were loaded; its endpoint and body stay as they were.`,
  'inspect.plan.whatKept': 'the endpoint and body as they were',
  'inspect.plan.raw': (p: { path: string }) => `${p.path} in raw mode`,
  'inspect.plan.whatPasted': (p: { name: Text }, f: Fmt) => `${f.t(p.name)} with the pasted body`,
  'inspect.plan.bodyKept': "The paste has no body: the builder's body was kept.",
  'inspect.plan.whatKeptBody': (p: { name: Text }, f: Fmt) =>
    `${f.t(p.name)}, keeping the builder's body`,
  'inspect.plan.bodyDefault': (p: { id: string }) =>
    `The paste has no body: the builder starts from ${p.id}'s default body.`,
  'inspect.plan.whatDefault': (p: { name: Text }, f: Fmt) => `${f.t(p.name)} with its default body`,
  'inspect.plan.customHost': (p: { host: string }) => `custom host ${p.host}`,
  'inspect.plan.summary': (
    p: { region: Text; sdkAppId: string; identifier: string; what: Text },
    f: Fmt,
  ) =>
    `Loaded into the builder: ${f.t(p.region)}, SDKAppID ${p.sdkAppId}, identifier ${p.identifier}, ${f.t(p.what)}. The pasted UserSig was not copied: the builder signs its own with the secret key.`,

  // A UserSig that does not decode (lib/inspect/usersig-report.ts).
  'inspect.advice.cutShort':
    'A UserSig cut short is the usual cause: copy it again whole (watch for a line that ended early, or a field with a length limit).',
  'inspect.advice.wrapped':
    'The UserSig was wrapped or split: join the pieces with no spaces or line breaks between them.',
  'inspect.advice.standardBase64':
    'This is standard base64. A UserSig writes + as *, / as - and = as _ (usersig.md step 5): something re-encoded it, so take it from the signer unchanged.',
  'inspect.advice.doubleEncoded':
    'The usersig in the URL is URL-encoded twice: the server receives "%" and answers 70003. Encode it once, or not at all (the alphabet is URL-safe).',
  'inspect.advice.percent':
    'It holds a "%" that is not a whole URL escape: copy it again from the source.',
  'inspect.advice.invisible':
    'An invisible character came along with the copy (chat apps and documents add them): copy it again from the source, or type over that spot.',
  'inspect.advice.copyAgain': 'Copy the UserSig again, without anything around it.',
  'inspect.advice.padding':
    'Padding ("_") may only end a UserSig: two UserSigs may have been pasted together, or the text was edited.',
  'inspect.advice.header':
    'A UserSig from the official SDKs starts with "eJ" (the zlib header): check that its beginning was copied too.',
  'inspect.advice.corrupt':
    'Some characters were changed or lost in the middle: copy it again from the source.',
  'inspect.advice.notSigner':
    'It decodes, but not to what a UserSig signer writes: make a new one with the SecretKey (the signer panel, or an official TLSSigAPIv2 SDK).',
  'inspect.advice.v1':
    "Sign a new v2 UserSig (HMAC-SHA256 with the app's SecretKey): the signer panel makes one.",
  'inspect.advice.empty': 'Paste a UserSig: it usually starts with "eJ".',
  'inspect.advice.short': (p: { length: number; shortest: number }) =>
    `It has ${p.length} characters; a real UserSig is rarely shorter than ${p.shortest}.`,

  // The request's own checks and how its URL was read (lib/inspect/request.ts).
  'inspect.url.unreadable': (p: { start: string }) =>
    `This is not a URL the browser can read: ${p.start}.`,
  'inspect.url.whitespace':
    'The URL had line breaks or tabs in it; they were removed, as a browser does.',
  'inspect.url.credentials':
    'The URL carries a user name or password before the host; the API does not use them.',
  'inspect.url.fragment': 'The part after "#" is never sent to the server; it was ignored.',
  'inspect.url.tooManyParams': (p: { count: number; read: number }, f: Fmt) =>
    `The query has ${f.number(p.count)} parameters; only the first ${f.number(p.read)} were read (a request has five).`,
  'inspect.url.badEscape': (p: { name: string }) =>
    `The query parameter "${p.name}" has a "%" that is not a whole escape; it was read as written.`,
  'inspect.check.http': 'Plain http: the documented URLs are https.',
  'inspect.check.scheme': (p: { scheme: string }) =>
    `"${p.scheme}" is not a web address scheme: the API is served over https.`,
  'inspect.check.host': (p: { hostname: string; region: string; backup: boolean; port: string }) =>
    `${p.hostname}: ${p.region}${p.backup ? ' (backup domain)' : ''}.${p.port ? ` The URL names port ${p.port}; the documented hosts use the default.` : ''}`,
  'inspect.check.unknownHost': (p: { hostname: string; port: string }) =>
    `${p.hostname} is not one of the documented Chat REST hosts. A proxy, or a typo?${p.port ? ` The URL names port ${p.port}; the documented hosts use the default.` : ''}`,
  'inspect.check.bodyUndescribed': (p: { path: string }) =>
    `This tool has no description of ${p.path || 'this endpoint'}, so the body was only checked to be JSON.`,
  'inspect.check.bodyValid': (p: { path: string }) =>
    `Valid JSON that matches the description of ${p.path}.`,
  'inspect.check.bodyAdvice': (p: { n: number; path: string }, f: Fmt) =>
    `The body has ${f.number(p.n)} ${f.plural(p.n, { one: 'problem', other: 'problems' })} against the description of ${p.path}.`,
  'inspect.check.bodyRefused': (p: { n: number; path: string; errors: number }, f: Fmt) =>
    `The body has ${f.number(p.n)} ${f.plural(p.n, { one: 'problem', other: 'problems' })} against the description of ${p.path}: the service refuses ${p.errors === p.n ? 'it' : `it for the ${f.number(p.errors)} marked Error`}.`,

  // The view (components/inspect/*).
  'inspect.ui.intro':
    "Paste a UserSig, a request URL or a curl command (this tool's Copy as curl, a terminal's, or a browser's \"Copy as cURL\") to see what the server will say. It is read in this tab: never sent, never run.",
  'inspect.ui.inputLabel': 'UserSig, request URL or curl command',
  'inspect.ui.placeholderOr': 'or',
  'inspect.ui.cut': (p: { chars: number }, f: Fmt) =>
    `A long paste (${f.number(p.chars)} characters): the box shows its beginning and cannot be edited, and all of it is read. Clear it to paste another.`,
  'inspect.ui.inspect': 'Inspect',
  'inspect.ui.clear': 'Clear',
  'inspect.ui.key': 'Secret key',
  'inspect.ui.show': 'Show',
  'inspect.ui.hide': 'Hide',
  'inspect.ui.useBuilderKey': "Use the builder's key",
  'inspect.ui.keyHint':
    "Optional: only the signature check (70009) needs it. Kept in this tab's memory; never stored, never sent.",
  'inspect.ui.load': 'Load into builder',
  'inspect.ui.loadHint':
    'Takes the region, SDKAppID, identifier, endpoint and body into the builder. The pasted UserSig stays here: the builder signs its own with the secret key.',
  'inspect.ui.orderIntro':
    'The server checks a UserSig in this order, and answers with the first that fails:',
  'inspect.ui.order70003': 'it must decode (alphabet, base64, zlib, JSON, fields);',
  'inspect.ui.order70014': "its SDKAppID must be the URL's sdkappid;",
  'inspect.ui.order70013': "its identifier must be the URL's identifier;",
  'inspect.ui.order70001': 'it must not have expired;',
  'inspect.ui.order70009': "it must be signed with the app's secret key.",
  'inspect.ui.orderHint': 'The first four need no key. Paste something to see each one.',
  'inspect.ui.curlUnreadable': 'The curl command could not be read:',
  'inspect.ui.urlUnreadable': 'The URL could not be read:',
  'inspect.ui.lineColumn': (p: { line: number; column: number }) =>
    `Line ${p.line}, column ${p.column}`,
  'inspect.ui.here': 'Here',
  'inspect.ui.disagree': 'The URL and the UserSig disagree',
  'inspect.ui.canTell': 'What can be told without the key',
  'inspect.ui.cannotTell': 'What cannot',
  'inspect.ui.otherKey':
    "The UserSig is whole and in date, so it was signed with another key: another app's, or a key that has since been reset in the console.",
  'inspect.ui.excerpt': (p: { label: string; at: string; before: string }) =>
    `${p.label}${p.at ? `: "${p.at}"` : ''}, after "${p.before}".`,
  'inspect.ui.loadedKey': 'Enter the secret key in the builder so it can sign.',

  'inspect.sig.titleUrl': 'The UserSig in the URL',
  'inspect.sig.title': 'UserSig',
  'inspect.sig.titleBad': (p: { fromQuery: boolean }) =>
    `${p.fromQuery ? 'The UserSig in the URL' : 'UserSig'}: does not decode`,
  'inspect.sig.version': 'Version',
  'inspect.sig.identifier': 'Identifier',
  'inspect.sig.issuedAt': 'Issued at',
  'inspect.sig.validFor': 'Valid for',
  'inspect.sig.expiresAt': 'Expires at',
  'inspect.sig.status': 'Status',
  'inspect.sig.differs': "≠ the URL's",
  'inspect.sig.expired': 'Expired',
  'inspect.sig.expiredAgo': (p: { seconds: number }, f: Fmt) => `${f.duration(p.seconds)} ago`,
  'inspect.sig.valid': 'Valid',
  'inspect.sig.validLeft': (p: { seconds: number }, f: Fmt) =>
    `for another ${f.duration(p.seconds)}`,
  'inspect.sig.bytes': (p: { n: number }, f: Fmt) =>
    `${f.number(p.n)} ${f.plural(p.n, { one: 'byte', other: 'bytes' })}`,
  'inspect.sig.hex': 'hex',
  'inspect.sig.text': 'text',
  'inspect.sig.notUtf8': '(not UTF-8 text)',
  'inspect.sig.noUserBuf': 'none (the usual kind of UserSig)',
  'inspect.sig.sizes': 'Sizes',
  'inspect.sig.sizesText': (p: { chars: number; compressed: number; json: number }, f: Fmt) =>
    `${f.number(p.chars)} characters · ${f.number(p.compressed)} bytes compressed · ${f.number(p.json)} bytes of JSON`,
  'inspect.sig.json': 'Decoded JSON',
  'inspect.sig.steps': 'Decoding steps',
  'inspect.sig.passed': 'passed',
  'inspect.sig.failedHere': 'failed here',
  'inspect.sig.notReached': 'not reached',
  'inspect.sig.endsHere': 'The UserSig ends here',
  'inspect.sig.outOfPlace': (p: { at: number }) => `Character ${p.at} is out of place`,
  'inspect.sig.cutShort': 'Cut short?',
  'inspect.sig.readAs': 'How the UserSig was read',

  'inspect.req.title': 'Request',
  'inspect.req.fromCurl': 'read from a curl command',
  'inspect.req.fromUrl': 'read from a URL',
  'inspect.req.region': 'Region',
  'inspect.req.host': 'Host',
  'inspect.req.endpoint': 'Endpoint',
  'inspect.req.absent': 'absent',
  'inspect.req.empty': '(empty)',
  'inspect.req.checks': 'Checks',
  'inspect.req.body': 'Body',
  'inspect.req.bodyRegion': 'Request body as sent',
  'inspect.req.notJson': (p: { reason: Text }, f: Fmt) => `Not JSON: ${f.t(p.reason)}`,
  'inspect.req.issues': 'Body issues',
  'inspect.req.readAs': 'How the paste was read',
  'inspect.ui.dismiss': 'Dismiss',
  'inspect.ui.backToInspector': 'Back to the inspector',
  'inspect.ui.loadError': (p: { message: Text; cause: string }, f: Fmt) =>
    `${f.t(p.message)} (${p.cause})`,

  // What the paste was read as (lib/inspect/classify.ts, inspect.ts).
  'inspect.read.empty': 'The paste is empty or only whitespace.',
  'inspect.read.curl': 'It starts with "curl": read as a curl command.',
  'inspect.read.url': 'It starts with http(s)://: read as a request URL.',
  'inspect.read.hostPath':
    'It is a host name and a path without a scheme: read as an https:// request URL.',
  'inspect.read.curlInside': 'It contains a curl command: read as one.',
  'inspect.read.fetch':
    'This looks like "Copy as fetch". Use "Copy as cURL (bash)" instead, or paste just the URL.',
  'inspect.read.powershell':
    'This looks like PowerShell. Use "Copy as cURL (bash)" or "(cmd)" instead, or paste just the URL.',
  'inspect.read.json':
    'This is JSON (a request body?), not a UserSig, a URL or a curl command. Paste the whole request, or write the body in the builder.',
  'inspect.read.partial':
    'This is part of a request URL without its host. Paste the whole URL, https:// included.',
  'inspect.read.userSig':
    'It is one word in the UserSig alphabet (A–Z, a–z, 0–9, *, - and _): read as a UserSig.',
  'inspect.read.userSigOdd':
    'It is one word with no spaces: read as a UserSig, though it holds characters a UserSig never does.',
  'inspect.read.wrapped':
    'It is UserSig-alphabet text broken by spaces or line breaks: read as a UserSig that was wrapped.',
  'inspect.read.unknown':
    'It is not a UserSig (one word of A–Z, a–z, 0–9, *, - and _), a request URL (https://...) or a curl command.',
  'inspect.read.tooLarge': (p: { mb: string; max: number }, f: Fmt) =>
    `The paste is ${p.mb} MB; the inspector reads up to 1 MB (${f.number(p.max)} characters). A UserSig is a few hundred characters and a request URL under 8 KB: paste just the UserSig, the URL or the curl command.`,

  // The request rules' findings (lib/api/request-rules.ts), in the request report.
  'inspect.rr.noMethod':
    'A URL alone does not say the method: the API takes a POST with the JSON body.',
  'inspect.rr.method': (p: { method: string; why: 'case' | 'get' | 'other' }) =>
    `The method is ${p.method}, but the API needs POST: ${
      p.why === 'case'
        ? 'methods are case-sensitive; send "POST".'
        : p.why === 'get'
          ? 'curl sends a GET when the command has no -d (or --data-raw, --json): add the JSON body with one of them.'
          : 'send a POST.'
    } The server answers 60008.`,
  'inspect.rr.noPath':
    'The URL has no path: the endpoint (such as v4/recentcontact/get_list) is missing.',
  'inspect.rr.notCommand': (p: { path: string; serves: string }) =>
    `${p.path} is not a command of this service (it serves ${p.serves}).`,
  'inspect.rr.notRest': (p: { path: string }) =>
    `"${p.path}" is not a REST path (v4/<service>/<command>).`,
  'inspect.rr.path': (p: { what: Text; proxy: boolean }, f: Fmt) =>
    `${f.t(p.what)} ${p.proxy ? 'The service answers 60009 to it; a proxy in between may expect it.' : 'The server answers 60009.'}`,
  'inspect.rr.noApp': 'sdkappid is missing from the URL: the server answers 60012.',
  'inspect.rr.appNaN': (p: { value: string }) =>
    `sdkappid is ${p.value}, but it must be an integer from 0 to 4294967295: the server answers 60006.`,
  'inspect.rr.appOther': (p: { n: number; name: string | null; only: number }) =>
    `sdkappid=${p.n} is not an app of ${p.name ?? 'this service'}, which hosts only ${p.only}: the server answers 70020.`,
  'inspect.rr.appSig': (p: { n: number; inside: number }) =>
    `sdkappid=${p.n} differs from the SDKAppID inside the UserSig (${p.inside}): the server answers 70014.`,
  'inspect.rr.noId':
    'identifier (the app admin account) is missing from the URL: the server checks the UserSig against an empty one and answers 70013.',
  'inspect.rr.idSig': (p: { value: string; inside: string }) =>
    `identifier=${p.value} differs from the identifier inside the UserSig (${p.inside}): the server answers 70013.`,
  'inspect.rr.noSig': 'usersig is missing from the URL: the server answers 70002.',
  'inspect.rr.sigBad': 'The usersig does not decode (see the UserSig): the server answers 70003.',
  'inspect.rr.sigLen': (p: { n: number; decodes: boolean }) =>
    `${p.n} characters${p.decodes ? '; it decodes' : ''}.`,
  'inspect.rr.noRandom': `random is missing; ${RANDOM_DOCS}. The service accepts a call without one (Tencent's 2016 Node SDK sends none), but send one.`,
  'inspect.rr.randomRange': (p: { value: string }) =>
    `random is ${p.value}, outside the uint32 range; ${RANDOM_DOCS}. The service accepts such values (clients that send a signed or 64-bit number run in production), but send one in range.`,
  'inspect.rr.randomNaN': (p: { value: string }) =>
    `random is ${p.value}, not a whole number; ${RANDOM_DOCS}. No answer to another value is documented; the sandbox accepts it.`,
  'inspect.rr.noCt':
    'contenttype is missing; the documentation says to always send contenttype=json.',
  'inspect.rr.ctCase': (p: { value: string }) =>
    `contenttype is ${p.value}; the documented value is "json", in lowercase.`,
  'inspect.rr.ctBad': (p: { value: string }) =>
    `contenttype is ${p.value}, but it must be "json": the sandbox answers 60002, as a URL in the wrong format.`,
  'inspect.rr.dup': (p: { names: readonly (readonly [string, number])[] }) =>
    `Repeated: ${timesList(p.names)}. Send each parameter once.`,
  'inspect.rr.dupDiffer': (p: { names: readonly (readonly [string, number])[] }) =>
    `Repeated with different values: ${timesList(p.names)}. Which one the server reads is not documented, so the sandbox answers 60002; this report used the first.`,
  'inspect.rr.unexpected': (p: { names: readonly (readonly [string, string | null])[] }) =>
    `Not parameters of the API: ${p.names.map(([n, doc]) => (doc === null ? n : `${n} (the documented name is ${doc})`)).join(', ')}.`,
  'inspect.rr.urlNoBody':
    'A URL carries no body: the JSON body goes in the POST. Load it into the builder to write one.',
  'inspect.rr.noBody': (p: { why: Text | null }, f: Fmt) =>
    `${p.why === null ? "The request sends no body: the API needs the JSON request body (curl: -d '{...}')." : `The body is not valid JSON (${f.t(p.why)}).`} The server answers 60003.`,
  'inspect.rr.valid': 'Valid JSON.',

  // Reading a pasted UserSig (lib/inspect/classify.ts).
  'inspect.cl.removed': (p: { parts: readonly ('ws' | 'quotes' | 'prefix')[] }) =>
    `Removed the ${p.parts.map((x) => (x === 'ws' ? 'whitespace' : x === 'quotes' ? 'quotes' : '"usersig="')).join(' and ')} around the UserSig before reading it.`,
  'inspect.cl.encoded':
    'The UserSig was URL-encoded (%2A for *, %2D for -, %5F for _); it was decoded first. Send it decoded: the alphabet is URL-safe as it is.',
  'inspect.cl.twice': 'It was URL-encoded twice; decoded again.',
  // Splitting a pasted command into words (lib/inspect/shell-words.ts).
  'inspect.sh.open': (p: {
    what: 'single' | 'ansi' | 'double' | 'subst' | 'back';
    line: number;
    column: number;
  }) =>
    `The ${{ single: 'single quote', ansi: "$'...' quote", double: 'double quote', subst: '$( substitution', back: 'backquote' }[p.what]} at line ${p.line}, column ${p.column} is never closed. The paste may have been cut short, or a quote inside the text needs escaping.`,
  'inspect.sh.var': (p: { name: string }) =>
    `The command uses ${p.name}, which a shell would replace with a value; it was kept as written.`,
  'inspect.sh.heredoc': (p: { line: number }) =>
    `A here-document (from line ${p.line}) feeds the command's input; it was not read as arguments.`,
  'inspect.sh.cmdQuote': (p: { line: number; column: number }) =>
    `The quote at line ${p.line}, column ${p.column} is never closed; Windows reads to the end of the line, and so did this reader. The paste may have been cut short.`,
  'inspect.sh.cmdVar':
    'The command uses a %VARIABLE%, which cmd.exe would replace with a value; it was kept as written.',
  'inspect.sh.more': (p: { n: number }, f: Fmt) => `…and ${f.number(p.n)} more notes.`,
  // Reading a curl command (lib/inspect/curl.ts).
  'inspect.curl.piped': 'Another command is piped into curl; only the curl command was read.',
  'inspect.curl.ends': (p: { line: number }) =>
    `The command ends at line ${p.line}; the lines after it were not read.`,
  'inspect.curl.after': (p: { op: string }) =>
    `Everything after "${p.op}" is another command and was not read.`,
  'inspect.curl.redirect': (p: { op: string }) => `The output redirection "${p.op}" was ignored.`,
  'inspect.curl.carried': (p: { lines: readonly number[] }, f: Fmt) => {
    if (p.lines.length === 1) {
      return `Line ${p.lines[0]} ends without a backslash, so a shell would end the command there; the next line was read as part of it.`;
    }
    const shown = p.lines.slice(0, 3);
    const more = p.lines.length - shown.length;
    const list =
      more > 0
        ? `${shown.join(', ')} and ${f.number(more)} more`
        : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
    return `Lines ${list} end without a backslash, so a shell would end the command at each; the lines after them were read as part of it.`;
  },
  'inspect.curl.none': 'No curl command was found: the paste should start with "curl".',
  'inspect.curl.next': 'The command has several requests (--next); only the first was read.',
  'inspect.curl.unknown': (p: { option: string }) =>
    `The option ${p.option} is not known to this reader and was ignored.`,
  'inspect.curl.needs': (p: { option: string }) => `The option ${p.option} needs a value after it.`,
  'inspect.curl.stdin': (p: { option: string; piece: string; pipe: boolean }) =>
    `${p.option} ${p.piece} reads the body from standard input${p.pipe ? ' (the pipe or here-document)' : ''}, which this page cannot see. Paste the body in its place instead: ${p.option} '{"From_Account":...}'.`,
  'inspect.curl.file': (p: { option: string; piece: string; source: string }) =>
    `${p.option} ${p.piece} reads the body from the file "${p.source}", which this page cannot read. Paste the file's content in its place instead: ${p.option} '{"From_Account":...}'.`,
  'inspect.curl.urlencode':
    '--data-urlencode sends the text URL-encoded; the API expects the JSON as it is (use --data-raw).',
  'inspect.curl.joins': 'curl joins several data options with "&", which breaks a JSON body.',
  'inspect.curl.headerFile': (p: { option: string; value: string }) =>
    `${p.option} ${p.value} reads headers from a file; it was ignored.`,
  'inspect.curl.form': (p: { option: string }) =>
    `${p.option} sends a multipart form; the API expects a JSON body (use --data-raw).`,
  'inspect.curl.upload': (p: { option: string; value: string }) =>
    `${p.option} ${p.value} uploads a file, which this page cannot read. Paste the body with --data-raw instead.`,
  'inspect.curl.config': (p: { option: string; value: string }) =>
    `${p.option} ${p.value} reads more options from a file, which this page cannot read. Paste the options themselves.`,
  'inspect.curl.noUrl': 'The curl command has no URL: curl would not know where to send it.',
  'inspect.curl.urls': (p: { n: number }) =>
    `The command has ${p.n} URLs; curl would request each one. Only the first was read.`,
  'inspect.curl.glob':
    'The URL holds "[" or "{", which curl expands as a pattern unless -g is given.',
  'inspect.curl.scheme':
    'The URL has no scheme, so curl would use http://; the API is served over https.',
  'inspect.curl.get':
    '-G moves the data into the URL query and sends a GET; the API needs a POST body.',
} satisfies Record<`inspect.${string}`, unknown>;
