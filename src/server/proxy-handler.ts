// The proxy as a Node http handler, for `npm run proxy` (scripts/proxy.ts) and the Vite dev and
// preview servers (scripts/vite-proxy-plugin.ts). Node only, like all of src/server: browser code
// never imports it (ESLint refuses it). The decisions live in src/lib/proxy/target.ts, shared
// with the page; this file moves bytes.
//
// What it guarantees (docs/reference/chat-rest-facts.md, "Calling from a browser"; issues 14, 19):
// - the Host header names this machine and the port it came in on, or nothing is answered but a
//   refusal (DNS rebinding); a request with an Origin is served only for loopback origins and
//   those it was told about (`allowOrigins`), and its preflight likewise (lib/proxy/access.ts);
// - POST only, to the documented REST hosts or a loopback sandbox on the ports it was told about
//   (`loopbackPorts`, default 8787); never an open proxy, never a port scanner;
// - only Content-Type goes upstream: no cookie, authorization or other header of the caller's;
// - only Content-Type comes back: Set-Cookie and every other upstream header are dropped;
// - bodies capped both ways, a timeout, no redirects followed: a host's 3xx comes back as the
//   proxy's 'upstream-redirect' answer with its status and Location, for the page to name;
// - the log holds method, host, path, status and duration, never the query (it holds the UserSig).
// The `.js` specifiers below (resolved to the .ts files) break the house habit of extensionless
// imports on purpose: vite.config.ts loads this file, and Vite 8 prints a warning about every
// extensionless import reachable from its config ("unsupported by configLoader: 'native'").
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  DEFAULT_SANDBOX_PORT,
  decideHostHeader,
  decideLoopbackPort,
  decideOrigin,
} from '../lib/proxy/access.js';
import {
  MAX_REQUEST_BYTES,
  MAX_RESPONSE_BYTES,
  PROXY_ERROR_HEADER,
  PROXY_PREFIX,
  UPSTREAM_TIMEOUT_MS,
  proxyErrorBody,
  refusal,
  type ProxyRefusal,
  type ProxyRefusalCode,
  type ProxyStatus,
} from '../lib/proxy/protocol.js';
import { parseProxyPath } from '../lib/proxy/target.js';
import { concatBytes, readCapped as readStreamUpTo } from '../lib/bytes/read-capped.js';

/** What the handler hands the upstream fetch: a subset of RequestInit. */
export interface UpstreamInit {
  method: 'POST';
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer>;
  signal: AbortSignal;
  redirect: 'manual';
}

/** What the handler reads from the upstream answer: a subset of Response. */
export interface UpstreamResponse {
  status: number;
  headers: { get(name: string): string | null };
  body: ReadableStream<Uint8Array> | null;
}

/** The upstream call, injectable so tests never touch the network; globalThis.fetch fits. */
export type UpstreamFetch = (url: string, init: UpstreamInit) => Promise<UpstreamResponse>;

/** One log line. Never the query string: it carries the UserSig. */
export interface ProxyLogEntry {
  method: string;
  /** The target host (with port for a loopback sandbox); null when the target was refused. */
  host: string | null;
  /** The target path, without the query; null when the target was refused. */
  path: string | null;
  status: number;
  durationMs: number;
  /** Why the proxy answered itself, or null when it passed the upstream answer through. */
  refusal: ProxyRefusalCode | null;
}

/** Options of createProxyHandler; every one has a default. */
export interface ProxyHandlerOptions {
  /** Mount path; requests outside it go to `next` (Vite) or get a 404 (standalone). */
  prefix?: string;
  fetch?: UpstreamFetch;
  timeoutMs?: number;
  maxRequestBytes?: number;
  maxResponseBytes?: number;
  log?: (entry: ProxyLogEntry) => void;
  now?: () => number;
  /**
   * The web origins served besides loopback ones (`--allow-origin`), as browsers write them
   * (`https://example.github.io`). Any other page is refused before anything is forwarded: with
   * CORS open to all, any site a person visits could read their local services through it.
   */
  allowOrigins?: readonly string[];
  /** The loopback ports forwarded to (a local sandbox); default DEFAULT_SANDBOX_PORT alone. */
  loopbackPorts?: readonly number[];
}

