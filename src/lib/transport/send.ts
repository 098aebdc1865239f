// Three ways to send a WireRequest: straight to the host, through the Chat REST proxy, or to
// the in-page sandbox. Every way has a timeout and a cancel, and answers a value: expected
// failures (no network, CORS, timeout, cancel, refusal) never throw.
import type { WireRequest, WireResponse } from '../api/wire';
import { utf8Length } from '../bytes/utf8-length';
import { msg, type Text } from '../i18n/message';
import { DEFAULT_PREFS } from '../prefs/prefs';
import {
  ONE_FILE_PROXY,
  PROXY_ERROR_HEADER,
  parseProxyErrorBody,
  toProxyUrl,
  type ProxyErrorBody,
  type ProxyRefusal,
} from '../proxy';

/**
 * How a send failed, told apart as far as the browser allows (issue 17.4). A direct send's
 * 'network' is every failure fetch reports as a bare TypeError: no network, a name that does not
 * resolve, a refused connection and a CORS block all look the same to a page. Through the proxy
 * more can be known: 'proxy-down' (nothing answered at the proxy's address: it is not running),
 * 'proxy-origin' (it runs but does not serve this page), 'unresolved' (the host's name does not
 * resolve where the proxy runs). 'redirect' is a 3xx, which the REST API never answers.
 */
export type SendFailureKind =
  | 'network'
  | 'timeout'
  | 'cancelled'
  | 'proxy-refused'
  | 'bad-url'
  | 'redirect'
  | 'proxy-down'
  | 'proxy-origin'
  | 'unresolved';

/**
 * The outcome of a send: the answer with its timing and size, or why there is none (in the
 * `send` area's words; history stores the message as it is, lib/transport/stored-text.ts).
 */
export type SendResult =
  | { ok: true; response: WireResponse; durationMs: number; sizeBytes: number }
  | { ok: false; kind: SendFailureKind; message: Text; hint: Text };

/** The world a send depends on; every field has a default. */
export interface SendOptions {
  /** The fetch to call (direct and proxy sends). */
  fetch?: typeof globalThis.fetch;
  /** Give up after this many milliseconds. */
  timeoutMs?: number;
  /** Aborting it cancels the send (the Cancel button). */
  signal?: AbortSignal;
  /** A clock in milliseconds, for durationMs. */
  now?: () => number;
}

/** The in-page sandbox: answers a request as the service would. It may honour `signal`. */
export type WireHandler = (req: WireRequest, signal: AbortSignal) => Promise<WireResponse>;

/** Default timeout of a send: the app's default (prefs), in milliseconds. */
export const DEFAULT_TIMEOUT_MS = DEFAULT_PREFS.timeoutSeconds * 1000;

type Failure = Extract<SendResult, { ok: false }>;

function fail(kind: SendFailureKind, message: Text, hint: Text): Failure {
  return { ok: false, kind, message, hint };
}

/** Checks a request URL before anything is sent; a failure, or null when it is fine. */
function checkUrl(raw: string): Failure | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail(
      'bad-url',
      msg('send.badUrl.notUrl', { url: raw.slice(0, 80) }),
      msg('send.h.badUrl'),
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return fail(
      'bad-url',
      msg('send.badUrl.scheme', { scheme: url.protocol }),
      msg('send.h.https'),
    );
  }
  if (url.username !== '' || url.password !== '') {
    // fetch itself refuses such URLs with a TypeError that would read like a network failure.
    return fail('bad-url', msg('send.badUrl.credentials'), msg('send.h.credentials'));
  }
  return null;
}

type Raced<T> = { done: true; value: T } | { done: false; why: 'timeout' | 'cancelled' };

/**
 * Runs `work` until it settles, the timeout fires or `outer` aborts, whichever comes first.
 * Races instead of trusting `work` to honour the signal, so a sandbox or fetch that ignores it
 * still cannot keep the Cancel button waiting.
 */
