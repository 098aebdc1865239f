// Where a request can go: the offline sandbox, a documented regional domain
// (docs/reference/chat-rest-facts.md, "Regional domains"), or a custom host the person types.
// Region ids are stored in history and share links: never change one once shipped.
import { msg, type MessageKey, type Msg } from '../i18n/message';
import type { RegionChoice } from './types';

/** A documented region of the Chat REST API. */
export interface Region {
  /** Stable id for storage and links: never change it. */
  id: string;
  /** The city or country the documentation names. */
  name: string;
  domain: string;
  /** The backup domain, or null where the documentation lists none. */
  backupDomain: string | null;
  /** Which documentation pages list the region, when not all do. */
  note: Msg | null;
  /** Whether the get_list page itself lists the region (six do). */
  onGetListPage: boolean;
}

/** Every region any documentation page lists, in the facts file's order. */
export const REGIONS: readonly Region[] = [
  {
    id: 'china',
    name: 'China',
    domain: 'console.tim.qq.com',
    backupDomain: 'adminapi.my-imcloud.com',
    note: null,
    onGetListPage: true,
  },
  {
    id: 'singapore',
    name: 'Singapore',
    domain: 'adminapisgp.im.qcloud.com',
    backupDomain: 'adminapisgp.my-imcloud.com',
    note: null,
    onGetListPage: true,
  },
  {
    id: 'seoul',
    name: 'Seoul',
    domain: 'adminapikr.im.qcloud.com',
    backupDomain: 'adminapikr.my-imcloud.com',
    note: null,
    onGetListPage: true,
  },
  {
    id: 'tokyo',
    name: 'Tokyo',
    domain: 'adminapijpn.im.qcloud.com',
    backupDomain: 'adminapijpn.my-imcloud.com',
    note: null,
    onGetListPage: false,
  },
  {
    id: 'frankfurt',
    name: 'Frankfurt',
    domain: 'adminapiger.im.qcloud.com',
    backupDomain: 'adminapiger.my-imcloud.com',
    note: null,
    onGetListPage: true,
  },
  {
    id: 'mumbai',
    name: 'Mumbai',
    domain: 'adminapiind.im.qcloud.com',
    backupDomain: 'adminapiind.my-imcloud.com',
    note: { key: 'core.r.older' },
    onGetListPage: false,
  },
  {
    id: 'silicon-valley',
    name: 'Silicon Valley',
    domain: 'adminapiusa.im.qcloud.com',
    backupDomain: 'adminapiusa.my-imcloud.com',
    note: null,
    onGetListPage: true,
  },
  {
    id: 'jakarta',
    name: 'Jakarta',
    domain: 'adminapiidn.im.qcloud.com',
    backupDomain: 'adminapiidn.my-imcloud.com',
    note: null,
    onGetListPage: true,
  },
  {
    id: 'riyadh',
    name: 'Riyadh',
    domain: 'adminapiksa.im.qcloud.com',
    backupDomain: null,
    note: { key: 'core.r.newest' },
    onGetListPage: false,
  },
];

/**
 * The region's name as the picker shows it, in the page's language: the core table has one
 * `core.r.<id>` per region (tests/unit/api/regions.test.ts checks each against `name`).
 */
export function regionName(r: Region): Msg {
  return { key: `core.r.${r.id}` as MessageKey };
}

/** The offline sandbox: first in the list and the default, so nothing leaves the tab by accident. */
export const SANDBOX_REGION = {
  id: 'sandbox',
  label: 'Sandbox (offline)',
  choice: { kind: 'sandbox' },
} as const satisfies { id: string; label: string; choice: RegionChoice };

/** Where a new request goes. */
export const DEFAULT_REGION_CHOICE: RegionChoice = SANDBOX_REGION.choice;

/**
 * Narrows a stored or shared value to a RegionChoice, rebuilt with exactly its own keys; null
 * for anything else: another shape, an extra key, or a region id this version does not know
 * (one of REGIONS, or of `knownRegionIds` when given). Prefs and share links read it with this.
 */
export function parseRegionChoice(
  value: unknown,
  knownRegionIds?: readonly string[],
): RegionChoice | null {
  // An array has no `kind`, so it fails below like any other object of the wrong shape.
  if (typeof value !== 'object' || value === null) return null;
  const { kind, id, backup, host } = value as Record<string, unknown>;
  // With the fields its kind needs all present, the key count leaves no room for another.
  const keys = Object.keys(value).length;
  if (kind === 'sandbox' && keys === 1) return { kind };
  if (kind === 'region' && keys === 3 && typeof id === 'string' && typeof backup === 'boolean') {
    const known = knownRegionIds ? knownRegionIds.includes(id) : regionById(id) !== null;
    return known ? { kind, id, backup } : null;
  }
  if (kind === 'custom' && keys === 2 && typeof host === 'string') return { kind, host };
  return null;
}

