// Who may use the proxy, and where on this machine it may forward (issues 14 and 19). Pure and
// browser-safe: the Node handler (src/server/proxy-handler.ts) decides with these functions, and
// the page builds the command it shows from the same words.
//
// Three rules, each answered before anything is forwarded:
// - the Host header must name this machine (a loopback name) and the port the proxy listens on,
//   so a page whose own name resolves to 127.0.0.1 (DNS rebinding) cannot talk to it as its own
//   origin;
// - a request that carries an Origin is served only when that origin is loopback or was allowed
//   by name (`--allow-origin`): any other web page is refused, and its preflight too;
// - a loopback target is forwarded only to the ports the proxy was told about, so a page cannot
//   read local services or tell open ports from closed ones.
// `.js` specifiers: this file is reachable from vite.config.ts (see src/server/proxy-handler.ts).
import { isLoopbackHost } from '../api/regions.js';
import { DEFAULT_PROXY_PORT, PROXY_PREFIX, refusal, type ProxyRefusal } from './protocol.js';

/** The port `npm run sandbox` listens on by default, and the one loopback port the proxy forwards to unless told others. */
export const DEFAULT_SANDBOX_PORT = 8787;

/** The file the build emits at the site's root: the proxy in one file (issue 17). */
export const ONE_FILE_PROXY = 'chat-rest-proxy.mjs';

const MAX_ORIGIN_CHARS = 200;

/** Reads an origin as a browser writes it (`https://host[:port]`); null for anything else. */
export function parseOrigin(text: string): string | null {
  if (text.length > MAX_ORIGIN_CHARS) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // An origin has no user, path, query or fragment: "https://a.example/" is tolerated (the
  // slash a person copies from the address bar), anything more is not an origin.
  if (url.username !== '' || url.password !== '') return null;
  if (text.replace(/\/$/, '') !== url.origin) return null;
  return url.origin;
}

/** Whether `origin` is a page served from this machine (127.0.0.1, localhost, [::1]; any port). */
export function isLoopbackOrigin(origin: string): boolean {
  const parsed = parseOrigin(origin);
  return parsed !== null && isLoopbackHost(new URL(parsed).hostname);
}

/** What the proxy decides about a request's Origin header. */
export type OriginDecision =
  /** `origin` is what to answer in Access-Control-Allow-Origin; null when no Origin came (curl, a script). */
  { ok: true; origin: string | null } | { ok: false; refusal: ProxyRefusal };

/**
 * Whether a request with this Origin header (undefined when none came) may use the proxy: loopback
 * origins and the `allowed` ones may; a request without Origin is not a web page's cross-origin
 * call (browsers send Origin with every POST) and may too.
 */
export function decideOrigin(
  header: string | undefined,
  allowed: ReadonlySet<string>,
): OriginDecision {
  if (header === undefined) return { ok: true, origin: null };
  const origin = parseOrigin(header);
  if (origin !== null && (allowed.has(origin) || isLoopbackOrigin(origin))) {
    return { ok: true, origin };
  }
  const named = origin ?? JSON.stringify(header.slice(0, 60));
  return {
    ok: false,
    refusal: refusal(
      'origin-not-allowed',
      403,
      origin === null
        ? `The proxy serves web pages it was told about, and ${named} is not an origin it can allow ` +
            '(a page opened from a file or a sandboxed frame has none): serve the page from a web server, ' +
            'or send with curl.'
        : `This proxy does not serve pages from ${origin}. To allow it, restart the proxy with ` +
            `--allow-origin ${origin} (for example: ${proxyCommand(origin)}).`,
    ),
  };
}

/**
 * Whether the Host header names this machine at the port the request came in on (`localPort`,
 * the socket's own port): a loopback name, with that port (or none when it is 80).
 */
export function decideHostHeader(
  header: string | undefined,
  localPort: number | undefined,
): ProxyRefusal | null {
  let url: URL | null = null;
  try {
    // The Host header is an authority; URL reads it (and lower-cases it) as one.
    url = header === undefined || /[/?#@\\\s]/.test(header) ? null : new URL(`http://${header}`);
  } catch {
    url = null;
  }
  const port = url === null ? NaN : url.port === '' ? 80 : Number(url.port);
  // Written as URL writes it: `127.1` and other spellings are refused, as target.ts does.
  const written = (header ?? '').toLowerCase().replace(/:\d+$/, '');
  if (url !== null && url.hostname === written && isLoopbackHost(written) && port === localPort) {
    return null;
  }
  return refusal(
    'host-header-not-allowed',
    403,
    `The proxy answers only requests addressed to this machine (127.0.0.1, localhost or [::1]` +
      `${localPort === undefined ? '' : ` on port ${localPort}`}); the Host header says ` +
      `${JSON.stringify((header ?? '').slice(0, 80))}. Use the address it printed, ` +
      `${localProxyBase(localPort ?? DEFAULT_PROXY_PORT)}.`,
  );
}

/** The port a URL reaches (its scheme's default when none is written). */
export function portOf(url: URL): number {
  if (url.port !== '') return Number(url.port);
  return url.protocol === 'http:' ? 80 : 443;
}

/** Whether the proxy may forward to loopback `url`: only on the ports it was told about. */
export function decideLoopbackPort(url: URL, ports: ReadonlySet<number>): ProxyRefusal | null {
  const port = portOf(url);
  if (ports.has(port)) return null;
  const list = [...ports].join(', ');
  return refusal(
    'port-not-allowed',
    403,
    `The proxy forwards to this machine only on port${ports.size === 1 ? '' : 's'} ${list || '(none)'} ` +
      `(a local sandbox), not ${port}. To add one, restart the proxy with --loopback-port ${port}.`,
  );
}

/**
 * The command that runs the one-file proxy for a page at `pageOrigin`; a loopback page needs no
 * --allow-origin, since loopback origins are always served.
 */
export function proxyCommand(pageOrigin: string, { port = DEFAULT_PROXY_PORT } = {}): string {
  const parts = ['node', ONE_FILE_PROXY];
  // Parsed, so nothing but an origin's characters (no quote, space or `;`) reaches the shell.
  const origin = parseOrigin(pageOrigin);
  if (origin !== null && !isLoopbackOrigin(origin)) parts.push('--allow-origin', origin);
  if (port !== DEFAULT_PROXY_PORT) parts.push('--port', String(port));
  return parts.join(' ');
}

/** The address of a proxy run with proxyCommand, to paste as the proxy base. */
export function localProxyBase(port = DEFAULT_PROXY_PORT): string {
  return `http://127.0.0.1:${port}${PROXY_PREFIX}`;
}
