// Mounts the Chat REST proxy at /proxy/ on `vite` (dev) and `vite preview`, so the app served
// by either can send through it at the same origin. The standalone twin is scripts/proxy.ts.
// Like it, the mount serves loopback pages and those in ALLOW_ORIGIN, and forwards to this
// machine only on the ports in LOOPBACK_PORT (default 8787; the e2e config sets its sandboxes').
import type { Plugin } from 'vite';
// `.js`, not `.ts`: tsconfig.json (which checks scripts/) does not allow .ts specifiers, and an
// extensionless one makes Vite 8 warn on every config load (see src/server/proxy-handler.ts).
import {
  createProxyHandler,
  formatLogEntry,
  type ProxyHandlerOptions,
} from '../src/server/proxy-handler.js';
import { readAccess } from '../src/server/proxy-cli.js';

/** The Vite plugin that serves the proxy on the dev and preview servers. */
export function chatRestProxy(
  options: ProxyHandlerOptions = {},
  env: Readonly<Record<string, string | undefined>> = process.env,
): Plugin {
  const access = readAccess({}, env);
  if (!access.ok) throw new Error(`The ./proxy mount: ${access.message}`);
  const mount = (logger: { info(msg: string, o?: { timestamp?: boolean }): void }) =>
    createProxyHandler({
      ...access.access,
      log: (e) => logger.info(`[proxy] ${formatLogEntry(e)}`, { timestamp: true }),
      ...options,
    });
  return {
    name: 'chat-rest-proxy',
    configureServer(server) {
      server.middlewares.use(mount(server.config.logger));
    },
    configurePreviewServer(server) {
      server.middlewares.use(mount(server.config.logger));
    },
  };
}
