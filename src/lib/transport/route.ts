// Which way a request goes, carried out: the sandbox in the page, direct, the proxy, or Auto
// (auto.ts) picking one per host. The Sender and the region finder hand it their choice and the
// world (the Target's timeout and proxy address, this send's cancel, Auto's memory); it lives
// with the transports, which load on demand, so the first screen carries none of it.
import type { Text } from '../i18n/message';
import type { SendVia } from '../api/types';
import type { WireRequest } from '../api/wire';
import { findWay, sendAuto, type RouteMemory, type Way } from './auto';
import { sendDirect, sendToHandler, sendViaProxy, type SendResult, type WireHandler } from './send';

/** What one transmission gave: the result, the way it went, and Auto's sentence on why. */
export interface Sent {
  result: SendResult;
  via: 'sandbox' | Way;
  /** Auto's sentence; null when the way was the person's choice. */
  route: Text | null;
}

/** What a transmission needs from the page. */
export interface RouteWorld {
  /** The Target's settings, read when the send starts. */
  settings: { readonly proxyBase: string; readonly timeoutSeconds: number };
  signal: AbortSignal;
  /** Where Auto keeps, per host, the way that worked (storedRoutes, one per tab). */
  memory: RouteMemory;
  /** The in-page sandbox, for a send that goes there. */
  handler?: WireHandler | null;
  fetch?: typeof globalThis.fetch;
}

/** The storage key of Auto's routes. Never change it: a new one forgets what Auto learnt. */
export const ROUTES_KEY = 'chat-rest-playground.routes';
const ROUTES_VERSION = 1;
/** The most hosts whose way is kept: there are 17 REST domains, and a few local ones. */
export const MAX_ROUTES = 32;
const HOST_KEY = /^[a-z0-9.-]{1,253}(:\d{1,5})?$|^\[[0-9a-f:.]{2,45}\](:\d{1,5})?$/;

/** Reads stored routes: known ways for host-shaped keys only, the last MAX_ROUTES of them. */
export function parseRoutes(text: string | null): Record<string, Way> {
  let raw: unknown;
  try {
    raw = JSON.parse(text ?? 'null');
  } catch {
    return {};
  }
  const routes: Record<string, Way> = {};
  if (!isRecord(raw) || raw.v !== ROUTES_VERSION || !isRecord(raw.routes)) return routes;
  for (const [host, way] of Object.entries(raw.routes).slice(-MAX_ROUTES)) {
    if (HOST_KEY.test(host) && (way === 'direct' || way === 'proxy')) routes[host] = way;
  }
  return routes;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Auto's memory (the host, never the request), kept in `storage` so it outlives a reload. The
 * transports load on demand, and so does this: the first screen reads none of it. Storage that
 * is missing, blocked or full (prefs-storage.ts says so to the person) leaves a memory for this
 * tab only: remembering a way is a convenience, so its faults are not reported again.
 */
export function storedRoutes(
  storage: () => Pick<Storage, 'getItem' | 'setItem'> | undefined = () => globalThis.localStorage,
): RouteMemory {
  let routes: Record<string, Way> = {};
  try {
    routes = parseRoutes(storage()?.getItem(ROUTES_KEY) ?? null);
  } catch {
    // Blocked: start empty.
  }
  const keep = (next: Record<string, Way>) => {
    routes = Object.fromEntries(Object.entries(next).slice(-MAX_ROUTES));
    try {
      storage()?.setItem(ROUTES_KEY, JSON.stringify({ v: ROUTES_VERSION, routes }));
    } catch {
      // Blocked or full: remembered for this tab only.
    }
  };
  return {
    get: (host) => routes[host],
    set: (host, way) => {
      if (routes[host] === way) return;
      // Re-added last, so the oldest host is the one dropped past MAX_ROUTES.
      const { [host]: _old, ...rest } = routes;
      keep({ ...rest, [host]: way });
    },
    forget: (host) => {
      if (!(host in routes)) return;
      const { [host]: _gone, ...rest } = routes;
      keep(rest);
    },
  };
}

function ways(world: RouteWorld) {
  const options = {
    signal: world.signal,
    timeoutMs: world.settings.timeoutSeconds * 1000,
    fetch: world.fetch,
  };
  return {
    options,
    direct: (r: WireRequest) => sendDirect(r, options),
    proxy: (r: WireRequest) => sendViaProxy(r, world.settings.proxyBase, options),
    memory: world.memory,
  };
}

/** Sends `req` the way `mode` says. */
export async function transmit(
  mode: 'sandbox' | SendVia,
  req: WireRequest,
  world: RouteWorld,
): Promise<Sent> {
  const w = ways(world);
  switch (mode) {
    case 'sandbox':
      // The Sender loads the sandbox for every send that goes there.
      if (!world.handler) throw new Error('unreachable: a sandbox send without the sandbox');
      return {
        result: await sendToHandler(req, world.handler, w.options),
        via: 'sandbox',
        route: null,
      };
    case 'proxy':
      return { result: await w.proxy(req), via: 'proxy', route: null };
    case 'direct':
      return { result: await w.direct(req), via: 'direct', route: null };
    default: {
      const { result, route } = await sendAuto(req, w);
      return { result, via: route.way, route: route.note };
    }
  }
}

/** Sends a probe (probe.ts) the way `mode` says, Auto finding the way per host. */
export async function probeVia(
  mode: SendVia,
  req: WireRequest,
  world: RouteWorld,
): Promise<SendResult> {
  const w = ways(world);
  if (mode === 'direct') return w.direct(req);
  if (mode === 'proxy') return w.proxy(req);
  return (await findWay(req, w)).result;
}
