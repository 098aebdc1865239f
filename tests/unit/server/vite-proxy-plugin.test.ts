import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { chatRestProxy } from '../../../scripts/vite-proxy-plugin';
import { listen, type Running } from './servers';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** The slice of Vite's dev and preview servers the plugin touches. */
function fakeViteServer() {
  const stack: Middleware[] = [];
  const lines: string[] = [];
  return {
    stack,
    lines,
    server: {
      middlewares: { use: (fn: Middleware) => stack.push(fn) },
      config: { logger: { info: (msg: string) => lines.push(msg) } },
    },
  };
}

const running: Running[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});

/** Serves the stack the way connect does, with the app (here: "app") at the end. */
async function serve(stack: Middleware[]): Promise<Running> {
  const r = await listen(
    createServer((req, res) => {
      const run = (i: number) => {
        const mw = stack[i];
        if (mw) return mw(req, res, () => run(i + 1));
        res.end('app');
      };
      run(0);
    }),
  );
  running.push(r);
  return r;
}

describe('chatRestProxy (the Vite plugin)', () => {
  it.each(['configureServer', 'configurePreviewServer'] as const)(
    'mounts the proxy at /proxy/ in %s and leaves other paths to Vite',
    async (hook) => {
      const plugin = chatRestProxy();
      const fake = fakeViteServer();
      const fn = plugin[hook];
      expect(typeof fn).toBe('function');
      // The hooks only touch middlewares.use and config.logger, which the fake provides.
      (fn as unknown as (s: unknown) => void)(fake.server);
      expect(fake.stack).toHaveLength(1);

      const s = await serve(fake.stack);
      expect(await (await fetch(`${s.origin}/index.html`)).text()).toBe('app');
      const refused = await fetch(`${s.origin}/proxy/evil.test/v4/x?usersig=SECRET`, {
        method: 'POST',
        body: '{}',
      });
      expect(refused.status).toBe(403);
      expect(fake.lines.join('\n')).toMatch(/\[proxy\] POST - -> 403 host-not-allowed \d+ ms/);
      expect(fake.lines.join('\n')).not.toContain('SECRET');
    },
  );
});
