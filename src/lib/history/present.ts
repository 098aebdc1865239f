// How the History panel words an entry: where it went, how it ended, how long and how big.
// Text only: nothing here is ever rendered as HTML.
import { msg, type Msg, type Text } from '../i18n/message';
import { formatShortLocal } from '../time/format';
import { describeEndpointId } from '../api/endpoint-names';
import { ENDPOINT_MENU } from '../api/endpoint-menu';
import { isRawEndpointId } from '../api/raw';
import { REGIONS, regionName } from '../api/regions';
import type { HistoryOutcome, SentVia } from './entry';
import type { HistorySummary } from './summary';

/** The region a host belongs to ("Singapore", "Tokyo (backup)"), the sandbox, or null for a custom host. */
export function regionOfHost(host: string): Text | null {
  if (host === 'sandbox') return msg('core.r.sandbox');
  const h = host.toLowerCase().replace(/:443$/, '');
  for (const r of REGIONS) {
    if (r.domain === h) return regionName(r);
    if (r.backupDomain === h) return msg('history.place.backup', { name: regionName(r) });
  }
  return null;
}

/** "Singapore · adminapisgp.im.qcloud.com", "Sandbox (offline)", or a custom host as it is. */
export function placeLabel(host: string): Text {
  const region = regionOfHost(host);
  if (host === 'sandbox') return region ?? host;
  return region ? msg('history.place', { region, host }) : host;
}

/** How an entry names its endpoint: in a row, and in full in its details. */
export interface EndpointLabel {
  /** The endpoint id (get_list), or a raw request's path. */
  short: string;
  /** Title and path: "Deleting a conversation · v4/recentcontact/delete". */
  full: Text;
  raw: boolean;
}

/** Names an entry's endpoint, described, raw (by its path) or unknown to this version. */
export function endpointLabel(id: string): EndpointLabel {
  const info = describeEndpointId(id);
  if (info.kind === 'described') {
    // Named as the picker names it, in the page's language.
    const title = ENDPOINT_MENU.find((e) => e.id === id)?.label ?? info.title;
    const path = info.path ?? id;
    return { short: id, full: msg('history.endpoint', { title, path }), raw: false };
  }
  if (info.kind === 'raw') {
    const named = info.title === info.path ? '' : `${info.title} · `;
    return {
      short: info.path ?? id,
      full: msg('history.endpoint.raw', { named, path: info.path ?? id }),
      raw: true,
    };
  }
  const unknown = { id, raw: isRawEndpointId(id) };
  return { short: id, full: msg('history.endpoint.unknown', unknown), raw: false };
}

/** How a request left the page, in words. */
export function viaLabel(via: SentVia): Msg {
  return msg(`history.via.${via}`);
}

/** A badge for an outcome: its words and its tone. */
export interface OutcomeBadge {
  text: Text;
  tone: 'ok' | 'fail' | 'none';
}

/** The badge of an entry: "OK", "FAIL 70001", or "No answer (timeout)". */
export function summaryBadge(s: HistorySummary): OutcomeBadge {
  if (s.status === 'ok') return { text: 'OK', tone: 'ok' };
  if (s.status === 'transport') return noAnswer(s.failure ?? 'network');
  return { text: msg('history.badge.fail', { code: s.errorCode }), tone: 'fail' };
}

/** The badge of one page's outcome, as summaryBadge words it. */
export function outcomeBadge(o: HistoryOutcome): OutcomeBadge {
  if (o.kind === 'transport') return noAnswer(o.failure);
  const ok =
    o.httpStatus >= 200 &&
    o.httpStatus < 300 &&
    o.actionStatus === 'OK' &&
    (o.errorCode ?? 0) === 0;
  if (ok) return { text: 'OK', tone: 'ok' };
  if (o.errorCode !== null)
    return { text: msg('history.badge.fail', { code: o.errorCode }), tone: 'fail' };
  return {
    text:
      o.actionStatus === null ? `HTTP ${o.httpStatus}` : msg('history.badge.fail', { code: null }),
    tone: 'fail',
  };
}

function noAnswer(failure: string): OutcomeBadge {
  return {
    text:
      failure === 'cancelled'
        ? msg('history.badge.cancelled')
        : msg('history.badge.noAnswer', { failure }),
    tone: 'none',
  };
}

/** What a fact of an outcome is: its label (a wire name stays as it is) and the kind the list filters on. */
export type OutcomeFact = [label: Text, value: Text, kind: 'time' | 'size' | 'other'];

/** The facts of one page's outcome, for the details view, in reading order. */
export function outcomeFacts(o: HistoryOutcome): OutcomeFact[] {
  if (o.kind === 'transport') {
    return [
      [msg('history.fact.failure'), o.failure, 'other'],
      [msg('history.fact.message'), o.message, 'other'],
      [msg('history.fact.time'), formatMs(o.durationMs), 'time'],
    ];
  }
  const facts: OutcomeFact[] = [['HTTP', String(o.httpStatus), 'other']];
  if (o.actionStatus !== null) facts.push(['ActionStatus', o.actionStatus, 'other']);
  if (o.errorCode !== null) facts.push(['ErrorCode', String(o.errorCode), 'other']);
  if (o.errorInfo) facts.push(['ErrorInfo', o.errorInfo, 'other']);
  facts.push(
    [msg('history.fact.time'), formatMs(o.durationMs), 'time'],
    [msg('history.fact.size'), formatBytes(o.sizeBytes), 'size'],
  );
  return facts;
}

/** "12 ms", "1.4 s". */
export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** "820 B", "3.4 KB", "1.2 MB" (1 KB = 1024 bytes, as the response cap counts). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** "3 pages · 250 items" for a "Fetch all pages" run; null for a single request. */
export function runLabel(s: Pick<HistorySummary, 'pageCount' | 'combinedCount'>): Msg | null {
  if (s.combinedCount === null) return null;
  return msg('history.run', { pages: s.pageCount, items: s.combinedCount });
}

/** A short local date and time with seconds: "14 Nov 2023, 10:31:05". */
export function formatEntryTime(ms: number, locale?: string): string {
  return formatShortLocal(ms, locale);
}

/** JSON text indented for reading; any other text as it is. */
export function prettyText(text: string): string {
  const t = text.trim();
  if (!t.startsWith('{') && !t.startsWith('[')) return text;
  try {
    return JSON.stringify(JSON.parse(t), null, 2);
  } catch {
    // Not JSON after all (a cut response, say): show it as it came.
    return text;
  }
}
