// Where the proxy may forward, and how a target is written into a proxy URL. Pure: the Node
// handler (src/server/proxy-handler.ts) and the browser transport both decide with these functions, so the page
// can refuse a target before sending it and the proxy refuses the same ones.
//
// Proxy URL format, after the proxy base (for example `/proxy` or `http://127.0.0.1:8788/proxy`):
//
//     {base}/{host}{path}?{query}              https on port 443: a real REST host
//     {base}/http:{host}:{port}{path}?{query}  http, loopback only: a local sandbox server
//     {base}/{host}:{port}{path}?{query}       https on another port, loopback only
//
// An explicit `https:` before the host is accepted too and means the same as none.
//
// e.g. /proxy/console.tim.qq.com/v4/recentcontact/get_list?sdkappid=1400000000&...
//      /proxy/http:127.0.0.1:8787/v4/recentcontact/get_list?sdkappid=1400000000&...
// `.js` specifiers: this file is reachable from vite.config.ts (see src/server/proxy-handler.ts).
import { isLoopbackHost } from '../api/regions.js';
import { isRegionHost } from './hosts.js';
import { MAX_TARGET_CHARS, refusal, type ProxyRefusal } from './protocol.js';

/** A target the proxy may call, or why not. `loopback` marks a local sandbox server. */
export type TargetDecision =
  { ok: true; url: URL; loopback: boolean } | { ok: false; refusal: ProxyRefusal };

