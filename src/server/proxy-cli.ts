// The standalone proxy's command line, shared by `npm run proxy` (scripts/proxy.ts) and the
// one-file proxy the build emits (chat-rest-proxy.mjs, bundled from scripts/proxy.ts), and the
// environment the Vite servers' ./proxy reads: one reading of --port, --allow-origin and
// --loopback-port for every form of the proxy.
// Node 18+ only (the one file's promise): node:util parseArgs, global fetch.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import {
  DEFAULT_SANDBOX_PORT,
  ONE_FILE_PROXY,
  localProxyBase,
  parseOrigin,
} from '../lib/proxy/access.js';
import { DEFAULT_PROXY_PORT } from '../lib/proxy/protocol.js';
import { createProxyHandler, formatLogEntry } from './proxy-handler.js';

/** What the proxy is told: where it listens, which pages it serves, which local ports it forwards to. */
export interface ProxyConfig {
  port: number;
  allowOrigins: string[];
  loopbackPorts: number[];
}

/** Who the proxy serves and where on this machine it forwards; the Vite servers take these alone. */
export type ProxyAccess = Omit<ProxyConfig, 'port'>;

/** The command line read: a config, the help text, or why it does not read. */
export type ProxyArgs =
  { ok: true; config: ProxyConfig } | { ok: true; help: string } | { ok: false; message: string };

/** The help text, with the name the proxy was started by. */
export function proxyUsage(command = `node ${ONE_FILE_PROXY}`): string {
  return [
    `Usage: ${command} [--allow-origin ORIGIN]... [--loopback-port PORT]... [--port PORT]`,
    '',
    "The Chat REST proxy: forwards POSTs from a web page to Tencent Cloud Chat's REST hosts.",
    '  --allow-origin ORIGIN  also serve the page at ORIGIN, such as https://example.github.io',
    '                         (repeatable; env ALLOW_ORIGIN, comma-separated). Pages on this',
    '                         machine (127.0.0.1, localhost) are always served; no other is.',
    `  --loopback-port PORT   forward to a sandbox on this machine at PORT (repeatable; env`,
    `                         LOOPBACK_PORT, comma-separated; default ${DEFAULT_SANDBOX_PORT})`,
    `  --port PORT            listen on 127.0.0.1:PORT (env PORT; default ${DEFAULT_PROXY_PORT})`,
  ].join('\n');
}

const list = (text: string | undefined): string[] =>
  (text ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

function readPort(text: string, what: string, min: number): number | string {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  return port >= min && port <= 65535
    ? port
    : `${what} must be a port number from ${min} to 65535, got ${JSON.stringify(text)}.`;
}

/** Reads the origins and loopback ports (given ones, else the environment's). */
export function readAccess(
  given: { allowOrigins?: readonly string[]; loopbackPorts?: readonly string[] },
  env: Readonly<Record<string, string | undefined>>,
): { ok: true; access: ProxyAccess } | { ok: false; message: string } {
  const allowOrigins: string[] = [];
  const origins = given.allowOrigins?.length ? given.allowOrigins : list(env['ALLOW_ORIGIN']);
  for (const text of origins) {
    const origin = parseOrigin(text);
    if (origin === null) {
      return {
        ok: false,
        message:
          `--allow-origin takes an origin such as https://example.github.io (scheme, host and ` +
          `port, no path), got ${JSON.stringify(text)}.`,
      };
    }
    allowOrigins.push(origin);
  }
  const ports = given.loopbackPorts?.length ? given.loopbackPorts : list(env['LOOPBACK_PORT']);
  const loopbackPorts: number[] = [];
  for (const text of ports) {
    const port = readPort(text, '--loopback-port', 1);
    if (typeof port === 'string') return { ok: false, message: port };
    loopbackPorts.push(port);
  }
  return {
    ok: true,
    access: {
      allowOrigins: [...new Set(allowOrigins)],
      loopbackPorts:
        loopbackPorts.length > 0 ? [...new Set(loopbackPorts)] : [DEFAULT_SANDBOX_PORT],
    },
  };
}

/** Reads the command line and the environment (PORT, ALLOW_ORIGIN, LOOPBACK_PORT). */
export function parseProxyArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ProxyArgs {
  let values: {
    port?: string;
    'allow-origin'?: string[];
    'loopback-port'?: string[];
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        'allow-origin': { type: 'string', multiple: true },
        'loopback-port': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    return { ok: false, message: `${err instanceof Error ? err.message : String(err)}` };
  }
  if (values.help) return { ok: true, help: proxyUsage() };
  const portText = values.port ?? (env['PORT'] || String(DEFAULT_PROXY_PORT));
  const port = readPort(portText, values.port !== undefined ? '--port' : 'PORT', 0);
  if (typeof port === 'string') return { ok: false, message: port };
  const access = readAccess(
    { allowOrigins: values['allow-origin'], loopbackPorts: values['loopback-port'] },
    env,
  );
  if (!access.ok) return access;
  return { ok: true, config: { port, ...access.access } };
}

/** What the proxy prints when it is up: what it forwards, whom it serves, its address. */
export function startupLines(config: ProxyConfig, port: number): string[] {
  const ports = config.loopbackPorts.join(', ');
  const pages = ['this machine (127.0.0.1, localhost)', ...config.allowOrigins].join(', ');
  return [
    `Chat REST proxy: forwards POSTs to the Chat REST hosts and to this machine on port ${ports}.`,
    `Serves pages from ${pages}${config.allowOrigins.length === 0 ? ' only: add --allow-origin for a hosted page' : ''}.`,
    `Paste this proxy address into the app: ${localProxyBase(port)}`,
    'Logs show method, host, path, status and time; never the query (the UserSig).',
  ];
}

/** Runs the proxy on 127.0.0.1 as the command line says; exits on a bad one. */
export function runProxyCli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  command?: string,
): void {
  const args = parseProxyArgs(argv, env);
  if (!args.ok) {
    console.error(`${args.message}\n\n${proxyUsage(command)}`);
    process.exit(2);
  }
  if ('help' in args) {
    console.log(command ? proxyUsage(command) : args.help);
    return;
  }
  const { config } = args;
  const handler = createProxyHandler({
    allowOrigins: config.allowOrigins,
    loopbackPorts: config.loopbackPorts,
    log: (entry) => console.log(formatLogEntry(entry)),
  });
  const server = createServer((req, res) => handler(req, res));
  server.on('error', (err) => {
    console.error(`The proxy could not start: ${err.message}`);
    process.exit(1);
  });
  // This machine only: the proxy is for the person at it.
  server.listen(config.port, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    for (const line of startupLines(config, port)) console.log(line);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      server.close();
      server.closeAllConnections();
      process.exit(0);
    });
  }
}
