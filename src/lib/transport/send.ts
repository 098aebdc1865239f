// Three ways to send a WireRequest: straight to the host, through the Chat REST proxy, or to
// the in-page sandbox. Every way has a timeout and a cancel, and answers a value: expected
// failures (no network, CORS, timeout, cancel, refusal) never throw.
import type { WireRequest, WireResponse } from '../api/wire';
import { utf8Length } from '../bytes/utf8-length';
import { DEFAULT_PREFS } from '../prefs/prefs';
import {
  ONE_FILE_PROXY,
  PROXY_ERROR_HEADER,
  parseProxyErrorBody,
  toProxyUrl,
  type ProxyErrorBody,
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

/** The outcome of a send: the answer with its timing and size, or why there is none. */
export type SendResult =
  | { ok: true; response: WireResponse; durationMs: number; sizeBytes: number }
  | { ok: false; kind: SendFailureKind; message: string; hint: string };

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

function fail(kind: SendFailureKind, message: string, hint: string): Failure {
  return { ok: false, kind, message, hint };
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}

/** Checks a request URL before anything is sent; a failure, or null when it is fine. */
function checkUrl(raw: string): Failure | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail(
      'bad-url',
      `"${raw.slice(0, 80)}" is not a full URL.`,
      "A request URL starts with https:// and the region's host, e.g. https://console.tim.qq.com/v4/recentcontact/get_list?...",
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return fail('bad-url', `The URL starts with ${url.protocol}, not https:.`, 'Use https://.');
  }
  if (url.username !== '' || url.password !== '') {
    // fetch itself refuses such URLs with a TypeError that would read like a network failure.
    return fail(
      'bad-url',
      'The URL has a user name or password before the host.',
      'Remove the "user:password@" part: the REST API takes its credentials in the query.',
    );
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

function stoppedFailure(why: 'timeout' | 'cancelled', timeoutMs: number, where: string): Failure {
  if (why === 'cancelled') {
    return fail(
      'cancelled',
      'Cancelled.',
      'The request may already have reached the service and taken effect: before sending it again, check whether it did (a read such as get_list is safe to repeat; a change such as delete may already be done).',
    );
  }
  return fail(
    'timeout',
    `No answer from ${where} within ${seconds(timeoutMs)}.`,
    'Send again, or raise the timeout. The service answers within a second or two when it is reachable; a long silence usually means a firewall or a wrong host.',
  );
}

// The statuses fetch treats as redirects (Fetch standard, "redirect status").
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const MAX_LOCATION_CHARS = 300;
const REDIRECT_HINT =
  'Check the host (the region, or the custom host): a redirect means a web server, a gateway or ' +
  'a login page is at this address, not the REST API. To see where it points, copy the request ' +
  'as curl and run it with -i.';

/**
 * The failure for a redirect answer, or null when `res` is not one. Sends use
 * `redirect: 'manual'`: the REST API never redirects, so a 3xx comes from something else at
 * that address, and following it would show another host's answer as this request's. In a
 * browser the 3xx arrives as an "opaqueredirect" (status 0, no headers: where it points cannot
 * be read); elsewhere, and from a proxy that relays the status, it is readable.
 */
function redirectFailure(res: Response, who: string): Failure | null {
  const never = 'the REST API never redirects, so this is not its answer, and it was not followed.';
  if (res.type === 'opaqueredirect') {
    return fail(
      'redirect',
      `${who} answered a redirect; ${never} The browser does not let a page see its status or where it points.`,
      REDIRECT_HINT,
    );
  }
  if (!REDIRECT_STATUSES.has(res.status)) return null;
  return readableRedirect(who, res.status, res.headers.get('location'));
}

/** The failure for a redirect whose status and Location could be read (outside a browser, or relayed by the proxy). */
function readableRedirect(who: string, status: number, location: string | null): Failure {
  const never = 'the REST API never redirects, so this is not its answer, and it was not followed.';
  const to =
    location === null
      ? ' without saying where to'
      : ` to ${location.length > MAX_LOCATION_CHARS ? location.slice(0, MAX_LOCATION_CHARS) + '…' : location}`;
  return fail(
    'redirect',
    `${who} answered a redirect${to} (HTTP ${status}); ${never}`,
    REDIRECT_HINT,
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
  who: string,
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

const NETWORK_HINT =
  'Copy the request as a curl command and run it in a terminal: if it answers there, the host ' +
  'does not allow calls from a web page, so send through the proxy instead. ' +
  'If curl fails too, check the host (region) and your network.';

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
    return fail(
      'network',
      `The browser could not reach ${host}, or ${host} does not allow calls from web pages ` +
        '(CORS). JavaScript cannot tell these two apart.',
      NETWORK_HINT,
    );
  }
  throw r.error;
}

// The system codes (Node's, from getaddrinfo) that mean a name does not resolve.
const UNRESOLVED_CAUSES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL']);

/** What the page says when the proxy answered itself; `host` is the target's. */
function proxyFailure(
  said: ProxyErrorBody | null,
  code: string,
  status: number,
  host: string,
): Failure {
  const who = `${host} (through the proxy)`;
  switch (said?.proxyError) {
    case 'origin-not-allowed':
      return fail(
        'proxy-origin',
        said.message,
        "The proxy is running, but was not told to serve this page: restart it with the command it names (the proxy help below has it, with this page's origin filled in).",
      );
    case 'upstream-redirect':
      return readableRedirect(
        who,
        said.upstream?.status ?? status,
        said.upstream?.location ?? null,
      );
    case 'upstream-timeout':
      return fail(
        'timeout',
        said.message,
        'The proxy is running; the host did not answer it in time: check the region and the network of the machine the proxy runs on.',
      );
    case 'upstream-unreachable':
      if (said.cause !== undefined && UNRESOLVED_CAUSES.has(said.cause)) {
        return fail(
          'unresolved',
          `${host} does not resolve (${said.cause}) on the machine the proxy runs on.`,
          "Check the host name (the region, or the custom host) and that machine's DNS.",
        );
      }
      return fail(
        'network',
        said.message,
        'The proxy is running, but it could not reach the host: check the region and the network of the machine the proxy runs on.',
      );
    default:
      return fail(
        'proxy-refused',
        said?.message ?? `The proxy refused the request (${code}, HTTP ${status}).`,
        'The proxy forwards POSTs to the documented REST hosts and a local sandbox only.',
      );
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
    `Nothing answered at the proxy address ${proxyBase}: the proxy is not running there (or what runs there does not let this page in).`,
    `Start it: download ${ONE_FILE_PROXY} and run it with the command the proxy help shows (Node 18 or later), or run "npm run proxy" in a clone of this repository; the Vite servers (npm run dev, npm run preview) serve one at ./proxy.`,
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
  // Refuse here what the proxy would refuse, in the same words, without a round trip.
  const proxied = toProxyUrl(proxyBase, req.url);
  if (!proxied.ok) {
    return fail(
      'proxy-refused',
      proxied.refusal.message,
      'Pick a documented region, or send straight to the host instead of through the proxy.',
    );
  }
  const started = now();
  const r = await race(
    // The proxy relays the host's 3xx; following it would leave the proxy's allow-list.
    (s) => postOnce(fetch, proxied.url, req.body, s, `${host} (through the proxy)`),
    timeoutMs,
    signal,
  );
  if (!r.done) {
    if (r.why !== 'error') return stoppedFailure(r.why, timeoutMs, 'the proxy');
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
  if (r.why !== 'error') return stoppedFailure(r.why, timeoutMs, 'the sandbox');
  // The sandbox is our own code: its failure is a bug, and bugs throw.
  throw r.error;
}
