// `npm run proxy`: the Chat REST proxy on its own, for a copy of the app served from a static
// host, where no Vite server can mount it. Listens on 127.0.0.1 only: it is for this machine.
// Usage: npm run proxy -- [--allow-origin https://example.github.io] [--loopback-port 8787] [--port 8788]
// This file is also the entry of the one-file proxy the build emits (chat-rest-proxy.mjs,
// scripts/vite-one-file-proxy.ts): the same code, bundled.
import { runProxyCli } from '../src/server/proxy-cli';

runProxyCli(
  process.argv.slice(2),
  process.env,
  process.env['npm_lifecycle_event'] === 'proxy' ? 'npm run proxy --' : undefined,
);