/** A region by id, or null. */
export function regionById(id: string): Region | null {
  return REGIONS.find((r) => r.id === id) ?? null;
}

/** A short human label for a choice: "Sandbox (offline)", "Tokyo (backup)", or the custom origin. */
export function regionChoiceLabel(choice: RegionChoice): string {
  if (choice.kind === 'sandbox') return SANDBOX_REGION.label;
  if (choice.kind === 'custom') {
    const v = validateCustomHost(choice.host);
    return v.ok ? v.origin : choice.host;
  }
  const r = regionById(choice.id);
  if (!r) return `unknown region "${choice.id}"`;
  return choice.backup ? `${r.name} (backup)` : r.name;
}

/**
 * The loopback names a local sandbox, proxy or mock may use, as `URL.hostname` spells them (IPv6
 * in brackets). Exact names only: other 127.x addresses and spellings such as `127.1` are not
 * loopback here. The custom host field, the proxy's allow list and the CSP all read this list.
 */
export const LOOPBACK_HOSTS: readonly string[] = ['127.0.0.1', 'localhost', '[::1]'];

/** Whether `hostname` (as `URL.hostname` gives it) is one of LOOPBACK_HOSTS. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.includes(hostname);
}

/**
 * Checks a typed custom host: "host", "host:port" or "https://host[:port]" with an optional
 * trailing slash. https only, except localhost, 127.0.0.1 and [::1], which may use http (and
 * do when no scheme is typed).
 */
export function validateCustomHost(
  text: string,
): { ok: true; origin: string } | { ok: false; message: Msg } {
  const bad = (message: Msg) => ({ ok: false as const, message });
  const t = text.trim();
  if (t === '') return bad(msg('bench.h.empty'));
  if (/\s/.test(t)) return bad(msg('bench.h.spaces'));
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(t)?.[1]?.toLowerCase();
  if (!scheme) {
    // "http:/host" or "https:host": a scheme written wrongly, rather than "host:port".
    const broken = /^(https?):(?!\d)/i.exec(t);
    if (broken) return bad(msg('bench.h.slashes', { scheme: broken[1]?.toLowerCase() ?? '' }));
    if (t.startsWith('/')) return bad(msg('bench.h.path'));
  } else if (scheme !== 'https' && scheme !== 'http') {
    return bad(msg('bench.h.scheme', { scheme }));
  }
  const rest = scheme ? t.slice(scheme.length + 3) : t;
  const authority = /^[^/?#]*/.exec(rest)?.[0] ?? '';
  const after = rest.slice(authority.length);
  if (authority.includes('@')) {
    return bad(msg('bench.h.credentials'));
  }
  if (authority === '') return bad(msg('bench.h.afterScheme'));
  if (after.startsWith('?')) return bad(msg('bench.h.query'));
  if (after.startsWith('#')) return bad(msg('bench.h.fragment'));
  if (after !== '' && after !== '/') {
    return bad(msg('bench.h.onlyHost'));
  }
  let url: URL;
  try {
    url = new URL(`https://${authority}/`);
  } catch {
    return bad(msg('bench.h.invalid', { authority }));
  }
  // Browsers treat loopback as potentially trustworthy, so an https page may call it over http
  // (a local proxy or mock); anywhere else http would be mixed content and expose the UserSig.
  const loopback = isLoopbackHost(url.hostname);
  if (scheme === 'http' && !loopback) {
    return bad(msg('bench.h.http'));
  }
  // Without a scheme, a loopback host means a local proxy or mock, which almost always
  // speaks plain http (unless on 443); every other host gets https.
  const typedPort = /:(\d+)$/.exec(authority)?.[1];
  const finalScheme = scheme ?? (loopback && Number(typedPort) !== 443 ? 'http' : 'https');
  // Parsed again under the final scheme, so its own default port (80 or 443) is the one dropped.
  return { ok: true, origin: new URL(`${finalScheme}://${authority}/`).origin };
}

/** The origin ("https://host") a choice sends to; null for the sandbox or an invalid choice. */
export function resolveOrigin(choice: RegionChoice): string | null {
  if (choice.kind === 'sandbox') return null;
  if (choice.kind === 'custom') {
    const v = validateCustomHost(choice.host);
    return v.ok ? v.origin : null;
  }
  const r = regionById(choice.id);
  if (!r) return null;
  const host = choice.backup ? r.backupDomain : r.domain;
  return host ? `https://${host}` : null;
}

/** Every documented domain and backup domain (for a proxy allow list and a CSP). */
export function allRegionHosts(): string[] {
  return REGIONS.flatMap((r) => (r.backupDomain ? [r.domain, r.backupDomain] : [r.domain]));
}
