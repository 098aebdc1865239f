// The workbench's on-demand parts in English: Key & options (the secret key, the validity, the
// UserSig, how requests go), the service settings, the keyboard shortcuts' help and the sandbox
// state. Loaded with the chunk that shows them (Lazy texts={['bench']}).
import type { SummaryParams as Summary } from '../../../sandbox/page';
import type { Fmt, Text } from '../../message';

export default {
  // Key & options (components/connection/ConnectionDetails.svelte).
  'bench.sig.title': 'Admin UserSig',
  'bench.sig.hint':
    'Signed in this tab with HMAC-SHA256. The key stays in memory: it is never stored or sent.',
  'bench.sig.key': 'Secret key',
  'bench.sig.show': 'Show',
  'bench.sig.hide': 'Hide',
  'bench.sig.validity': 'Validity',
  'bench.sig.v3600': '1 hour',
  'bench.sig.v86400': '1 day',
  'bench.sig.v604800': '7 days',
  'bench.sig.v15552000': '180 days',
  'bench.sig.seconds': (p: { n: string }) => `${p.n} s`,
  'bench.sig.custom': 'Custom…',
  'bench.sig.validitySeconds': 'Validity in seconds',
  'bench.sig.placeholder': 'Fill in the SDKAppID, secret key and identifier to sign.',
  'bench.sig.copy': 'Copy UserSig',
  'bench.sig.again': 'Sign again',
  'bench.sig.copied': 'Copied.',
  'bench.sig.noCopy': 'The browser refused to copy: select the text and copy it.',
  'bench.sig.expires': 'Expires',
  'bench.sig.in': (p: { s: number }, f: Fmt) => `(in ${f.duration(p.s)})`,
  'bench.sig.ago': (p: { s: number }, f: Fmt) => `(expired ${f.duration(p.s)} ago)`,
  'bench.via.legend': 'Send via',
  'bench.via.auto': 'Auto',
  'bench.via.autoHint': 'direct, else the proxy',
  'bench.via.direct': 'Direct from this browser',
  'bench.via.proxy': 'Proxy',
  'bench.via.base': 'Proxy base URL',
  'bench.via.serve1': 'and',
  'bench.via.serve2': 'serve one at',
  'bench.via.serve3': '; on a static host, run the one-file proxy:',
  'bench.via.yourself': 'Run the proxy yourself (one file)',
  'bench.via.help': 'Proxy help',
  'bench.via.directHint':
    'Direct calls need the host to allow cross-origin requests; if it does not, use the proxy or copy the request as curl.',
  'bench.timeout': 'Timeout (seconds)',
  'bench.part.proxyHelp': 'the proxy help',

  // The service settings (components/connection/ServiceTarget.svelte).
  'bench.svc.backup': 'Use backup domain',
  'bench.svc.noBackup': 'none listed for this region',
  'bench.svc.sendsTo': 'Sends to',
  'bench.svc.outsideCsp':
    "The published page's security policy lets the browser reach only the Chat hosts and loopback, and the proxy forwards only to those too: for another host, copy the request as curl.",
  'bench.svc.finder': 'Region finder',
  'bench.part.finder': 'the region finder',
  'bench.svc.placeholder': 'https://example.com or localhost:8787',

  // The keyboard shortcuts' help (components/workbench/ShortcutHelp.svelte), one per shortcut
  // of lib/keyboard/shortcuts.ts, by id.
  'bench.sc.send': 'Send the request',
  'bench.sc.next-page': 'Next page: copy the cursors of the last answer',
  'bench.sc.fetch-all': 'Fetch all pages',
  'bench.sc.focus-editor': 'Focus the JSON editor',
  'bench.sc.toggle-history': 'Show or hide the recent sends',
  'bench.sc.help': 'Show the keyboard shortcuts',
  'bench.sc.outside': ' (outside text fields)',
  'bench.sc.hint':
    'They work in the JSON editor too. Send works in every view, the others in the Builder.',
  'bench.sc.close': 'Close',
  // The sandbox state (components/SandboxState.svelte).
  'bench.sb.state': 'Sandbox state:',
  'bench.sb.kept': 'Kept in this browser across reloads.',
  'bench.sb.reset': 'Reset sandbox',
  'bench.sb.resetHint': 'brings back the seed: alice, bob, carol and their groups and marks.',
  'bench.sb.assumes': 'What the sandbox assumes where the documentation is silent',
  'bench.sb.loading': 'Loading the sandbox…',
  // The exact request (components/ExactRequest.svelte).
  'bench.part.codegen': 'Copy as code',
  'bench.ex.method': 'Method',
  'bench.ex.body': 'Body',
  'bench.ex.reveal': 'Reveal UserSig',
  'bench.ex.hide': 'Hide UserSig',
  'bench.ex.copyMasked': 'Copy masked URL',
  'bench.ex.copyFull': 'Copy full URL',
  'bench.ex.copied.masked': 'Masked URL copied.',
  'bench.ex.copied.full': 'Full URL copied.',
  'bench.ex.copied.code': 'Code copied.',
  'bench.ex.noCopy': 'The browser refused to copy: select the text instead.',
  'bench.ex.password': 'The full URL works as a password until the UserSig expires.',
  'bench.ex.random': ', drawn fresh for every send.',
  'bench.ex.sb1': 'The sandbox runs in this tab, so',
  'bench.ex.sb2': 'stands for its host.',
  'bench.ex.reqBody': 'Request body',
  'bench.ex.copyAs': 'Copy as',
  'bench.ex.copyCode': 'Copy code',
  'bench.ex.real': 'Put the real UserSig in the copy',
  'bench.ex.until': (p: { at: number }, f: Fmt) => `(it works as a password until ${f.date(p.at)})`,
  'bench.ex.else1': '(otherwise ',
  'bench.ex.else2': ' stands in for it)',
  'bench.ex.server1':
    "The program signs its own short-lived UserSig on the server with Tencent's official",
  'bench.ex.server2': 'library, reading the key from the environment: the right way in production.',
  'bench.ex.code': 'Code',
  'bench.ex.noHost': 'Choose where to send the request: the custom host is not valid yet.',

  // Beside Send (components/workbench/SendProblems.svelte).
  'bench.sp.notSent': 'Not sent:',
  'bench.sp.cannot': 'Cannot send yet:',
  'bench.sp.fix': 'Fix',

  // The recent sends (components/workbench/RecentSends.svelte).
  'bench.rs.opening': 'Opening history…',
  'bench.rs.none': 'No sends yet: every send and "Fetch all pages" run appears here.',
  'bench.rs.list': (p: { n: number }) => `The newest ${p.n} sends, newest first`,
  'bench.rs.which': (p: { e: string; at: string }) => ` the ${p.e} request of ${p.at}`,
  'bench.rs.star': 'Star',
  'bench.rs.load': 'Load into the builder:',
  'bench.rs.resend': 'Re-send',
  'bench.rs.all': 'All history: search, details, import, export',
  // Find my region (components/region/RegionFinder.svelte, lib/region/finder.ts).
  'bench.fd.find': 'Find my region',
  'bench.fd.finding': 'Finding…',
  'bench.fd.stop': 'Stop',
  'bench.fd.about': (p: { id: string }) =>
    `Asks every region which one knows SDKAppID ${p.id}, with a deliberately invalid UserSig: no key needed, and your UserSig is never sent.`,
  'bench.fd.none': (p: { id: string }) =>
    `No region knows SDKAppID ${p.id}: check the SDKAppID in the Chat console, and that the hosts can be reached (the table says which could not).`,
  'bench.fd.noneStopped': (p: { id: string }) =>
    `No region knows SDKAppID ${p.id} (stopped): check the SDKAppID in the Chat console, and that the hosts can be reached (the table says which could not).`,
  'bench.fd.knowsIt': (p: { name: string }) => `${p.name} knows it.`,
  'bench.fd.knowsItBackup': (p: { name: string }) => `${p.name} (backup domain) knows it.`,
  'bench.fd.inUse': '(in use)',
  'bench.fd.switch': (p: { name: string }) => `Switch to ${p.name}`,
  'bench.fd.answers': 'Domain answers',
  'bench.fd.colRegion': 'Region and domain',
  'bench.fd.colAnswer': 'Answer',
  'bench.fd.colTime': 'Time',
  'bench.fd.backupMark': ' (backup)',
  'bench.fd.s.waiting': '…',
  'bench.fd.s.asking': 'asking…',
  'bench.fd.s.knows': 'knows it',
  'bench.fd.s.not-here': 'not here',
  'bench.fd.s.unclear': 'unclear',
  'bench.fd.s.failed': 'no answer',
  'bench.fd.s.skipped': 'not asked',
  'bench.fd.knows': (p: { code: number }) =>
    `knows this SDKAppID (it refused the probe's deliberately invalid UserSig with ${p.code})`,
  'bench.fd.notFound': (p: { code: number }) => `not here (${p.code}: SDKAppID not found)`,
  'bench.fd.noKey': (p: { code: number }) => `not here (${p.code}: no key for this SDKAppID)`,
  'bench.fd.backup': 'asked only if the main domain cannot be reached',
  'bench.fd.stopped': 'stopped',
  'bench.fd.timeout': (p: { s: number }) => `no answer within ${p.s} s`,
  'bench.fd.skipKnows': 'not asked: a main domain knows the app',
  'bench.fd.skipAnswered': 'not asked: its main domain answered',
  // Why a custom host cannot be used (lib/api/regions.ts validateCustomHost): shown by the
  // service settings and beside Send, both of which load this area.
  'bench.h.empty': 'Enter a host, such as console.tim.qq.com or localhost:8080.',
  'bench.h.spaces': 'A host cannot contain spaces.',
  'bench.h.slashes': (p: { scheme: string }) =>
    `Write the scheme as ${p.scheme}:// (two slashes), or leave it out.`,
  'bench.h.path': 'Enter a host name, not a path.',
  'bench.h.scheme': (p: { scheme: string }) =>
    `Only https:// is allowed (${p.scheme}:// is not a web address the API answers on).`,
  'bench.h.credentials': 'Remove the user name and password: a host here carries no credentials.',
  'bench.h.afterScheme': 'Enter a host name after the scheme.',
  'bench.h.query': 'Remove the query (from ?): the tool builds the query itself.',
  'bench.h.fragment': 'Remove the fragment (from #).',
  'bench.h.onlyHost': 'Enter only the host: the tool adds the path (v4/recentcontact/…) itself.',
  'bench.h.invalid': (p: { authority: string }) =>
    `"${p.authority}" is not a valid host name or port.`,
  'bench.h.http':
    'Use https://: the URL carries an admin UserSig, and only localhost, 127.0.0.1 and [::1] may be plain http.',
  // The one-file proxy's help (components/proxy/ProxyHelp.svelte).
  'bench.px.select': 'Select the command and copy it.',
  'bench.px.label': 'The one-file proxy',
  'bench.px.run': 'Run the proxy yourself',
  'bench.px.lead':
    ": one file, no install, Node 18 or later. It forwards this page's requests to the Chat REST hosts from your machine.",
  'bench.px.download': (p: { file: string }) => `Download ${p.file}`,
  'bench.px.terminal': 'In a terminal, in the folder you saved it in:',
  'bench.px.copy': 'Copy',
  'bench.px.listens': 'It listens at',
  'bench.px.inUse': '(the proxy address in use)',
  'bench.px.useThis': 'Use this address',
  'bench.px.check': 'Check the proxy',
  'bench.px.checking': 'Checking…',
  'bench.px.ready': 'The proxy answers and serves this page.',
  'bench.px.origin-refused': 'A proxy answers, but does not serve this page:',
  'bench.px.down': 'No proxy answers:',
  'bench.px.not-a-proxy': 'Not a proxy:',
  'bench.px.useIt': 'Use it',
  'bench.px.serves1': 'It serves pages from this machine and the origins given with',
  'bench.px.serves2': ', and forwards only to the Chat REST hosts and a local sandbox (',
  'bench.px.serves3': ', default 8787).',
  'bench.px.serves4': 'lists its options.',

  // Raw mode's path field (components/RawPathField.svelte).
  'bench.raw.page': 'its documentation page',
  'bench.raw.stop': '.',
  'bench.raw.unknown':
    "Not in the documentation's navigation: check the spelling (paths are case-sensitive).",
  'bench.raw.about':
    "Raw mode: signed and sent like any request, with any JSON object as its body, sent as written. Its fields are not checked here: the command's own page is the reference.",
  'bench.raw.hasForm': (p: { title: string }) => `This path has a form: ${p.title}.`,
  'bench.raw.useForm': 'Use the form',
  // Why a raw path is not one (lib/api/raw.ts), beside the path field and in Send's blockers.
  'bench.rp.empty': 'Enter a path such as v4/openim/sendmsg.',
  'bench.rp.long': (p: { n: number }) =>
    `The path is ${p.n} characters long; a REST path is far shorter.`,
  'bench.rp.url':
    'Enter only the path, such as v4/openim/sendmsg: the host comes from the region, and the query is added when the request is signed.',
  'bench.rp.query':
    'Leave out the query: sdkappid, identifier, usersig, random and contenttype are added when the request is signed.',
  'bench.rp.dots': 'A path cannot contain "." or ".." parts: write v4/<service>/<command>.',
  'bench.rp.emptyPart':
    'The path has an empty part (two slashes, or one at the end): write v4/<service>/<command>.',
  'bench.rp.case': 'Write v4 in lower case.',
  'bench.rp.v4': (p: { got: string }) =>
    `REST paths start with v4/ (such as v4/openim/sendmsg), not ${p.got}.`,
  'bench.rp.parts': (p: { n: number }) =>
    `A REST path has three parts, v4/<service>/<command> (such as v4/openim/sendmsg); this one has ${p.n}.`,
  'bench.rp.segment': (p: { part: string }) =>
    `${p.part} may hold only letters, digits and underscores (such as openim or get_c2c_unread_msg_num).`,
  // The sandbox's assumptions (lib/sandbox/assumptions.ts), word for word as in the README.
  'bench.as.1':
    'A new group gets the smallest positive GroupId the account does not use, so a deleted group’s number is reused.',
  'bench.as.2':
    'Group names are unique per account: creating or renaming to a name in use is refused with 50002.',
  'bench.as.3':
    'A group name may be at most 32 bytes (51011), as the older pages and the error table say; the newest English page says 64.',
  'bench.as.4':
    'StandardMark is written as a binary numeral, bit 0 rightmost ("1001" is star and hide), without leading zeros.',
  'bench.as.5':
    'SetMark and ClearMark take bit numbers 0 to 63; ClearMark is applied first, so a bit in both ends up set.',
  'bench.as.6':
    'OptType 1 leaves the custom mark as it is and 2 the standard marks; with 2 or 3 an absent or empty CustomMark clears it.',
  'bench.as.7':
    'Group and mark data belong to the conversation’s ID: a conversation not in the list can be grouped or marked, and deleting a conversation or a group keeps the marks.',
  'bench.as.8':
    'Every conversation of a successful call gets ResultCode 0: adding one twice, or removing one not in the group, changes nothing.',
  'bench.as.9':
    'update_contact_group answers 51009 for a group that does not exist, as del_contact_group does.',
  'bench.as.10':
    'search_contact_group answers every conversation asked for (one without data with its Type and peer only) and lists all the account’s groups.',
  'bench.as.11':
    'Imported: alice, bob, carol, administrator and everyone they have a one-to-one conversation with; account_import adds more, each with an empty list.',
  'bench.as.12':
    'multiaccount_import fails (FailAccounts) a UserID that is empty, over 32 bytes or has a profile value over 500 bytes, and imports the rest; Nick and FaceUrl are not kept.',
  'bench.sb.summary': (p: Summary) => {
    const more = p.more > 0 ? ` and ${p.more} more` : '';
    const since = p.since.length > 0 ? ` (since the seed: ${p.since.join(', ')}${more})` : '';
    const owners = p.owners.length > 0 ? ` (${p.owners.join(', ')})` : '';
    return `${p.imported} imported accounts${since}, ${p.groups} conversation groups${owners}, ${p.marked} marked conversations.`;
  },

  // Why the sandbox's state was not read or kept (lib/sandbox/page.ts, state.ts).
  'bench.sbn.seed': (p: { reason: Text }, f: Fmt) =>
    `The sandbox started from its seed: ${f.t(p.reason)}.`,
  'bench.sbn.record': 'the saved sandbox is not a record',
  'bench.sbn.version': (p: { v: string }) =>
    `the saved sandbox has version ${p.v}, which this page does not read`,
  'bench.sbn.damaged': 'the saved sandbox is damaged',
  'bench.sbn.blocked': (p: { cause: string }) =>
    `This browser does not let the page keep the sandbox's state (${p.cause}): it starts from the seed on every reload.`,
  'bench.sbn.reset': (p: { cause: string }) =>
    `The sandbox was reset, but its saved state could not be removed (${p.cause}).`,
  'bench.sbn.save': (p: { cause: string }) =>
    `The sandbox's state could not be saved (${p.cause}): it is kept until the page is reloaded.`,
  // Why the region finder cannot start (state/region-finder.svelte.ts).
  'bench.rf.noApp': 'Enter the SDKAppID first: the finder asks each region about it.',
  'bench.rf.failed': (p: { cause: string }) =>
    `Could not run the region finder (${p.cause}); try again.`,
} satisfies Record<`bench.${string}`, unknown>;