async function race<T>(
  work: (signal: AbortSignal) => Promise<T>,
  timeoutMs: number,
  outer: AbortSignal | undefined,
): Promise<Raced<T> | { done: false; why: 'error'; error: unknown }> {
  if (!(timeoutMs > 0)) throw new RangeError(`timeoutMs must be above 0, got ${timeoutMs}`);
  if (outer?.aborted) return { done: false, why: 'cancelled' };
  const controller = new AbortController();
  let stopped: 'timeout' | 'cancelled' | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<Raced<T>>((resolve) => {
    const halt = (why: 'timeout' | 'cancelled') => {
      if (stopped !== null) return;
      stopped = why;
      controller.abort();
      resolve({ done: false, why });
    };
    timer = setTimeout(() => halt('timeout'), timeoutMs);
    onAbort = () => halt('cancelled');
    outer?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([
      work(controller.signal).then((value): Raced<T> => ({ done: true, value })),
      stop,
    ]);
  } catch (error) {
    // An abort we caused surfaces as the work's rejection: report the cause, not the symptom.
    if (stopped !== null) return { done: false, why: stopped };
    return { done: false, why: 'error', error };
  } finally {
    clearTimeout(timer);
    if (onAbort) outer?.removeEventListener('abort', onAbort);
  }
}

function stoppedFailure(why: 'timeout' | 'cancelled', timeoutMs: number, where: Text): Failure {
  if (why === 'cancelled') return fail('cancelled', msg('send.cancelled'), msg('send.h.cancelled'));
  return fail('timeout', msg('send.timeout', { where, ms: timeoutMs }), msg('send.h.timeout'));
}

// The statuses fetch treats as redirects (Fetch standard, "redirect status").
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const MAX_LOCATION_CHARS = 300;

/**
 * The failure for a redirect answer, or null when `res` is not one. Sends use
 * `redirect: 'manual'`: the REST API never redirects, so a 3xx comes from something else at
 * that address, and following it would show another host's answer as this request's. In a
 * browser the 3xx arrives as an "opaqueredirect" (status 0, no headers: where it points cannot
 * be read); elsewhere, and from a proxy that relays the status, it is readable.
 */
function redirectFailure(res: Response, who: Text): Failure | null {
  if (res.type === 'opaqueredirect') {
    return fail('redirect', msg('send.redirect.opaque', { who }), msg('send.h.redirect'));
  }
  if (!REDIRECT_STATUSES.has(res.status)) return null;
  return readableRedirect(who, res.status, res.headers.get('location'));
}

/** The failure for a redirect whose status and Location could be read (outside a browser, or relayed by the proxy). */
function readableRedirect(who: Text, status: number, location: string | null): Failure {
  const to =
    location === null || location.length <= MAX_LOCATION_CHARS
      ? location
      : location.slice(0, MAX_LOCATION_CHARS) + '…';
  return fail(
    'redirect',
    msg('send.redirect.readable', { who, status, location: to }),
    msg('send.h.redirect'),
  );
}

async function toWireResponse(res: Response): Promise<WireResponse> {
  const headers: Record<string, string> = {};
  // Headers.forEach gives lower-case names; cross-origin, only the CORS-safelisted ones show.
  res.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return { status: res.status, body: await res.text(), headers };
}

/**
 * POSTs the body once, with no credentials and no redirect followed; a redirect answers its
 * failure. `who` names the one answering, in that failure's message.
 */
async function postOnce(
  fetch: typeof globalThis.fetch,
  url: string,
  body: string,
  signal: AbortSignal,
  who: Text,
): Promise<WireResponse | Failure> {
  const res = await fetch(url, {
    method: 'POST',
    body,
    credentials: 'omit',
    redirect: 'manual',
    signal,
  });
  return redirectFailure(res, who) ?? toWireResponse(res);
}

function isFailure(x: WireResponse | Failure): x is Failure {
  return 'ok' in x;
}

function success(response: WireResponse, started: number, now: () => number): SendResult {
  return {
    ok: true,
    response,
    durationMs: now() - started,
    // Counted, not encoded: a 7 MB answer's size is a loop, not a 7 MB copy on the main thread.
    sizeBytes: utf8Length(response.body),
  };
}

/** Sends a request straight to its host, as a CORS simple request (no preflight). */
export async function sendDirect(req: WireRequest, options: SendOptions = {}): Promise<SendResult> {
  const {
    fetch = globalThis.fetch,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    signal,
    now = () => performance.now(),
  } = options;
  const bad = checkUrl(req.url);
  if (bad) return bad;
  const host = new URL(req.url).host;
  const started = now();
  const r = await race(
    // A string body and no headers keep this a "simple" request: the browser sends it without
    // a preflight (text/plain), and the service reads the format from contenttype=json.
    // Source: chat-rest-facts.md, "Calling from a browser".
    (s) => postOnce(fetch, req.url, req.body, s, host),
    timeoutMs,
    signal,
  );
  if (r.done) return isFailure(r.value) ? r.value : success(r.value, started, now);
  if (r.why !== 'error') return stoppedFailure(r.why, timeoutMs, host);
  if (r.error instanceof TypeError) {
    return fail('network', msg('send.network', { host }), msg('send.h.network'));
  }
  throw r.error;
}

// The system codes (Node's, from getaddrinfo) that mean a name does not resolve.
const UNRESOLVED_CAUSES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL']);

/**
 * What the page says when the proxy answered itself; `host` is the target's. The proxy's body
 * words its refusal in English (server data, as a server sends it). Where its code and fields
 * say all its sentence says (a timeout, an unreachable or unresolved host), the page words it
 * itself; where the sentence carries what only the proxy knows (the command that allows this
 * origin, a limit's number), it is quoted as data after a sentence of ours.
 */
function proxyFailure(
  said: ProxyErrorBody | null,
  code: string,
  status: number,
  host: string,
): Failure {
  switch (said?.proxyError) {
    case 'origin-not-allowed':
      return fail(
        'proxy-origin',
        msg('send.proxy.origin', { said: said.message }),
        msg('send.h.origin'),
      );
    case 'upstream-redirect':
      return readableRedirect(
        msg('send.who.proxied', { host }),
        said.upstream?.status ?? status,
        said.upstream?.location ?? null,
      );
    case 'upstream-timeout':
      return fail('timeout', msg('send.proxy.timeout', { host }), msg('send.h.upTimeout'));
    case 'upstream-unreachable':
      if (said.cause !== undefined && UNRESOLVED_CAUSES.has(said.cause)) {
        return fail(
          'unresolved',
          msg('send.proxy.unresolved', { host, cause: said.cause }),
          msg('send.h.unresolved'),
        );
      }
      return fail(
        'network',
        msg('send.proxy.unreachable', { host, cause: said.cause ?? null }),
        msg('send.h.unreachable'),
      );
    default:
      return fail(
        'proxy-refused',
        msg('send.proxy.refused', { code, status, said: said?.message ?? null }),
        msg('send.h.refused'),
      );
  }
}

/**
 * The page's own sentence for a target the proxy would refuse, by refusal code: the refusal's
 * message is the proxy server's wire text (English), which stays as it is for curl and old pages.
 */
function targetRefusal(r: ProxyRefusal, target: URL): Text {
  const host = target.hostname;
  switch (r.code) {
    case 'host-not-allowed':
      return msg('send.target.host', { host });
    case 'private-address':
      return msg('send.target.private', { host });
    case 'scheme-not-allowed':
      return msg('send.target.scheme', { host });
    case 'port-not-allowed':
      return msg('send.target.port', { host, port: target.port });
    case 'path-not-allowed':
      return msg('send.target.path');
    default:
      return msg('send.target.other', { code: r.code });
  }
}

/**
 * The failure for a proxy address where nothing answered. A page cannot tell a refused connection
 * from a CORS block (both are a bare TypeError), but at a proxy address the first is by far the
 * likelier: the proxy is not running, or an old one that does not serve this page is.
 */
export function proxyDown(proxyBase: string): Failure {
  return fail(
    'proxy-down',
    msg('send.proxyDown', { base: proxyBase }),
    msg('send.h.proxyDown', { file: ONE_FILE_PROXY }),
  );
}

/**
 * Sends a request through the Chat REST proxy at `proxyBase` (such as `/proxy` or
 * `http://127.0.0.1:8788/proxy`); the URL format is described in lib/proxy/target.ts.
 */
export async function sendViaProxy(
  req: WireRequest,
  proxyBase: string,
  options: SendOptions = {},
): Promise<SendResult> {
  const {
    fetch = globalThis.fetch,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    signal,
    now = () => performance.now(),
  } = options;
  const bad = checkUrl(req.url);
  if (bad) return bad;
  const host = new URL(req.url).host;
  // Refuse here what the proxy would refuse, without a round trip (in the page's words).
  const proxied = toProxyUrl(proxyBase, req.url);
  if (!proxied.ok) {
    return fail(
      'proxy-refused',
      targetRefusal(proxied.refusal, new URL(req.url)),
      msg('send.h.target'),
    );
  }
  const started = now();
  const r = await race(
    // The proxy relays the host's 3xx; following it would leave the proxy's allow-list.
    (s) => postOnce(fetch, proxied.url, req.body, s, msg('send.who.proxied', { host })),
    timeoutMs,
    signal,
  );
  if (!r.done) {
    if (r.why !== 'error') return stoppedFailure(r.why, timeoutMs, msg('send.where.proxy'));
    if (r.error instanceof TypeError) return proxyDown(proxyBase);
    throw r.error;
  }
  if (isFailure(r.value)) return r.value;
  const res = r.value;
  const code = res.headers[PROXY_ERROR_HEADER];
  if (code !== undefined)
    return proxyFailure(parseProxyErrorBody(res.body), code, res.status, host);
  return success(res, started, now);
}

/** Sends a request to an in-page handler (the sandbox), with the same timeout and cancel. */
export async function sendToHandler(
  req: WireRequest,
  handler: WireHandler,
  options: Omit<SendOptions, 'fetch'> = {},
): Promise<SendResult> {
  const { timeoutMs = DEFAULT_TIMEOUT_MS, signal, now = () => performance.now() } = options;
  const bad = checkUrl(req.url);
  if (bad) return bad;
  const started = now();
  const r = await race((s) => handler(req, s), timeoutMs, signal);
  if (r.done) return success(r.value, started, now);
  if (r.why !== 'error') return stoppedFailure(r.why, timeoutMs, msg('send.where.sandbox'));
  // The sandbox is our own code: its failure is a bug, and bugs throw.
  throw r.error;
}
