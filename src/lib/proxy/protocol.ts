// What the proxy and the page agree on: limits, the refusal codes and the error body. Shared by
// the Node handler (src/server/proxy-handler.ts) and the browser transport, so it must stay free of Node imports.

/** Where the proxy is mounted, on the Vite servers and on `npm run proxy` alike. */
export const PROXY_PREFIX = '/proxy';

/** The port `npm run proxy` listens on when neither --port nor PORT says otherwise. */
export const DEFAULT_PROXY_PORT = 8788;

/** The largest request body forwarded. get_list bodies are about 120 bytes. */
export const MAX_REQUEST_BYTES = 1024 * 1024;

/** The largest answer passed back; larger ones are cut off with a 502. */
export const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

/** How long the proxy waits for the upstream host. */
export const UPSTREAM_TIMEOUT_MS = 15_000;

/** The longest target (host, path and query) accepted; a real request URL is under 1 KB. */
export const MAX_TARGET_CHARS = 8192;

/**
 * Set on every answer the proxy makes itself (never on one it passes through), with the
 * refusal code as its value, so the page can tell the proxy's words from the service's.
 * Wire constant: never change it (old proxies keep running beside new pages).
 */
export const PROXY_ERROR_HEADER = 'x-chat-rest-proxy-error';

/** What the proxy answers to GET {prefix}/: that it is one, and where on this machine it forwards. */
export interface ProxyStatus {
  /** The status format's version. Wire constant: 1 means exactly these fields. */
  chatRestProxy: 1;
  /** The loopback ports it forwards to (a local sandbox). */
  loopbackPorts: number[];
}

/** The JSON object `text` holds; null for anything else. */
function parseJsonObject(text: string): object | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? value : null;
  } catch {
    return null;
  }
}

/** Reads a proxy's status answer; null when the text is not one (something else answered). */
export function parseProxyStatus(text: string): ProxyStatus | null {
  const value = parseJsonObject(text);
  if (value === null) return null;
  const ports: unknown = Reflect.get(value, 'loopbackPorts');
  if (Reflect.get(value, 'chatRestProxy') !== 1 || !Array.isArray(ports)) return null;
  const valid = ports.filter((p): p is number => Number.isInteger(p) && p > 0 && p < 65536);
  return { chatRestProxy: 1, loopbackPorts: valid };
}

/** Why the proxy did not pass an answer through. */
export type ProxyRefusalCode =
  | 'bad-path'
  | 'url-too-long'
  | 'scheme-not-allowed'
  | 'credentials-in-url'
  | 'host-not-allowed'
  | 'private-address'
  | 'port-not-allowed'
  | 'path-not-allowed'
  | 'method-not-allowed'
  | 'body-too-large'
  | 'response-too-large'
  | 'upstream-unreachable'
  | 'upstream-timeout'
  | 'upstream-redirect'
  | 'not-found'
  | 'origin-not-allowed'
  | 'host-header-not-allowed'
  | 'internal';

/**
 * What a host answered that the proxy does not pass through as it came: a redirect (the REST API
 * never redirects). Its status and Location travel in the proxy's own answer, because a 3xx that
 * reaches the browser is an "opaqueredirect" to a page fetching with `redirect: 'manual'` (Fetch
 * standard, "HTTP fetch"; Chromium does so even for a 3xx without Location): the page could not
 * say where it pointed.
 */
export interface UpstreamRedirect {
  status: number;
  location: string | null;
}

/** A refusal or failure, with the HTTP status the proxy answers and a sentence for people. */
export interface ProxyRefusal {
  code: ProxyRefusalCode;
  status: number;
  message: string;
  /** For 'upstream-redirect': what the host answered. */
  upstream?: UpstreamRedirect;
  /** For 'upstream-unreachable': the system's code, such as ENOTFOUND (the name does not resolve). */
  cause?: string;
}

/** The JSON body of an answer the proxy makes itself. */
export interface ProxyErrorBody {
  proxyError: ProxyRefusalCode;
  message: string;
  /** For 'upstream-redirect': the host's status and where it pointed. Additive: old pages ignore it. */
  upstream?: UpstreamRedirect;
  /** For 'upstream-unreachable': the system's code (ENOTFOUND, ECONNREFUSED...). Additive too. */
  cause?: string;
}

const REFUSAL_CODES: ReadonlySet<string> = new Set<ProxyRefusalCode>([
  'bad-path',
  'url-too-long',
  'scheme-not-allowed',
  'credentials-in-url',
  'host-not-allowed',
  'private-address',
  'port-not-allowed',
  'path-not-allowed',
  'method-not-allowed',
  'body-too-large',
  'response-too-large',
  'upstream-unreachable',
  'upstream-timeout',
  'upstream-redirect',
  'not-found',
  'origin-not-allowed',
  'host-header-not-allowed',
  'internal',
]);

/** Whether `s` is one of the refusal codes. */
export function isProxyRefusalCode(s: string): s is ProxyRefusalCode {
  return REFUSAL_CODES.has(s);
}

/** Builds a refusal value. */
export function refusal(code: ProxyRefusalCode, status: number, message: string): ProxyRefusal {
  return { code, status, message };
}

/** The body text the proxy sends for a refusal. */
export function proxyErrorBody(r: ProxyRefusal): string {
  const body: ProxyErrorBody = { proxyError: r.code, message: r.message };
  if (r.upstream) body.upstream = r.upstream;
  if (r.cause !== undefined) body.cause = r.cause;
  return JSON.stringify(body);
}

function parseUpstream(value: unknown): UpstreamRedirect | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const status: unknown = Reflect.get(value, 'status');
  const location: unknown = Reflect.get(value, 'location');
  if (!Number.isInteger(status) || (location !== null && typeof location !== 'string')) {
    return undefined;
  }
  return { status: status as number, location };
}

/** Reads a proxy error body; null when the text is not one. */
export function parseProxyErrorBody(text: string): ProxyErrorBody | null {
  const value = parseJsonObject(text);
  if (value === null) return null;
  const code: unknown = Reflect.get(value, 'proxyError');
  const message: unknown = Reflect.get(value, 'message');
  if (typeof code !== 'string' || !isProxyRefusalCode(code) || typeof message !== 'string') {
    return null;
  }
  const body: ProxyErrorBody = { proxyError: code, message };
  const upstream = parseUpstream(Reflect.get(value, 'upstream'));
  if (upstream) body.upstream = upstream;
  const cause: unknown = Reflect.get(value, 'cause');
  if (typeof cause === 'string' && /^[A-Z_]{1,40}$/.test(cause)) body.cause = cause;
  return body;
}
