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
  'core.lazy.retry': 'Retry',
  'core.lazy.loading': 'Loading…',
  'core.part.textsEn': 'the English texts',
  'core.part.textsZh': 'the Chinese texts',
  'core.part.inspector': 'the inspector',
  'core.part.inspectorModel': 'the inspector',
  'core.part.historyPanel': 'the History panel',
  'core.part.history': 'the history',
  'core.part.shareCode': 'the share-link code',
  'core.part.linkNotice': 'the link notice',
  'core.part.shareField': 'the share link field',
  'core.part.noble': 'the pure-JS HMAC (@noble/hashes)',

  'core.reload.text':
    'Part of this page could not be downloaded. If the connection is fine, the site was probably updated since this tab opened it: reload to get the new version. The request you are building is kept (never the key or the UserSig).',
  'core.reload.reload': 'Reload',
  'core.reload.dismiss': 'Dismiss',

  'core.inspect.title': 'Inspect',
  'core.inspect.loading': 'Loading the inspector…',
  'core.history.title': 'History',

  // The share bar (components/ShareBar.svelte): with the first screen.
  'core.share.title': 'Share',
  'core.share.copy': 'Copy link',
  'core.share.include': 'Include UserSig',
  'core.share.hint': 'The link holds this request, never the secret key.',
  'core.share.link': 'Share link',
  'core.share.notice': 'Link notice',

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
