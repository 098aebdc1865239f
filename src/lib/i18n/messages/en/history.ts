// History's texts in English: the status line after each verb (lib/history/notices.ts), how an
// entry is worded (lib/history/present.ts), the model's failures and the panel's labels.
import type { Fmt, Text } from '../../message';

const entries = (n: number, f: Fmt) =>
  `${f.number(n)} ${f.plural(n, { one: 'entry', other: 'entries' })}`;

export default {
  'history.why.full': 'storage is full',
  'history.why.none': 'an error without a message',
  'history.failed': (p: { what: Text; why: Text }, f: Fmt) => `${f.t(p.what)}: ${f.t(p.why)}.`,
  'history.unreadable': (p: { n: number }, f: Fmt) =>
    `${entries(p.n, f)} could not be read (damaged, or from a newer version of the app) and ${p.n === 1 ? 'is' : 'are'} not listed; Clear all removes ${p.n === 1 ? 'it' : 'them'}`,
  'history.add.dropped': (p: { n: number }, f: Fmt) =>
    `Storage was full: history deleted ${p.n === 1 ? 'the oldest unstarred entry' : `the ${f.number(p.n)} oldest unstarred entries`} to keep the latest request.`,
  'history.import.nothing': (p: { file: string; reason: Text }, f: Fmt) =>
    `Nothing was imported from "${p.file}": ${f.t(p.reason)}`,
  'history.import.done': (
    p: {
      file: string;
      added: number;
      skipped: number;
      rejected: number;
      overLimit: number;
      limit: number | null;
      upgraded: number;
    },
    f: Fmt,
  ) =>
    [
      `Imported from "${p.file}": ${f.number(p.added)} added, ${f.number(p.skipped)} skipped as already here, ${f.number(p.rejected)} rejected.`,
      p.overLimit > 0
        ? `${entries(p.overLimit, f)} more did not fit ${p.limit === null ? 'the limit' : `the limit of ${f.number(p.limit)}`} unstarred entries: raise it and import again.`
        : '',
      p.upgraded > 0
        ? `${entries(p.upgraded, f)} from an older version of the app were upgraded.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  'history.import.rejectedOne': (p: { n: number; reason: Text }, f: Fmt) =>
    `Entry ${p.n} rejected: ${f.t(p.reason)}.`,
  'history.import.rejectedMore': (p: { n: number }, f: Fmt) =>
    `… and ${f.number(p.n)} more rejected.`,
  'history.cleared': (p: { removed: number; kept: number }, f: Fmt) =>
    `Deleted ${entries(p.removed, f)}.${p.kept > 0 ? ` ${f.number(p.kept)} starred ${p.kept === 1 ? 'entry was' : 'entries were'} kept.` : ''}`,
  'history.limit': (p: { n: number; pruned: number }, f: Fmt) =>
    `History keeps at most ${f.number(p.n)} unstarred ${p.n === 1 ? 'entry' : 'entries'}${p.pruned > 0 ? `: the oldest ${p.pruned === 1 ? 'was' : `${f.number(p.pruned)} were`} deleted.` : '.'}`,
  'history.exported': (p: { n: number }, f: Fmt) =>
    `Exported ${entries(p.n, f)}, with no key or UserSig in them.`,
  'history.gone': 'That entry is gone: it was deleted, perhaps in another tab.',

  'history.place.backup': (p: { name: Text }, f: Fmt) => `${f.t(p.name)} (backup)`,
  'history.place': (p: { region: Text; host: string }, f: Fmt) => `${f.t(p.region)} · ${p.host}`,
  'history.endpoint': (p: { title: Text; path: string }, f: Fmt) => `${f.t(p.title)} · ${p.path}`,
  'history.endpoint.unknown': (p: { id: string; raw: boolean }) =>
    `Unknown ${p.raw ? 'raw path' : 'endpoint'} ${JSON.stringify(p.id)}`,
  'history.endpoint.raw': (p: { named: string; path: string }) => `${p.named}${p.path} (raw mode)`,
  'history.via.sandbox': 'in-page sandbox',
  'history.via.proxy': 'via the proxy',
  'history.via.direct': 'direct',
  'history.badge.fail': (p: { code: number | null }) =>
    p.code === null ? 'FAIL' : `FAIL ${p.code}`,
  'history.badge.cancelled': 'Cancelled',
  'history.badge.noAnswer': (p: { failure: string }) => `No answer (${p.failure})`,
  'history.fact.failure': 'Failure',
  'history.fact.message': 'Message',
  'history.fact.time': 'Time',
  'history.fact.size': 'Size',
  'history.run': (p: { pages: number; items: number }, f: Fmt) =>
    `${f.number(p.pages)} ${f.plural(p.pages, { one: 'page', other: 'pages' })} · ${f.number(p.items)} ${f.plural(p.items, { one: 'item', other: 'items' })}`,

  // The model's failures (state/history.svelte.ts): "<what>: <why>."
  'history.what.read': 'History could not be read',
  'history.what.star': 'History could not change the star',
  'history.what.delete': 'History could not delete the entry',
  'history.what.clear': 'History could not be cleared',
  'history.what.export': 'History could not be exported',
  'history.what.readEntry': 'History could not read the entry',
  'history.what.save': 'History could not save a request',
  'history.what.readFile': (p: { file: string }) =>
    `Nothing was imported: "${p.file}" could not be read`,
  'history.off.load': (p: { cause: string }) =>
    `History is off: its code could not be loaded (${p.cause}). Everything else works.`,

  // The panel (components/history/*).
  'history.ui.intro':
    'Every send is kept in this browser (IndexedDB), without the key, the UserSig or the signed URL. Choose an entry to load it into the builder.',
  'history.ui.unsaved': (p: { n: number }, f: Fmt) =>
    `${f.number(p.n)} ${f.plural(p.n, { one: 'send', other: 'sends' })} of this tab could not be kept.`,
  'history.ui.dismiss': 'Dismiss',
  'history.ui.opening': 'Opening history…',
  'history.ui.loading': 'Loading…',
  'history.ui.empty':
    'No requests yet. Press Send in the Builder: every send, its answer and "Fetch all pages" runs appear here.',
  'history.ui.count': (p: { n: number }, f: Fmt) => entries(p.n, f),
  'history.ui.countMatch': (p: { total: number; stored: number }, f: Fmt) =>
    `${f.number(p.total)} of ${f.number(p.stored)} entries match`,
  'history.ui.showing': (p: { n: number }, f: Fmt) => `showing the newest ${f.number(p.n)}`,
  'history.ui.noMatch': 'No entry matches the filter.',
  'history.ui.list': 'Requests, newest first',
  'history.ui.showMore': (p: { n: number }, f: Fmt) => `Show ${f.number(p.n)} more`,
  'history.ui.filter': 'Filter history',
  'history.ui.search': 'Search',
  'history.ui.searchPlaceholder': 'identifier, endpoint, ErrorInfo or body',
  'history.ui.host': 'Host',
  'history.ui.starredOnly': 'Starred only',
  'history.ui.resetFilter': 'Reset filter',
  'history.ui.codeError': 'ErrorCode is a whole number, such as 70001 (0 for OK).',
  'history.ui.export': 'Export…',
  'history.ui.import': 'Import…',
  'history.ui.importFile': 'History file to import',
  'history.ui.clearAll': 'Clear all…',
  'history.ui.keepAtMost': 'Keep at most',
  'history.ui.keepHint': 'unstarred entries (oldest go first)',
  'history.ui.full': 'Storage is full:',
  'history.ui.fullText':
    'history cannot keep new requests until there is room. Sending still works.',
  'history.ui.deleteOld': 'Delete old entries…',
  'history.ui.confirm': (p: { n: number }, f: Fmt) => `Delete ${entries(p.n, f)}?`,
  'history.ui.confirmKept': (p: { n: number }, f: Fmt) =>
    `The ${f.number(p.n)} starred ${p.n === 1 ? 'entry is' : 'entries are'} kept.`,
  'history.ui.confirmWarn': 'This cannot be undone: export first to keep a copy.',
  'history.ui.alsoStarred': 'Delete the starred ones too',
  'history.ui.delete': (p: { n: number }, f: Fmt) => `Delete ${entries(p.n, f)}`,
  'history.ui.cancel': 'Cancel',
  'history.ui.starred': 'Starred: never deleted to make room',
  'history.ui.star': 'Star: never delete to make room',
  'history.ui.starLabel': 'Star',
  'history.ui.loadInto': 'Load into the builder:',
  'history.ui.raw': 'raw',
  'history.ui.which': (p: { endpoint: string; when: string }) =>
    ` the ${p.endpoint} request of ${p.when}`,
  'history.ui.resend': 'Re-send',
  'history.ui.compare': 'Compare',
  'history.ui.details': 'Details',
  'history.ui.deleteOne': 'Delete',
  'history.ui.reading': 'Reading the entry…',
  'history.ui.sent': 'Sent',
  'history.ui.where': 'Where',
  'history.ui.how': 'How',
  'history.ui.identifier': 'Identifier',
  'history.ui.endpoint': 'Endpoint',
  'history.ui.bodySent': 'Body sent',
  'history.ui.response': 'Response',
  'history.ui.bodySentRegion': (p: { page: number | null }) =>
    p.page === null ? 'body sent' : `Page ${p.page} body sent`,
  'history.ui.responseRegion': (p: { page: number | null }) =>
    p.page === null ? 'response' : `Page ${p.page} response`,
  'history.ui.noResponse': (p: { message: string }) => `No response: ${p.message}`,
  'history.ui.emptyText': '(empty)',
  'history.ui.run': (p: { pages: number; items: number }, f: Fmt) =>
    `Fetch all pages: ${f.number(p.pages)} ${f.plural(p.pages, { one: 'page', other: 'pages' })}, ${f.number(p.items)} items.`,
  'history.ui.page': (p: { n: number }) => `Page ${p.n}`,
  // Compare from history (lib/state/history-compare.svelte.ts).
  'history.cmp.pick': 'Pick one more entry to compare it with.',
  'history.cmp.gone': 'One of the picked entries is no longer in history.',
  'history.cmp.two': (p: { a: string; b: string }) =>
    `These are answers of two endpoints (${p.a} and ${p.b}): Compare matches the items of one endpoint.`,

  // Why a file is not imported (lib/history/transfer.ts).
  'history.tr.big': (p: { mb: string; max: number }) =>
    `The file is ${p.mb} MB; history imports files up to ${p.max} MB.`,
  'history.tr.json': (p: { detail: string | null }) =>
    `The file is not JSON${p.detail === null ? '' : ` (${p.detail})`}.`,
  'history.tr.format': (p: { format: string | null }) =>
    `The file is not a Chat REST Playground history export${p.format === null ? '' : ` (its "format" is not "${p.format}")`}.`,
  'history.tr.newer': (p: { v: number; reads: number }) =>
    `The file was exported by a newer version of this app (export version ${p.v}); this one reads version ${p.reads}.`,
  'history.tr.version': (p: { v: string }) =>
    `The file's export version (${p.v}) is not one this app reads.`,
  'history.tr.shape': 'The file has no "entries" list.',
  'history.tr.many': (p: { n: number; max: number }) =>
    `The file holds ${p.n} entries; history imports at most ${p.max} at once.`,
  // Why history is off or could not write (lib/history/store.ts).
  'history.st.blocked': (p: { cause: string }) =>
    `History is off: this browser does not let the page store anything here (${p.cause}). A page inside another site's frame, or strict privacy settings, do this. Everything else works.`,
  'history.st.noIdb':
    'History is off: this browser offers no IndexedDB here. Everything else works.',
  'history.st.full':
    'History is off: storage is full, so the browser would not open its database. Sending still works; free some space (site data in the browser’s settings) and reload to keep history again.',
  'history.st.refused': (p: { cause: string }) =>
    `History is off: the browser would not open its storage (${p.cause}). Private windows sometimes do this. Everything else works.`,
  'history.st.save': (p: { cause: string }) => `History could not save this request: ${p.cause}`,
  'history.st.stillFull': 'History could not save this request: storage is still full.',
  'history.st.room': (p: { cause: string }) => `History could not make room: ${p.cause}`,
  'history.st.noRoom':
    'History could not save this request: storage is full, and history holds no entry to delete to make room (other data of this site or of the browser fills it).',
  'history.st.starred':
    'History could not save this request: storage is full and every entry left is starred.',
  'history.st.limit': (p: { min: number; max: number }) =>
    `The limit must be a whole number from ${p.min} to ${p.max}.`,
  'history.st.limitSave': (p: { cause: string }) => `The limit could not be saved: ${p.cause}`,
  'history.st.importFull': 'Storage is full: nothing was imported.',
  'history.st.importFailed': (p: { cause: string }) =>
    `Nothing was imported: history could not be written (${p.cause}).`,
} satisfies Record<`history.${string}`, unknown>;
