// Local HTTP servers on 127.0.0.1, port 0: a recording upstream and a server running the proxy.
import {
  createServer,
  type IncomingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { createProxyHandler, type ProxyHandlerOptions } from '../../../src/server/proxy-handler';

/** A request as the upstream saw it. */
export interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface Running {
  server: Server;
  /** `http://127.0.0.1:{port}` */
  origin: string;
  port: number;
  close: () => Promise<void>;
}

export async function listen(server: Server): Promise<Running> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// The ports of the upstreams started so far: the proxies the tests start forward to them, as a
// proxy told `--loopback-port` does (any other loopback port is refused).
const upstreamPorts: number[] = [];

/** An upstream that records each request and answers with `answer` (default: a get_list OK). */
export async function startUpstream(
  answer: (res: ServerResponse, seen: Seen) => void = (res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":""}');
  },
): Promise<Running & { seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const s: Seen = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      seen.push(s);
      answer(res, s);
    });
  });
  const running = await listen(server);
  upstreamPorts.push(running.port);
  return { ...running, seen };
}

/**
 * The proxy handler on its own server, as `npm run proxy` runs it; it forwards to the upstreams
 * started before it unless `options.loopbackPorts` says otherwise.
 */
export async function startProxy(options: ProxyHandlerOptions = {}): Promise<Running> {
  const handler = createProxyHandler({ loopbackPorts: [...upstreamPorts], ...options });
  return listen(createServer((req, res) => handler(req, res)));
}
