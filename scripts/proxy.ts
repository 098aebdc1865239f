// `npm run proxy`: the Chat REST proxy on its own, for a copy of the app served from a static
// host, where no Vite server can mount it. Listens on 127.0.0.1 only: it is for this machine.
// Usage: npm run proxy [-- --port 8788]   (or PORT=8788 npm run proxy)
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createProxyHandler, formatLogEntry } from '../src/server/proxy-handler';
import { DEFAULT_PROXY_PORT, PROXY_PREFIX } from '../src/lib/proxy/protocol';

const HOST = '127.0.0.1';

function readPort(): number {
  const { values } = parseArgs({ options: { port: { type: 'string' } }, strict: true });
  const text = values.port ?? process.env['PORT'] ?? String(DEFAULT_PROXY_PORT);
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Not a port: "${text}" (give --port or PORT a number from 0 to 65535).`);
    process.exit(2);
  }
  return port;
}

const handler = createProxyHandler({
  // CORS open: the page calling it may be served from any origin (see ProxyHandlerOptions).
  allowOrigin: '*',
  log: (entry) => console.log(formatLogEntry(entry)),
});
const server = createServer((req, res) => handler(req, res));

server.on('error', (err) => {
  console.error(`The proxy could not start: ${err.message}`);
  process.exit(1);
});

server.listen(readPort(), HOST, () => {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  console.log('Chat REST proxy: forwards POSTs to the documented REST hosts and a local sandbox.');
  console.log(`Paste this proxy address into the app: http://${HOST}:${port}${PROXY_PREFIX}`);
  console.log('Logs show method, host, path, status and time; never the query (the UserSig).');
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