const REST_PATH_PREFIX = '/v4/';
// A host name or a bracketed IPv6 literal, then an optional port. Anything else in the first
// segment (`@`, `%`, `\`, spaces, non-ASCII) is a trick or a typo, never a REST host.
const AUTHORITY = /^(?<host>[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(?<port>\d{1,5}))?$/i;
const SCHEME_PREFIX = /^(?<scheme>https?):(?<rest>.*)$/i;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
// An encoded slash or backslash would let a server that decodes before routing leave /v4/.
const ENCODED_SEPARATOR = /%2f|%5c/i;

const ALLOWED_SUMMARY =
  "Tencent Cloud Chat's REST hosts (such as console.tim.qq.com or adminapisgp.im.qcloud.com, " +
  'and their my-imcloud.com backup domains) and a sandbox server on this machine ' +
  '(127.0.0.1, localhost or [::1])';

function refuse(code: ProxyRefusal['code'], status: number, message: string): TargetDecision {
  return { ok: false, refusal: refusal(code, status, message) };
}

/** Whether an IPv4 address (dotted, as URL writes it) is private, loopback or link-local. */
function isPrivateIPv4(hostname: string): boolean {
  const m = IPV4.exec(hostname);
  if (!m) return false;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return (
    a === 0 || // "this network"
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT, RFC 6598
    (a === 169 && b === 254) || // link-local, cloud metadata services
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    a >= 224 // multicast and reserved
  );
}

/** Whether a bracketed IPv6 literal is unique-local, link-local, unspecified or IPv4-mapped. */
function isPrivateIPv6(hostname: string): boolean {
  const h = hostname.slice(1, -1);
  return /^(f[cd]|fe[89ab])/.test(h) || h.startsWith('::');
}

/** Decides whether the proxy may call `target`: a documented REST host or a loopback sandbox. */
export function isAllowedTarget(target: string | URL): TargetDecision {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return refuse('bad-path', 400, 'The target is not a URL.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return refuse('scheme-not-allowed', 403, `The proxy speaks http(s) only, not ${url.protocol}`);
  }
  if (url.username !== '' || url.password !== '') {
    return refuse(
      'credentials-in-url',
      400,
      'The target URL carries a user name or password before the host; the REST API takes ' +
        'its credentials in the query (identifier, usersig), never there.',
    );
  }
  const host = url.hostname;
  const loopback = isLoopbackHost(host);
  if (!loopback) {
    if (!isRegionHost(host)) {
      const ip = IPV4.test(host) || host.startsWith('[');
      if (ip && (isPrivateIPv4(host) || (host.startsWith('[') && isPrivateIPv6(host)))) {
        return refuse(
          'private-address',
          403,
          `${host} is a private or reserved address; the proxy forwards only to ${ALLOWED_SUMMARY}.`,
        );
      }
      return refuse(
        'host-not-allowed',
        403,
        `The proxy forwards only to ${ALLOWED_SUMMARY}; "${host}" is neither.`,
      );
    }
    // The REST API is served over https on the default port; anything else is not the service.
    if (url.protocol !== 'https:') {
      return refuse(
        'scheme-not-allowed',
        403,
        `${host} is reached over https only; plain http is allowed for a local sandbox alone.`,
      );
    }
    if (url.port !== '') {
      return refuse(
        'port-not-allowed',
        403,
        `${host} is reached on port 443 only, not ${url.port}.`,
      );
    }
  }
  if (!url.pathname.startsWith(REST_PATH_PREFIX) || ENCODED_SEPARATOR.test(url.pathname)) {
    return refuse(
      'path-not-allowed',
      403,
      `The proxy forwards REST calls only: the path must start with ${REST_PATH_PREFIX} ` +
        '(such as /v4/recentcontact/get_list).',
    );
  }
  if (url.hash !== '') {
    return refuse('bad-path', 400, 'The target carries a #fragment; a REST URL has none.');
  }
  return { ok: true, url, loopback };
}

/**
 * Reads the target from what follows the proxy prefix in a request line, e.g.
 * `/console.tim.qq.com/v4/recentcontact/get_list?sdkappid=…` (format at the top of this file).
 */
export function parseProxyPath(pathAndQuery: string): TargetDecision {
  if (pathAndQuery.length > MAX_TARGET_CHARS) {
    return refuse(
      'url-too-long',
      414,
      `The target is over ${MAX_TARGET_CHARS} characters; a REST URL is well under 1,000.`,
    );
  }
  const q = pathAndQuery.indexOf('?');
  const path = q === -1 ? pathAndQuery : pathAndQuery.slice(0, q);
  const query = q === -1 ? '' : pathAndQuery.slice(q);
  const usage =
    'Write the target after the proxy prefix as /{host}/v4/... (https), or ' +
    '/http:127.0.0.1:{port}/v4/... for a local sandbox.';
  if (!path.startsWith('/')) return refuse('bad-path', 400, usage);
  const slash = path.indexOf('/', 1);
  const first = slash === -1 ? path.slice(1) : path.slice(1, slash);
  const rest = slash === -1 ? '' : path.slice(slash);
  if (first === '') return refuse('bad-path', 400, usage);

  const schemeMatch = SCHEME_PREFIX.exec(first);
  const scheme = schemeMatch?.groups?.['scheme']?.toLowerCase() ?? 'https';
  const authority = schemeMatch?.groups?.['rest'] ?? first;
  if (authority.includes('@') || authority.includes('%40')) {
    return refuse(
      'credentials-in-url',
      400,
      'The target carries a user name or password before the host ("user@host"); the REST ' +
        'API takes its credentials in the query, never there.',
    );
  }
  const auth = AUTHORITY.exec(authority);
  const givenHost = auth?.groups?.['host']?.toLowerCase();
  if (givenHost === undefined) {
    return refuse('bad-path', 400, `"${authority}" is not a host name. ${usage}`);
  }
  if (rest.includes('\\')) {
    return refuse('path-not-allowed', 403, 'The path contains a backslash.');
  }

  let url: URL;
  try {
    url = new URL(`${scheme}://${authority}${rest}${query}`);
  } catch {
    return refuse('bad-path', 400, `"${authority}" is not a host name. ${usage}`);
  }
  // URL rewrites numeric hosts (`2130706433`, `127.1`, `0x7f.1` all become 127.0.0.1): accept
  // only hosts already written the way URL writes them, so no spelling slips past the list.
  if (url.hostname !== givenHost) {
    return refuse(
      'bad-path',
      400,
      `Write the host as ${url.hostname}, not ${givenHost}; other spellings are refused.`,
    );
  }
  return isAllowedTarget(url);
}

/**
 * The proxy URL for a REST URL: `{proxyBase}/{host}{path}?{query}`, with `http:` before the
 * host for a loopback http target. Refuses, as the proxy would, targets it will not forward.
 */
export function toProxyUrl(
  proxyBase: string,
  target: string,
): { ok: true; url: string } | { ok: false; refusal: ProxyRefusal } {
  const decision = isAllowedTarget(target);
  if (!decision.ok) return decision;
  const { url } = decision;
  // url.host leaves out the default port, so a real host is written bare (https, 443).
  const segment = url.protocol === 'http:' ? `http:${url.host}` : url.host;
  const base = proxyBase.replace(/\/+$/, '');
  return { ok: true, url: `${base}/${segment}${url.pathname}${url.search}` };
}
