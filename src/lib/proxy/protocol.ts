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
  | 'not-found'
  | 'internal';

/** A refusal or failure, with the HTTP status the proxy answers and a sentence for people. */
export interface ProxyRefusal {
  code: ProxyRefusalCode;
  status: number;
  message: string;
}

/** The JSON body of an answer the proxy makes itself. */
export interface ProxyErrorBody {
  proxyError: ProxyRefusalCode;
  message: string;
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
  'not-found',
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
  return JSON.stringify(body);
}

/** Reads a proxy error body; null when the text is not one. */
export function parseProxyErrorBody(text: string): ProxyErrorBody | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const code: unknown = Reflect.get(value, 'proxyError');
  const message: unknown = Reflect.get(value, 'message');
  if (typeof code !== 'string' || !isProxyRefusalCode(code) || typeof message !== 'string') {
    return null;
  }
  return { proxyError: code, message };
}
