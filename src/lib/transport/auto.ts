// "Auto": send the way that works (issue 17.4). Direct first, the proxy when direct cannot get
// through, and per host what worked is remembered (the host, never the request). Which way works
// is found with the unsigned probe (probe.ts), not with the person's request: a direct request
// that the browser reports as failed may still have reached the service (a CORS block hides the
// answer, not the request), and sending it again through the proxy could do it twice. The
// probe has no effect, so only it is ever tried twice.
import { msg, type Text } from '../i18n/message';
import type { WireRequest } from '../api/wire';
import { probeRequest } from './probe';
import type { SendFailureKind, SendResult } from './send';

/** A way to a real host. */
export type Way = 'direct' | 'proxy';

/** What Auto remembers: per host (`host[:port]`), the way that worked. */
export interface RouteMemory {
  get(host: string): Way | undefined;
  set(host: string, way: Way): void;
  forget(host: string): void;
}

/** How Auto went, for the answer's outcome line. */
export interface AutoRoute {
  way: Way;
  /** One sentence: why this way. */
  note: Text;
}

/** The world Auto depends on: the two ways, the memory, and a random number for the probe. */
export interface AutoWorld {
  direct: (req: WireRequest) => Promise<SendResult>;
  proxy: (req: WireRequest) => Promise<SendResult>;
  memory: RouteMemory;
  random?: () => number;
}

type Failure = Extract<SendResult, { ok: false }>;

// The failures that say "this way does not get through from here", after which the other way
// is worth a try: everything else (a timeout at the host, a redirect, a bad URL, a cancel) would
// be the same the other way, or is the person's to decide.
const BLOCKED: Readonly<Record<Way, ReadonlySet<SendFailureKind>>> = {
  direct: new Set(['network']),
  proxy: new Set(['proxy-down', 'proxy-origin']),
};

/** Whether `result` failed in a way that the other way might get around. */
export function wayBlocked(way: Way, result: SendResult): boolean {
  return !result.ok && BLOCKED[way].has(result.kind);
}

const other = (way: Way): Way => (way === 'direct' ? 'proxy' : 'direct');

/** The result when neither way got through, with both reasons. */
// The proxy's failures that say more than the direct one: a proxy to start or to restart for
// this page, or a name that does not resolve (so the direct failure was that too).
const TELLING: ReadonlySet<SendFailureKind> = new Set(['proxy-down', 'proxy-origin', 'unresolved']);

function neither(host: string, direct: Failure, proxy: Failure): Failure {
  return {
    ok: false,
    kind: TELLING.has(proxy.kind) ? proxy.kind : direct.kind,
    message: msg('send.neither', { host, direct: direct.message, proxy: proxy.message }),
    hint: msg('send.h.neither', { hint: proxy.hint }),
  };
}

/**
 * Finds the way to `req`'s host with the unsigned probe (the remembered way first, else direct,
 * then the proxy), remembers it, and answers the probe's own result with the way; null when the
 * request's URL has no SDKAppID to probe with (then Auto tries direct, as before).
 */
export async function findWay(
  req: WireRequest,
  world: AutoWorld,
): Promise<{ way: Way; result: SendResult; tried: Way[] }> {
  const url = new URL(req.url);
  const host = url.host;
  const probe = probeRequest(
    url.origin,
    url.searchParams.get('sdkappid') ?? '',
    world.random?.() ?? crypto.getRandomValues(new Uint32Array(1))[0] ?? 0,
  );
  const first = world.memory.get(host) ?? 'direct';
  const send = (way: Way) => (way === 'direct' ? world.direct(probe) : world.proxy(probe));
  const a = await send(first);
  if (!wayBlocked(first, a)) {
    if (a.ok) world.memory.set(host, first);
    return { way: first, result: a, tried: [first] };
  }
  const second = other(first);
  const b = await send(second);
  if (b.ok) world.memory.set(host, second);
  else world.memory.forget(host);
  if (!a.ok && !b.ok) {
    const [d, p] = first === 'direct' ? [a, b] : [b, a];
    return {
      way: second,
      result: neither(host, d as Failure, p as Failure),
      tried: [first, second],
    };
  }
  return { way: second, result: b, tried: [first, second] };
}

/**
 * Sends `req` the way that works: the remembered way for its host, else the one the probe finds.
 * A remembered way that fails now is forgotten (the next send asks again) and not retried with
 * this request, which may already have reached the service.
 */
export async function sendAuto(
  req: WireRequest,
  world: AutoWorld,
): Promise<{ result: SendResult; route: AutoRoute }> {
  const host = new URL(req.url).host;
  const remembered = world.memory.get(host);
  if (remembered) {
    const result = await (remembered === 'direct' ? world.direct(req) : world.proxy(req));
    if (wayBlocked(remembered, result)) {
      world.memory.forget(host);
      return {
        result,
        route: {
          way: remembered,
          note: msg('answer.auto.forgotten', { way: remembered, host }),
        },
      };
    }
    return {
      result,
      route: { way: remembered, note: msg('answer.auto.remembered', { way: remembered, host }) },
    };
  }
  const found = await findWay(req, world);
  if (!found.result.ok) {
    // Neither way reached the host (or the host answered the probe with a failure of its own,
    // such as a redirect): that is this send's answer; the request itself was never sent.
    return {
      result: found.result,
      route: {
        way: found.way,
        note: msg('answer.auto.notSent', { tried: found.tried }),
      },
    };
  }
  const result = await (found.way === 'direct' ? world.direct(req) : world.proxy(req));
  const note =
    found.way === 'direct'
      ? msg('answer.auto.direct', { host })
      : msg('answer.auto.proxy', { host });
  return { result, route: { way: found.way, note } };
}
