// The workbench's on-demand parts in English: Key & options (the secret key, the validity, the
// UserSig, how requests go), the service settings, the keyboard shortcuts' help and the sandbox
// state. Loaded with the chunk that shows them (Lazy texts={['bench']}).
import type { Fmt } from '../../message';

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
  'bench.sc.outside': '(outside text fields)',
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
} satisfies Record<`bench.${string}`, unknown>;