/** A connect-style handler: Vite's middleware stack and a bare http.Server both take it. */
export type ProxyHandler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

// The only header sent upstream. The body is JSON whatever the browser labelled it (a simple
// request sends text/plain), and the service reads the format from contenttype=json anyway.
const UPSTREAM_CONTENT_TYPE = 'application/json';
const CONTENT_TYPE_OK = /^[\x20-\x7e]{1,200}$/;

/** CORS headers for a served origin; none but Vary when the request carried no Origin. */
function corsHeaders(origin: string | null): Record<string, string> {
  if (origin === null) return { vary: 'Origin' };
  return {
    'access-control-allow-origin': origin,
    'access-control-expose-headers': PROXY_ERROR_HEADER,
    vary: 'Origin',
  };
}

// The statuses fetch treats as redirects (Fetch standard, "redirect status").
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
// Printable ASCII only, so nothing an upstream sends can break the header line.
const LOCATION_OK = /^[\x21-\x7e]{1,2048}$/;

/** Reads a request body up to `max` bytes; null when it is longer. */
function readCapped(req: IncomingMessage, max: number): Promise<Uint8Array<ArrayBuffer> | null> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let done = false;
    const onData = (chunk: Uint8Array) => {
      total += chunk.byteLength;
      if (total > max) {
        done = true;
        req.off('data', onData);
        // Stop reading; the answer closes the connection so the rest is never read.
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => {
      if (done) return;
      done = true;
      resolve(concatBytes(chunks, total));
    });
    req.on('error', (err) => {
      if (!done) reject(err);
    });
  });
}

/** Reads an upstream body up to `max` bytes; null when it is longer (and the rest is dropped). */
function readStreamCapped(
  body: ReadableStream<Uint8Array> | null,
  max: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  return body === null ? Promise.resolve(new Uint8Array(0)) : readStreamUpTo(body.getReader(), max);
}

/** The system error code under a fetch failure (ENOTFOUND, ECONNREFUSED...), if any. */
function causeCode(err: unknown): string | null {
  if (typeof err !== 'object' || err === null) return null;
  const cause: unknown = Reflect.get(err, 'cause');
  if (typeof cause !== 'object' || cause === null) return null;
  const code: unknown = Reflect.get(cause, 'code');
  return typeof code === 'string' ? code : null;
}

