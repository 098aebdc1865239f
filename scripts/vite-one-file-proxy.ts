// Emits the proxy in one file, chat-rest-proxy.mjs, at the site's root (issue 17.1): bundled
// from scripts/proxy.ts, the very entry of `npm run proxy`, so there is one implementation. No
// dependency but Node's builtins, for Node 18+: a person who opened the page on a static host
// downloads it and runs `node chat-rest-proxy.mjs --allow-origin <the page's origin>` in any
// folder. The dev server serves it too, built on request.
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import type { Plugin } from 'vite';
import { ONE_FILE_PROXY } from '../src/lib/proxy/access.js';

const ENTRY = fileURLToPath(new URL('./proxy.ts', import.meta.url));

const BANNER = `#!/usr/bin/env node
// Chat REST proxy, in one file: forwards POSTs from the Chat REST Playground page to Tencent
// Cloud Chat's REST hosts, for a page on a static host that cannot call them itself.
// Run it with Node 18 or later, in any folder, no install:
//   node ${ONE_FILE_PROXY} --allow-origin https://<the page's origin>
// It listens on 127.0.0.1:8788 only, serves pages from this machine and the origins given with
// --allow-origin (no other), forwards only to the documented REST hosts and to this machine's
// sandbox port(s) (--loopback-port, default 8787), sends no cookie or credential upstream, and
// never logs the query (it holds the UserSig). --help lists the options.
// Built from scripts/proxy.ts and src/server/ of the Chat REST Playground; do not edit.`;

/** The one-file proxy's source text. */
export async function buildOneFileProxy(): Promise<string> {
  const out = await build({
    input: ENTRY,
    platform: 'node',
    write: false,
    // The server code writes `.js` specifiers for its `.ts` files (see src/server/proxy-handler.ts).
    resolve: { extensionAlias: { '.js': ['.ts', '.js'] } },
    transform: { target: 'node18' },
    logLevel: 'warn',
    output: { format: 'esm', banner: BANNER },
  });
  const chunk = out.output.find((o) => o.type === 'chunk');
  if (!chunk || out.output.length !== 1) {
    throw new Error(`The one-file proxy came out as ${out.output.length} files, not one.`);
  }
  return chunk.code;
}

/** The Vite plugin that emits chat-rest-proxy.mjs into the build and serves it in dev. */
export function oneFileProxy(): Plugin {
  return {
    name: 'chat-rest-one-file-proxy',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: ONE_FILE_PROXY, source: await buildOneFileProxy() });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.endsWith(`/${ONE_FILE_PROXY}`)) return next();
        buildOneFileProxy().then(
          (code) => {
            res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
            res.end(code);
          },
          (err: unknown) => next(err),
        );
      });
    },
  };
}
