// The sandbox over HTTP, for Node only (scripts/sandbox-server.ts and its tests), like all of
// src/server: browser code never imports it (ESLint refuses it). The page runs the same
// SandboxService (src/lib/sandbox) in the tab.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GET_LIST_PATH, SANDBOX_APP } from '../lib/sandbox/app';
import type { SandboxService } from '../lib/sandbox/service';

/** The address the sandbox server listens on: this machine only. */
export const SANDBOX_HOST = '127.0.0.1';

/** The largest request body accepted; a get_list body is under 200 bytes. Larger ones get 413. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** What the HTTP wrapper depends on: the body cap and where one line per request is logged. */
export interface SandboxHttpOptions {
  maxBodyBytes?: number;
  /** Receives one line per request: method, path (never the query: it holds the UserSig), outcome. */
  log?: (line: string) => void;
}

// Open CORS: the page calling the sandbox may be served from any origin (dev server, preview,
// a static host), and the sandbox holds nothing secret.
const CORS_HEADERS = Object.freeze({ 'Access-Control-Allow-Origin': '*' });

const PREFLIGHT_HEADERS = Object.freeze({
  ...CORS_HEADERS,
  'Access-Control-Allow-Methods': 'POST',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Max-Age': '600',
});

/** The path of a request target without its query, shortened for a log line. */
function pathOf(target: string | undefined): string {
  const path = (target ?? '').split('?')[0] ?? '';
  return path.length > 120 ? `${path.slice(0, 120)}…` : path;
}

/** ErrorCode of an answer body, for the log line; null when the body is not the service's JSON. */
function errorCodeOf(body: string): number | null {
  try {
    const doc: unknown = JSON.parse(body);
    if (typeof doc === 'object' && doc !== null && 'ErrorCode' in doc) {
      const code = (doc as { ErrorCode: unknown }).ErrorCode;
      return typeof code === 'number' ? code : null;
    }
  } catch {
    // Not JSON: nothing to report.
  }
  return null;
}

/** A node:http request listener that serves a SandboxService: CORS open, preflights, a body cap. */
export function createSandboxHttpHandler(
  service: SandboxService,
  { maxBodyBytes = MAX_BODY_BYTES, log }: SandboxHttpOptions = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const method = req.method ?? 'GET';
    const path = pathOf(req.url);
    const send = (status: number, headers: Record<string, string>, body: string, note = '') => {
      if (res.headersSent) return;
      res.writeHead(status, { ...CORS_HEADERS, ...headers });
      res.end(body);
      log?.(`${method} ${path} ${status}${note}`);
    };

    if (method === 'OPTIONS') {
      // A CORS preflight: the browser asks before a POST with Content-Type: application/json.
      req.resume();
      send(204, { ...PREFLIGHT_HEADERS }, '', ' preflight');
      return;
    }

    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        // Stop keeping the body but read it to the end, so the client is not reset mid-upload
        // and receives the 413.
        tooLarge = true;
        chunks.length = 0;
      } else if (!tooLarge) {
        chunks.push(chunk);
      }
    });
    req.on('error', () => res.destroy());
    req.on('end', () => {
      if (tooLarge) {
        // A gateway's answer, before the service sees the request: plain text, not the REST JSON.
        send(
          413,
          { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' },
          `Request body over ${maxBodyBytes} bytes: the sandbox refuses it.\n`,
          ` body ${size} bytes`,
        );
        return;
      }
      const body = Buffer.concat(chunks).toString('utf8');
      service.handle({ method, url: req.url ?? '/', body }).then(
        (answer) => {
          const code = errorCodeOf(answer.body);
          send(
            answer.status,
            answer.headers,
            answer.body,
            code === null ? '' : ` ErrorCode ${code}`,
          );
        },
        (error: unknown) => {
          // A bug in the sandbox, not an expected failure: say so plainly, keep serving.
          send(
            500,
            { 'Content-Type': 'text/plain; charset=utf-8' },
            'Sandbox internal error\n',
            ` ${String(error)}`,
          );
        },
      );
    });
  };
}

/** The outcome of reading the port: a number from 0 to 65535, or why the input is not one. */
export type PortResult = { ok: true; port: number } | { ok: false; message: string };

/** The port from `--port N` / `--port=N`, else the env's PORT, else `fallback` (0: the system picks one). */
export function resolvePort(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  fallback = 0,
): PortResult {
  let text: string | undefined;
  let source = '--port';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--port') text = argv[i + 1] ?? '';
    else if (arg.startsWith('--port=')) text = arg.slice('--port='.length);
  }
  if (text === undefined && env['PORT'] !== undefined && env['PORT'] !== '') {
    text = env['PORT'];
    source = 'PORT';
  }
  if (text === undefined) return { ok: true, port: fallback };
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) {
    return {
      ok: false,
      message: `${source} must be a port number from 0 to 65535, got ${JSON.stringify(text)}`,
    };
  }
  return { ok: true, port: Number(text) };
}

/** A curl command that pulls alice's first page from a sandbox at `origin` with the given UserSig. */
export function exampleCurl(origin: string, userSig: string, random: number): string {
  const query = new URLSearchParams({
    sdkappid: String(SANDBOX_APP.sdkAppId),
    identifier: SANDBOX_APP.admin,
    usersig: userSig,
    random: String(random),
    contenttype: 'json',
  });
  const body = JSON.stringify({
    From_Account: 'alice',
    TimeStamp: 0,
    StartIndex: 0,
    TopTimeStamp: 0,
    TopStartIndex: 0,
    AssistFlags: 7,
  });
  return `curl -s '${origin}${GET_LIST_PATH}?${query.toString()}' -d '${body}'`;
}