/** Builds the proxy's request handler. */
export function createProxyHandler(options: ProxyHandlerOptions = {}): ProxyHandler {
  const prefix = (options.prefix ?? PROXY_PREFIX).replace(/\/+$/, '');
  const upstreamFetch: UpstreamFetch =
    options.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const timeoutMs = options.timeoutMs ?? UPSTREAM_TIMEOUT_MS;
  const maxRequestBytes = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
  const maxResponseBytes = options.maxResponseBytes ?? MAX_RESPONSE_BYTES;
  const log = options.log ?? (() => undefined);
  const now = options.now ?? (() => performance.now());
  const allowOrigins = new Set(options.allowOrigins ?? []);
  const loopbackPorts = new Set(options.loopbackPorts ?? [DEFAULT_SANDBOX_PORT]);
  const status: ProxyStatus = { chatRestProxy: 1, loopbackPorts: [...loopbackPorts] };

  async function handle(req: IncomingMessage, res: ServerResponse, next?: () => void) {
    const started = now();
    const method = req.method ?? 'GET';
    const raw = req.url ?? '/';
    let host: string | null = null;
    let path: string | null = null;
    // No CORS header until the Origin is judged: a refused page reads only its refusal.
    let cors: Record<string, string> = { vary: 'Origin' };

    const finish = (status: number, why: ProxyRefusalCode | null) => {
      log({ method, host, path, status, durationMs: now() - started, refusal: why });
    };
    const refuse = (r: ProxyRefusal, extra: Record<string, string> = {}) => {
      if (!res.headersSent) {
        const body = proxyErrorBody(r);
        res.writeHead(r.status, {
          ...cors,
          ...extra,
          'content-type': 'application/json; charset=utf-8',
          'content-length': String(Buffer.byteLength(body)),
          'cache-control': 'no-store',
          [PROXY_ERROR_HEADER]: r.code,
        });
        res.end(body);
      } else {
        res.destroy();
      }
      finish(r.status, r.code);
    };

    const under = raw === prefix || raw.startsWith(`${prefix}/`) || raw.startsWith(`${prefix}?`);
    if (!under && next) return next();

    // Who is asking, before what is asked: the Host (DNS rebinding), then the Origin.
    const badHost = decideHostHeader(req.headers.host, req.socket.localPort);
    if (badHost) return refuse(badHost);
    const origin = decideOrigin(req.headers.origin, allowOrigins);
    if (!origin.ok) {
      // The refusal itself is readable by the refused page, so it can say how to allow it; it
      // holds nothing but that sentence.
      const refused = req.headers.origin;
      cors = corsHeaders(refused !== undefined && refused !== 'null' ? refused : null);
      return refuse(origin.refusal);
    }
    cors = corsHeaders(origin.origin);

    if (!under) {
      return refuse(
        refusal(
          'not-found',
          404,
          `This is the Chat REST proxy: POST to ${prefix}/{host}/v4/... ` +
            `(or ${prefix}/http:127.0.0.1:{port}/v4/... for a local sandbox).`,
        ),
      );
    }

    if (method === 'OPTIONS') {
      // A CORS preflight. Answered for every path so the page can read the refusal that
      // follows, in words, instead of an opaque CORS failure.
      res.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'POST, GET',
        'access-control-allow-headers': 'content-type',
        'access-control-max-age': '600',
        // Chrome's Private Network Access asks this before a public page calls 127.0.0.1; only
        // an origin served gets here.
        ...(origin.origin !== null ? { 'access-control-allow-private-network': 'true' } : {}),
      });
      res.end();
      return finish(204, null);
    }
    if (method === 'GET' && (raw === prefix || raw === `${prefix}/`)) {
      // "Is a proxy there, and does it serve this page?": the page's check and Auto ask this.
      const body = JSON.stringify(status);
      res.writeHead(200, {
        ...cors,
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(body)),
        'cache-control': 'no-store',
      });
      res.end(body);
      return finish(200, null);
    }
    if (method !== 'POST') {
      return refuse(
        refusal(
          'method-not-allowed',
          405,
          `The REST API takes POST only; the proxy forwards nothing else (got ${method}).`,
        ),
        { allow: 'POST, OPTIONS' },
      );
    }

    const decision = parseProxyPath(raw.slice(prefix.length));
    if (!decision.ok) return refuse(decision.refusal);
    if (decision.loopback) {
      const closed = decideLoopbackPort(decision.url, loopbackPorts);
      if (closed) return refuse(closed);
    }
    const target = decision.url;
    host = target.host;
    path = target.pathname;

    const tooLarge = refusal(
      'body-too-large',
      413,
      `The request body is over ${maxRequestBytes} bytes; a get_list body is about 120.`,
    );
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxRequestBytes) {
      return refuse(tooLarge, { connection: 'close' });
    }
    const body = await readCapped(req, maxRequestBytes);
    if (body === null) return refuse(tooLarge, { connection: 'close' });

    const controller = new AbortController();
    let stop: 'timeout' | 'client-gone' | null = null;
    const timer = setTimeout(() => {
      stop = 'timeout';
      controller.abort();
    }, timeoutMs);
    const onClose = () => {
      // The page cancelled or went away: stop waiting for the upstream on its behalf.
      if (!res.writableFinished) {
        stop ??= 'client-gone';
        controller.abort();
      }
    };
    res.on('close', onClose);

    let upstreamStatus: number;
    let location: string | null;
    let contentType: string | null;
    let answer: Uint8Array<ArrayBuffer> | null;
    try {
      const upstream = await upstreamFetch(target.href, {
        method: 'POST',
        headers: { 'content-type': UPSTREAM_CONTENT_TYPE },
        body,
        signal: controller.signal,
        // A redirect could lead anywhere; the page sees the 3xx instead.
        redirect: 'manual',
      });
      upstreamStatus = upstream.status;
      location = upstream.headers.get('location');
      contentType = upstream.headers.get('content-type');
      if (REDIRECT_STATUSES.has(upstreamStatus)) {
        // Its body is never shown: a redirect is not the REST API's answer.
        void upstream.body?.cancel().catch(() => undefined);
        answer = new Uint8Array(0);
      } else {
        answer = await readStreamCapped(upstream.body, maxResponseBytes);
      }
    } catch (err) {
      if (stop === 'timeout') {
        return refuse(
          refusal('upstream-timeout', 504, `${host} did not answer within ${timeoutMs} ms.`),
        );
      }
      if (stop === 'client-gone') return finish(499, null);
      const code = causeCode(err);
      const unreachable = refusal(
        'upstream-unreachable',
        502,
        `The proxy could not reach ${host}${code ? ` (${code})` : ''}. Check this ` +
          "machine's network, DNS and firewall.",
      );
      const known = code !== null && /^[A-Z_]{1,40}$/.test(code);
      return refuse(known ? { ...unreachable, cause: code } : unreachable);
    } finally {
      clearTimeout(timer);
      res.off('close', onClose);
    }

    if (REDIRECT_STATUSES.has(upstreamStatus)) {
      // Relayed as what it is, its status and where it points, and never followed; in the proxy's
      // own answer, so a browser lets the page read it (UpstreamRedirect says why).
      const to = location !== null && LOCATION_OK.test(location) ? location : null;
      return refuse({
        ...refusal(
          'upstream-redirect',
          502,
          `${host} answered a redirect${to ? ` to ${to}` : ''} (HTTP ${upstreamStatus}); the ` +
            'REST API never redirects, so the proxy did not follow it.',
        ),
        upstream: { status: upstreamStatus, location: to },
      });
    }
    if (answer === null) {
      return refuse(
        refusal(
          'response-too-large',
          502,
          `${host} answered more than ${maxResponseBytes} bytes; the proxy passes no more.`,
        ),
      );
    }
    const headers: Record<string, string> = {
      ...cors,
      'content-length': String(answer.byteLength),
      'cache-control': 'no-store',
    };
    if (contentType !== null && CONTENT_TYPE_OK.test(contentType)) {
      headers['content-type'] = contentType;
    }
    res.writeHead(upstreamStatus, headers);
    res.end(answer);
    finish(upstreamStatus, null);
  }

  return (req, res, next) => {
    handle(req, res, next).catch((err: unknown) => {
      // A bug, not an expected failure: answer 500 rather than leave the page hanging.
      const name = err instanceof Error ? err.name : 'error';
      if (!res.headersSent) {
        const body = proxyErrorBody(refusal('internal', 500, `The proxy failed (${name}).`));
        res.writeHead(500, {
          vary: 'Origin',
          'content-type': 'application/json; charset=utf-8',
          [PROXY_ERROR_HEADER]: 'internal',
        });
        res.end(body);
      } else {
        res.destroy();
      }
    });
  };
}

/** A one-line log for people: method, host, path, status, duration; never the query. */
export function formatLogEntry(e: ProxyLogEntry): string {
  // "-" when the target was never read (a preflight, another method) or was refused.
  const where = e.host !== null ? `${e.host}${e.path ?? ''}` : '-';
  const why = e.refusal !== null ? ` ${e.refusal}` : '';
  return `${e.method} ${where} -> ${e.status}${why} ${Math.round(e.durationMs)} ms`;
}
