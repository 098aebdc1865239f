// Mounts the Chat REST proxy at /proxy/ on `vite` (dev) and `vite preview`, so the app served
// by either can send through it at the same origin. The standalone twin is scripts/proxy.ts.
import type { Plugin } from 'vite';
// `.js`, not `.ts`: tsconfig.json (which checks scripts/) does not allow .ts specifiers, and an
// extensionless one makes Vite 8 warn on every config load (see src/server/proxy-handler.ts).
import {
  createProxyHandler,
  formatLogEntry,
  type ProxyHandlerOptions,
} from '../src/server/proxy-handler.js';

/** The Vite plugin that serves the proxy on the dev and preview servers. */
export function chatRestProxy(options: ProxyHandlerOptions = {}): Plugin {
  return {
    name: 'chat-rest-proxy',
    configureServer(server) {
      const logger = server.config.logger;
      server.middlewares.use(
        createProxyHandler({
          log: (e) => logger.info(`[proxy] ${formatLogEntry(e)}`, { timestamp: true }),
          ...options,
        }),
      );
    },
    configurePreviewServer(server) {
      const logger = server.config.logger;
      server.middlewares.use(
        createProxyHandler({
          log: (e) => logger.info(`[proxy] ${formatLogEntry(e)}`, { timestamp: true }),
          ...options,
        }),
      );
    },
  };
}
