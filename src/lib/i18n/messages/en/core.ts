// The first screen's texts in English: the header, the language control, the storage note, the
// lazy loader's failure and the reload notice, and the sign form's validation. Loaded before
// the page mounts (main.ts). Keys: docs/i18n.md.
import type { Fmt, Text } from '../../message';

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
  'core.part.historyPanel': 'the History panel',
  'core.part.history': 'the history',
  'core.part.bodyRules': 'the body checks',
  'core.part.shareCode': 'the share-link code',
  'core.part.linkNotice': 'the link notice',
  'core.part.shareField': 'the share link field',
  'core.part.responsePanel': 'the Response panel',
  'core.part.exactRequest': 'the Exact request panel',
  'core.part.recentSends': 'the recent sends',
  'core.part.shareBar': 'the Share bar',
  'core.part.shortcuts': 'the keyboard shortcuts',
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
  'core.ready.host': (p: { error: string }) => `Custom host: ${p.error}`,
  'core.ready.noHost': 'There is no host to send to: choose a region.',
  'core.ready.path': (p: { error: string }) => `Path: ${p.error}`,
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
} satisfies Record<`core.${string}`, unknown>;
