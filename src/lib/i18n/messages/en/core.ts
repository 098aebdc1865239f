// The first screen's texts in English: the header, the language control, the storage note, the
// lazy loader's failure and the reload notice, and the sign form's validation. Loaded before
// the page mounts (main.ts). Keys: docs/i18n.md.
import type { DurationParts as Parts } from '../../../usersig/status';
import type { Fmt, Text } from '../../message';

// A duration as at most two units, largest first (lib/usersig/status.ts durationParts).
const U = { d: 'd', h: 'h', min: 'min', s: 's' };
const dur = (parts: Parts) => parts.map(([n, u]) => `${n} ${U[u]}`).join(' ');

export default {
  'core.tagline':
    "Sign UserSigs and debug Tencent Cloud Chat's REST API, all in this tab. The secret key never leaves it.",
  'core.views': 'Views',
  'core.view.builder': 'Builder',
  'core.view.inspect': 'Inspect',
  'core.view.history': 'History',

  'core.language.label': 'Language',
  'core.language.loading': 'Loading…',

  'core.storage.full':
    "Your choices are not remembered after a reload: this site's storage is full.",
  'core.storage.blocked':
    'Your choices are not remembered after a reload: this browser blocks storage here (in another site’s frame, or by privacy settings).',

  'core.lazy.failed': (p: { part: Text }, f: Fmt) =>
    `Could not load ${f.t(p.part)} — check the connection and try again.`,
  'core.lazy.loadedAsIs': (p: { failure: Text }, f: Fmt) =>
    `${f.t(p.failure)} The body was loaded as it is.`,
  'core.lazy.retry': 'Retry',
  'core.lazy.loading': 'Loading…',
  'core.part.textsEn': 'the English texts',
  'core.part.textsZh': 'the Chinese texts',
  'core.part.inspector': 'the inspector',
  'core.part.inspectorModel': 'the inspector',
  'core.part.views': 'the Inspect and History views',
  'core.part.historyPanel': 'the History panel',
  'core.part.history': 'the history',
  'core.part.bodyRules': 'the body checks',
  'core.part.formEdits': 'the form’s editing code',
  'core.part.shareCode': 'the share-link code',
  'core.part.linkNotice': 'the link notice',
  'core.part.shareField': 'the share link field',
  'core.part.responsePanel': 'the Response panel',
  'core.part.exactRequest': 'the Exact request panel',
  'core.part.recentSends': 'the recent sends',
  'core.part.shareBar': 'the Share bar',
  'core.part.shortcuts': 'the keyboard shortcuts',
  'core.part.language': 'the language switch',
  'core.part.formTexts': 'the form’s texts',
  'core.part.sendKit': 'the sending code',
  'core.part.sandbox': 'the sandbox',
  'core.part.signer': 'the signing code',
  'core.part.noble': 'the pure-JS HMAC (@noble/hashes)',

  'core.reload.text':
    'Part of this page could not be downloaded. If the connection is fine, the site was probably updated since this tab opened it: reload to get the new version. The request you are building is kept (never the key or the UserSig).',
  'core.reload.reload': 'Reload',
  'core.reload.dismiss': 'Dismiss',

  // The workbench's header and panes (App.svelte).
  'core.bench.recent': 'Recent sends',
  'core.bench.shortcuts': 'Keyboard shortcuts',
  'core.panel.response': 'Response',
  'core.panel.exactRequest': 'Exact request',

  'core.inspect.title': 'Inspect',
  'core.inspect.loading': 'Loading the inspector…',
  'core.history.title': 'History',

  // The share bar's name while it loads (App.svelte).
  'core.share.title': 'Share',

  // Why Send cannot go (lib/api/readiness.ts), listed beside it.
  'core.ready.host': (p: { error: Text }, f: Fmt) => `Custom host: ${f.t(p.error)}`,
  'core.ready.noHost': 'There is no host to send to: choose a region.',
  'core.ready.path': (p: { error: Text }, f: Fmt) => `Path: ${f.t(p.error)}`,
  'core.ready.noUserSig': (p: { why: Text }, f: Fmt) => `No UserSig can be made: ${f.t(p.why)}`,
  'core.ready.signing': 'The UserSig is being signed: send again in a moment.',

  // The sign form (lib/usersig/form.ts): it shows with the first screen.
  'core.signForm.sdkAppIdEmpty':
    'Enter the SDKAppID from the Chat console (a number such as 1400000000).',
  'core.signForm.sdkAppIdDigits': 'The SDKAppID is a whole number: digits only.',
  'core.signForm.sdkAppIdRange': 'The SDKAppID must be between 1 and 4294967295.',
  'core.signForm.keyEmpty': 'Enter the app’s secret key (Chat console → Basic configuration).',
  'core.signForm.keySpace':
    'The key starts or ends with white space; a console key never does. Remove it.',
  'core.signForm.identifierEmpty': 'Enter the app admin account, such as administrator.',
  'core.signForm.identifierSpace':
    'The identifier starts or ends with white space, which would be signed as typed.',
  'core.signForm.expireDigits': 'The validity is a whole number of seconds.',
  'core.signForm.expireRange': 'The validity must be between 1 and 4294967295 seconds.',
  // The endpoint picker's titles (lib/api/endpoint-menu.ts), as each English page names itself.
  'core.ep.getList': 'Pulling a conversation list',
  'core.ep.delete': 'Deleting a conversation',
  'core.ep.c2cUnread': 'Querying Unread One-to-One Message Count',
  'core.ep.getGroup': 'Pulling Conversation Group Mark Data',
  'core.ep.createGroup': 'Creating Conversation Group Data',
  'core.ep.updateGroup': 'Updating Conversation Group Data',
  'core.ep.delGroup': 'Deleting Conversation Group Data',
  'core.ep.mark': 'Creating or Updating Conversation Mark Data',
  'core.ep.searchGroup': 'Searching for Conversation Group Marks',
  'core.ep.import': 'Importing a Single Account',
  'core.ep.multiImport': 'Importing Multiple Accounts',
  'core.ep.check': 'Querying Accounts',
  'core.form.fields': 'Request fields',
  // The connection strip (ConnectionPanel.svelte, lib/usersig/status.ts, lib/api/regions.ts).
  'core.conn': 'Connection',
  'core.keyopts': 'Key & options',
  'core.keyopts.part': 'Key and options',
  'core.region': 'Region',
  'core.regions': 'Tencent Cloud Chat regions',
  'core.custom': 'Custom host…',
  'core.host': 'Custom host',
  'core.service': 'Service',
  'core.identifier': 'Identifier',
  'core.r.sandbox': 'Sandbox (offline)',
  'core.r.china': 'China',
  'core.r.singapore': 'Singapore',
  'core.r.seoul': 'Seoul',
  'core.r.tokyo': 'Tokyo',
  'core.r.frankfurt': 'Frankfurt',
  'core.r.mumbai': 'Mumbai',
  'core.r.silicon-valley': 'Silicon Valley',
  'core.r.jakarta': 'Jakarta',
  'core.r.riyadh': 'Riyadh',
  'core.r.older': 'older pages only',
  'core.r.newest': 'newest pages only',
  // The sandbox note: text, <strong>, text, <code>alice</code>, text, <code>bob</code>, text, <code>carol</code>, text.
  'core.sb.a':
    'A simulated Chat app in this tab: nothing goes over the network. Its SDKAppID, identifier and key are',
  'core.sb.b': 'public sandbox values',
  'core.sb.c': '. Try From_Account',
  'core.sb.d': '(250 conversations),',
  'core.sb.e': '(3) or',
  'core.sb.f': '(none).',
  'core.sig.failed': 'Signing failed: see the details',
  'core.sig.check': (p: { missing: Text[] }, f: Fmt) =>
    `No UserSig: check ${p.missing.map(f.t).join(', ')}`,
  'core.sig.sdkAppId': 'the SDKAppID',
  'core.sig.key': 'the secret key',
  'core.sig.identifier': 'the identifier',
  'core.sig.expire': 'a validity',
  'core.sig.noCode': 'No UserSig: the signing code did not load',
  'core.sig.signing': 'Signing…',
  'core.sig.expired': (p: { parts: Parts }) => `UserSig expired ${dur(p.parts)} ago`,
  'core.sig.left': (p: { parts: Parts }) => `UserSig expires in ${dur(p.parts)}`,
  'core.part.details': 'the connection details',
  'core.part.service': 'the service settings',

  // The Send bar (SendBar.svelte).
  'core.send': 'Send',
  'core.next': 'Next page',
  'core.all': 'Fetch all pages',
  'core.rate.a': 'at most',
  'core.rate.b': 'calls/s',
  'core.rate.label': 'Calls per second at most',
  'core.cancel': 'Cancel',
  'core.sending': 'Sending…',
  'core.fetching': 'Fetching pages…',
  'core.problems': 'Problems',
  'core.part.problems': 'the list of problems',
  'core.part.limits': 'the limits of Fetch all',
  'core.via': (p: { how: Text; s: number }, f: Fmt) => `Via ${f.t(p.how)} · timeout ${p.s} s`,
  'core.via.sandbox': 'the in-page sandbox',
  'core.via.direct': 'a direct call from this browser',
  'core.via.proxy': (p: { base: string }) => `the proxy at ${p.base}`,
  'core.via.auto': (p: { base: string }) => `Auto: direct, else the proxy at ${p.base}`,
  'core.pages': 'Pages fetched',
  'core.pages.so': (p: { pages: number; items: number }) =>
    `${p.pages} page(s), ${p.items} conversation(s) so far`,

  // The request pane (RequestPanel.svelte, SandboxStateSlot.svelte).
  'core.req': 'Request',
  'core.endpoint': 'Endpoint',
  'core.raw': 'Raw: any v4/service/command…',
  'core.path': 'Path',
  'core.body': 'JSON body',
  'core.format': 'Format',
  'core.reset': 'Reset to defaults',
  'core.sbState': 'Sandbox state',
  'core.lim.pages': 'pages ≤',
  'core.lim.items': 'items ≤',
  'core.lim.pagesLabel': 'Fetch all: pages at most',
  'core.lim.itemsLabel': 'Fetch all: items at most',
  'core.part.path': 'the path field',
  'core.part.schema': "the editor's schema",
  'core.part.sbState': 'the sandbox state',
  'core.part.editor': 'the JSON editor',
  'core.ed.plain': 'Meanwhile the plain text box edits the body.',
  'core.part.compare': 'Compare',
  'core.part.proxyHelp': 'the proxy help',
  'core.part.endpoints': 'the endpoint descriptions',
  'core.part.nested': 'the form for nested fields',
  'core.schema': 'Schema:',
  'core.hover': 'hover a name for its documentation.',
} satisfies Record<`core.${string}`, unknown>;
