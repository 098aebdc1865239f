// The answer's texts in English: the Response panel (outcome line, Fetch all's summary, the
// views and their tabs), the answer tables' headers, cells and tools, the raw JSON view, and
// the send's outcomes and failures (lib/transport) and Fetch all's reasons (lib/pagination).
// Loaded with the Response panel, never with the first screen.
import { formatRelative } from '../../../time/format';
import type { Fmt, Text } from '../../message';

const n = (count: number, f: Fmt, one: string, other: string) =>
  `${f.number(count)} ${f.plural(count, { one, other })}`;

export default {
  // The panel.
  'answer.press': 'Press Send (or Ctrl+Enter) to see the answer here, explained.',
  'answer.sent': (p: { at: number }, f: Fmt) => `Sent ${f.date(p.at)}.`,
  'answer.tabs': 'Response view',
  'answer.tab.table': 'Table',
  'answer.tab.json': 'JSON',
  'answer.json': 'Response JSON',
  'answer.noItems': (p: { field: string }) => `No ${p.field} items in this answer.`,
  'answer.noList': 'No item list in this answer: its fields are above.',
  'answer.none': 'No items in this answer.',
  'answer.proxyHelp': 'Proxy help',
  'answer.ms': (p: { ms: number }, f: Fmt) => `${f.number(p.ms)} ms`,
  'answer.bytes': (p: { n: number }, f: Fmt) => n(p.n, f, 'byte', 'bytes'),
  'answer.via': (p: { way: 'sandbox' | 'direct' | 'proxy' }) => `via ${p.way}`,
  // Compare, from the panel.
  'answer.compare': 'Compare',
  'answer.compare.with': (p: { at: string }) => `with the previous send of this endpoint (${p.at})`,
  'answer.compare.none': 'with the previous send of this endpoint, once there is one',
  'answer.compare.previous': (p: { at: string }) => `the previous send (${p.at})`,
  'answer.compare.this': (p: { at: string }) => `this send (${p.at})`,
  // Fetch all pages, as the panel sums it up.
  'answer.run.title': (p: { status: Text }, f: Fmt) => `Fetch all pages: ${f.t(p.status)}`,
  'answer.run.status.complete': 'complete',
  'answer.run.status.error': 'error',
  'answer.run.status.cancelled': 'cancelled',
  'answer.run.status.stuck': 'stuck',
  'answer.run.status.limit': 'stopped at a limit',
  // Plain numbers, as the summary has always shown them (the e2e tests read "20000").
  'answer.run.counts': (p: { pages: number; items: number }) =>
    `${p.pages} page(s), ${p.items} conversation(s)`,
  'answer.run.duplicates': (p: { n: number }) => `${p.n} duplicate(s)`,
  'answer.run.anomalies': (p: { n: number }, f: Fmt) => n(p.n, f, 'anomaly', 'anomalies'),
  'answer.run.stoppedAt': (p: { page: number; message: Text }, f: Fmt) =>
    `Stopped at page ${f.number(p.page)}: ${f.t(p.message)}`,
  'answer.run.page': (p: { page: number; message: Text }, f: Fmt) =>
    `Page ${f.number(p.page)}: ${f.t(p.message)}`,

  // The answer table's tools.
  'answer.table.filter': 'Filter',
  'answer.table.filterOf': (p: { field: string }) => `Filter ${p.field}`,
  'answer.table.anyColumn': 'any column',
  'answer.table.filterBy': (p: { header: string }) => `Filter by ${p.header}`,
  'answer.table.all': 'All',
  'answer.table.shownOf': (p: { shown: number; all: number }, f: Fmt) =>
    `${f.number(p.shown)} of ${f.number(p.all)} shown`,
  'answer.table.rows': (p: { n: number }, f: Fmt) => n(p.n, f, 'row', 'rows'),
  'answer.table.shown': (p: { n: number }, f: Fmt) => `${f.number(p.n)} shown`,
  'answer.table.csv': 'Export CSV',
  'answer.table.jsonExport': 'Export JSON',
  'answer.table.actions': 'Actions',
  'answer.table.duplicate': 'duplicate',
  'answer.table.noMatch': 'No row matches the filter.',
  'answer.table.dupNote': 'Rows marked duplicate repeat an earlier item of the run.',
  'answer.json.cut': (p: { shown: number; all: number }, f: Fmt) =>
    `Only the first ${f.number(p.shown)} of ${f.number(p.all)} characters are shown.`,
  'answer.json.fold': 'Fold',
  'answer.json.unfold': 'Unfold',

  // Column headers that are more than a wire name.
  'answer.col.peerOrGroup': 'Peer or group ID',
  'answer.col.msgTime': 'Last message (MsgTime)',
  'answer.col.pinned': 'Pinned',
  'answer.col.conversation': 'Conversation (ContactItem)',
  'answer.col.peer': 'Peer (Peer_Account)',
  'answer.col.unread': 'Unread (C2CUnreadMsgNum)',
  'answer.col.groups': 'Groups (ContactGroupId)',
  'answer.col.updated': 'Updated (Timestamp)',
  'answer.col.deleted': 'Deleted GroupName',
  'answer.col.operation': (p: { field: string }) => `Operation (${p.field})`,
  'answer.col.update': 'Update (UpdateGroupType)',
  'answer.col.notImported': 'UserID not imported',
  // Cells.
  'answer.cell.none': '(none)',
  'answer.cell.notPinned': 'Not pinned',
  'answer.cell.oneToOne': 'One-to-one',
  'answer.cell.group': 'Group',
  'answer.cell.type': (p: { type: string }) => `Type ${p.type}`,
  'answer.cell.noMessage': '— (no message yet)',
  'answer.cell.time': (p: { at: number; now: number }, f: Fmt) =>
    `${f.date(p.at)} · ${formatRelative(p.at, p.now, f.locale)}`,
  'answer.cell.success': '0 · success',
  'answer.cell.code': (p: { code: number; meaning: Text }, f: Fmt) =>
    `${p.code} · ${f.t(p.meaning)}`,
  'answer.cell.uncatalogued': (p: { code: number }) =>
    `${p.code} · not in this tool's catalogue: see ResultInfo`,
  'answer.cell.pair': (p: { first: Text; second: Text }, f: Fmt) =>
    `${f.t(p.first)} · ${f.t(p.second)}`,
  'answer.cell.marks': (p: { bits: string; names: Text[] }, f: Fmt) =>
    `${p.bits} · ${p.names.map(f.t).join(', ')}`,
  'answer.cell.noMarks': (p: { bits: string }) => `${p.bits} · none`,
  // StandardMark's bits (lib/api/endpoints/mark-contact.ts STANDARD_MARK_BITS, by name).
  'answer.mark.star': 'star',
  'answer.mark.unread': 'unread',
  'answer.mark.fold': 'fold',
  'answer.mark.hide': 'hide',
  // Coded operations: mark_contact's OptType, update_contact_group's UpdateGroupType and
  // ContactOptType.
  'answer.op.standardMarks': 'standard marks',
  'answer.op.customMark': 'custom mark',
  'answer.op.both': 'both',
  'answer.op.rename': 'rename',
  'answer.op.conversations': 'conversations',
  'answer.op.add': 'add',
  'answer.op.remove': 'remove',
  'answer.cell.bit': (p: { bit: number }) => `bit ${p.bit}`,
  'answer.cell.notImported': 'NotImported · import it with account_import',
  // Row actions.
  'answer.row.unread': 'Unread…',
  'answer.row.unreadWith': (p: { peer: string }) => `Unread count with ${p.peer}`,
  'answer.row.group': 'Group…',
  'answer.row.mark': 'Mark…',

  // Why Fetch all pages stopped, and what it noticed (lib/pagination/run.ts).
  // Why an answer cannot be continued (lib/pagination/next-page.ts), for Next page and Fetch all.
  'answer.np.notObject': 'The answer is not a JSON object.',
  'answer.np.flag': (p: { field: string; got: string | null }) =>
    `The answer has no ${p.field} of 0 or 1 (it has ${p.got ?? 'none'}), so it is not a page: check ActionStatus and ErrorCode.`,
  'answer.np.noCursor': (p: { field: string }) =>
    `The answer has no ${p.field}, so there is no cursor to continue from (an error answer carries none).`,
  'answer.np.cursor': (p: { field: string; got: string | null; max: number }) =>
    `The answer's ${p.field} is ${p.got ?? 'none'}, not a whole number from 0 to ${p.max}: the next page cannot be built from it.`,
  'answer.np.body': 'The body is not a JSON object.',
  'answer.np.noPaging': (p: { id: string }) => `${p.id} does not page.`,
  // Send's notice for Next page and Fetch all (state/sender.svelte.ts).
  'answer.np.noAnswer': 'There is no answer to continue from.',
  'answer.np.other': 'The last answer is from another endpoint: send this one first.',
  'answer.np.fetchAll': (p: { line: number | null; column: number | null }) =>
    `Fetch all pages copies each answer's cursors into the body, so it needs a JSON object, and this body ${p.line === null ? 'is not one' : `does not parse (line ${p.line}, column ${p.column})`}. Send sends it as typed, to see what the service says.`,
  'answer.stop.pages': (p: { pages: number; field: string }) =>
    `Stopped at the page limit: ${p.pages} pages fetched and ${p.field} is still 0; what was fetched is kept. Raise the limit to fetch more.`,
  'answer.stop.items': (p: { items: number; max: number; field: string }) =>
    `Stopped at the item limit: ${p.items} items collected (the limit is ${p.max}) and ${p.field} is still 0; what was fetched is kept. Raise the limit to fetch more.`,
  'answer.stop.memory': (p: { held: string; budget: string; field: string }) =>
    `Stopped to protect the tab: the pages fetched hold about ${p.held} of memory (the budget is ${p.budget}), and ${p.field} is still 0; what was fetched is kept.`,
  'answer.page.notObject': 'The answer is not a JSON object.',
  'answer.page.service': (p: { code: number | string; info: string }) =>
    `The service answered ErrorCode ${p.code}${p.info ? `: ${p.info}` : ''}`,
  'answer.page.notArray': (p: { field: string }) => `The answer's ${p.field} is not an array.`,
  'answer.page.badFlag': (p: { field: string; value: string | null }) =>
    `The answer's ${p.field} is ${p.value ?? 'missing'}, not 0 or 1.`,
  'answer.page.empty': (p: { page: number; field: string }) =>
    `Page ${p.page} is empty but ${p.field} is 0: the service says more remain yet sent none.`,
  'answer.page.unchanged': (p: { page: number; field: string }) =>
    `Page ${p.page} answered ${p.field} 0 with the cursors it was sent: following them would fetch it forever.`,
  'answer.page.backwards': (p: {
    field: string;
    before: string;
    after: string;
    order: 'ascending' | 'descending';
  }) =>
    `${p.field} went from ${p.before} to ${p.after}, against its ${p.order} order: pages may repeat.`,
  'answer.page.loop': (p: { page: number }) =>
    `Page ${p.page} handed back cursors already sent on an earlier page: the paging is going round in a loop.`,
  'answer.page.noProgress': (p: { n: number; field: string }) =>
    `${p.n} pages in a row brought no new item while ${p.field} stayed 0: the paging is not getting anywhere.`,

  // Auto's sentence on the way it went (lib/transport/auto.ts).
  'answer.auto.forgotten': (p: { way: 'direct' | 'proxy'; host: string }) =>
    `Auto: ${p.way} had worked for ${p.host} and failed now, so it is forgotten; the next send tries both ways again.`,
  'answer.auto.remembered': (p: { way: 'direct' | 'proxy'; host: string }) =>
    `Auto: ${p.way}, as the last time for ${p.host}.`,
  'answer.auto.notSent': (p: { tried: ('direct' | 'proxy')[] }) =>
    `Auto tried ${p.tried.join(', then ')}; the request itself was not sent.`,
  'answer.auto.direct': (p: { host: string }) => `Auto: ${p.host} answers this page directly.`,
  'answer.auto.proxy': (p: { host: string }) =>
    `Auto: the browser could not reach ${p.host} directly (a CORS block or the browser's network: the proxy did reach it), so this went through the proxy.`,
};
