// The choices that come back on reload: region, SDKAppID, identifier, how to send. Never the key,
// never a UserSig (the type has no place for them). Stored as versioned JSON (STYLE.md rule 8).
import { DEFAULT_REGION_CHOICE, parseRegionChoice } from '../api/regions';
import type { RegionChoice, SendVia } from '../api/types';
import { parseLocale, type Locale } from '../i18n/locale';

/** What is remembered between visits. */
export interface Prefs {
  region: RegionChoice;
  sdkAppId: string;
  identifier: string;
  sendVia: SendVia;
  proxyBase: string;
  timeoutSeconds: number;
  /** The language chosen with the language control; null (or absent) while the browser's languages decide. */
  locale: Locale | null;
}

/** The storage key. Never change it: a new one forgets everyone's choices. */
export const PREFS_KEY = 'chat-rest-playground.prefs';
// v2 (issue 17): sendVia may be 'auto'. v1 is read and upgraded. (What Auto learns per host is
// kept apart, by the transports: lib/transport/route.ts.)
const PREFS_VERSION = 2;

/**
 * Choices for a first visit, and the app's defaults for them: the offline sandbox, so it works
 * with no account. The one place they are written; the models start from these.
 */
export const DEFAULT_PREFS: Readonly<Prefs> = {
  region: DEFAULT_REGION_CHOICE,
  sdkAppId: '',
  // The admin account every Chat app is created with.
  identifier: 'administrator',
  // Auto: direct where the host answers the page, else the proxy (lib/transport/auto.ts).
  sendVia: 'auto',
  // Relative, so it works under any sub-path: the Vite servers mount the proxy at PROXY_PREFIX
  // (src/lib/proxy/protocol.ts; a test keeps the two in step without loading the proxy code).
  proxyBase: './proxy',
  timeoutSeconds: 15,
  locale: null,
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads stored prefs; anything missing, mistyped or from an unknown version falls back to the default. */
export function parsePrefs(text: string | null): Prefs {
  if (!text) return { ...DEFAULT_PREFS };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ...DEFAULT_PREFS };
  }
  if (!isRecord(raw) || (raw.v !== 1 && raw.v !== PREFS_VERSION)) return { ...DEFAULT_PREFS };
  const str = (k: string, max = 256) =>
    typeof raw[k] === 'string' && (raw[k] as string).length <= max ? (raw[k] as string) : undefined;
  const timeout = raw.timeoutSeconds;
  return {
    region: parseRegionChoice(raw.region) ?? DEFAULT_PREFS.region,
    sdkAppId: str('sdkAppId', 20) ?? DEFAULT_PREFS.sdkAppId,
    identifier: str('identifier') ?? DEFAULT_PREFS.identifier,
    // v1 knew 'direct' (its default, so almost always not a choice) and 'proxy': 'direct'
    // becomes Auto, which tries direct first anyway.
    sendVia:
      raw.sendVia === 'proxy' || (raw.v === PREFS_VERSION && raw.sendVia === 'direct')
        ? raw.sendVia
        : 'auto',
    proxyBase: str('proxyBase', 2048) ?? DEFAULT_PREFS.proxyBase,
    timeoutSeconds:
      typeof timeout === 'number' && Number.isInteger(timeout) && timeout >= 1 && timeout <= 300
        ? timeout
        : DEFAULT_PREFS.timeoutSeconds,
    // Added within version 1: an older record without it reads as "not chosen".
    locale: parseLocale(raw.locale),
  };
}

/** Serialises prefs with their version; only the listed fields, so nothing else can slip in. */
export function serializePrefs(p: Prefs): string {
  return JSON.stringify({
    v: PREFS_VERSION,
    region: p.region,
    sdkAppId: p.sdkAppId,
    identifier: p.identifier,
    sendVia: p.sendVia,
    proxyBase: p.proxyBase,
    timeoutSeconds: p.timeoutSeconds,
    locale: p.locale,
  });
}

/**
 * The choices to remember now. A custom host that came in a link is not remembered (the one
 * stored before stays): the next visit would otherwise send there without any notice.
 */
export function prefsToStore(
  current: Prefs,
  stored: Prefs,
  linkedRegion: RegionChoice | null,
): Prefs {
  const region = current.region;
  const fromLink =
    region.kind === 'custom' &&
    linkedRegion?.kind === 'custom' &&
    linkedRegion.host === region.host;
  return { ...current, region: fromLink ? stored.region : region };
}
