// Which way a request goes, carried out: the sandbox in the page, direct, the proxy, or Auto
// (auto.ts) picking one per host. The Sender and the region finder hand it their choice and the
// world (timeout, cancel, proxy address, Auto's memory); it lives with the transports, which
// load on demand, so the first screen carries none of it.
import type { SendVia } from '../api/types';
import type { WireRequest } from '../api/wire';
import { findWay, sendAuto, type RouteMemory, type Way } from './auto';
import { sendDirect, sendToHandler, sendViaProxy, type SendResult, type WireHandler } from './send';

/** What one transmission gave: the result, the way it went, and Auto's sentence on why. */
export interface Sent {
  result: SendResult;
  via: 'sandbox' | Way;
  /** Auto's sentence; null when the way was the person's choice. */
  route: string | null;
}

/** What a transmission needs from the page. */
export interface RouteWorld {
  proxyBase: string;
  timeoutMs: number;
  signal: AbortSignal;
  /** Where Auto keeps, per host, the way that worked: `routes` of the Target, replaced on change. */
  routes: { routes: Readonly<Record<string, Way>> };
  /** The in-page sandbox, for a send that goes there. */
  handler?: WireHandler | null;
  fetch?: typeof globalThis.fetch;
}

/** Auto's memory over an object holding `routes` (replaced, never mutated, so it is reactive). */
export function routeMemory(holder: { routes: Readonly<Record<string, Way>> }): RouteMemory {
  return {
    get: (host) => holder.routes[host],
    set: (host, way) => {
      if (holder.routes[host] !== way) holder.routes = { ...holder.routes, [host]: way };
    },
    forget: (host) => {
      if (!(host in holder.routes)) return;
      const { [host]: _gone, ...rest } = holder.routes;
      holder.routes = rest;
    },
  };
}

function ways(world: RouteWorld) {
  const options = { signal: world.signal, timeoutMs: world.timeoutMs, fetch: world.fetch };
  return {
    direct: (r: WireRequest) => sendDirect(r, options),
    proxy: (r: WireRequest) => sendViaProxy(r, world.proxyBase, options),
    memory: routeMemory(world.routes),
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
        result: await sendToHandler(req, world.handler, world),
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
