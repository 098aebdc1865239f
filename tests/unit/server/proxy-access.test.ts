// Who may use the proxy and where on this machine it forwards (issue 14 item 1, issue 19 item 1),
// and how it relays a redirect (issue 14 item 5): the handler on a real server, against local
// upstreams that record what reaches them. Nothing here may reach an upstream it refuses.
import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { PROXY_ERROR_HEADER, parseProxyErrorBody, parseProxyStatus } from '../../../src/lib/proxy';
import { chatRestProxy } from '../../../scripts/vite-proxy-plugin';
import { startProxy, startUpstream, listen, type Running } from './servers';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

const PATH = '/v4/recentcontact/get_list';
const QUERY = '?sdkappid=1400000000&identifier=admin&usersig=SECRET&random=42&contenttype=json';
const BODY = '{"From_Account":"alice"}';
const FOREIGN = 'https://attacker.example';

const running: Running[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});
async function keep<T extends Running>(r: Promise<T>): Promise<T> {
  const x = await r;
  running.push(x);
  return x;
}

/** A request with a Host header of our choosing (fetch may not set one). */
function rawPost(
  port: number,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: IncomingMessage['headers']; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: 'POST', path, headers },
      (res: IncomingMessage) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(BODY);
  });
}

describe('the proxy serves only allowed origins (issue 14.1)', () => {
  it('refuses a POST from another origin with 403 and how to allow it, forwarding nothing', async () => {
    const u = await keep(startUpstream());
    const p = await keep(startProxy());
    const res = await fetch(`${p.origin}/proxy/http:127.0.0.1:${u.port}${PATH}${QUERY}`, {
      method: 'POST',
      body: BODY,
      headers: { origin: FOREIGN },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get(PROXY_ERROR_HEADER)).toBe('origin-not-allowed');
    const body = (await res.json()) as { proxyError: string; message: string };
    expect(body.proxyError).toBe('origin-not-allowed');
    expect(body.message).toContain(`--allow-origin ${FOREIGN}`);
    // Readable by the refused page (so it can say why), and nothing else is.
    expect(res.headers.get('access-control-allow-origin')).toBe(FOREIGN);
    expect(u.seen).toHaveLength(0);
  });

  it('refuses the preflight of another origin, without the Private Network Access grant (issue 19.1)', async () => {
    const p = await keep(startProxy());
    const res = await fetch(`${p.origin}/proxy/console.tim.qq.com${PATH}`, {
      method: 'OPTIONS',
      headers: {
        origin: FOREIGN,
        'access-control-request-method': 'POST',
        'access-control-request-private-network': 'true',
      },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-private-network')).toBeNull();
    expect(((await res.json()) as { proxyError: string }).proxyError).toBe('origin-not-allowed');
  });

  it('serves an origin given with allowOrigins, and grants it Private Network Access', async () => {
    const u = await keep(startUpstream());
    const p = await keep(startProxy({ allowOrigins: ['https://example.github.io'] }));
    const pre = await fetch(`${p.origin}/proxy/console.tim.qq.com${PATH}`, {
      method: 'OPTIONS',
      headers: { origin: 'https://example.github.io', 'access-control-request-method': 'POST' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-private-network')).toBe('true');
    const res = await fetch(`${p.origin}/proxy/http:127.0.0.1:${u.port}${PATH}${QUERY}`, {
      method: 'POST',
      body: BODY,
      headers: { origin: 'https://example.github.io' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://example.github.io');
    expect(u.seen).toHaveLength(1);
  });

  it.each(['http://localhost:5173', 'http://127.0.0.1:4173', 'http://[::1]:8080'])(
    'serves a page on this machine (%s) without being told',
    async (origin) => {
      const u = await keep(startUpstream());
      const p = await keep(startProxy());
      const res = await fetch(`${p.origin}/proxy/http:127.0.0.1:${u.port}${PATH}${QUERY}`, {
        method: 'POST',
        body: BODY,
        headers: { origin },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    },
  );

  it.each([
    'null',
    'https://example.github.io.attacker.example',
    'http://localhost.attacker.example',
  ])('refuses Origin %s', async (origin) => {
    const u = await keep(startUpstream());
    const p = await keep(startProxy({ allowOrigins: ['https://example.github.io'] }));
    const res = await fetch(`${p.origin}/proxy/http:127.0.0.1:${u.port}${PATH}${QUERY}`, {
      method: 'POST',
      body: BODY,
      headers: { origin },
    });
    expect(res.status).toBe(403);
    expect(u.seen).toHaveLength(0);
  });
});

describe('the proxy forwards to this machine only on the ports it was told (issue 14.1)', () => {
  it('refuses another loopback port with the same 403 whether it is open or closed', async () => {
    const open = await keep(startUpstream());
    const closedProbe = await startUpstream();
    const closedPort = closedProbe.port;
    await closedProbe.close();
    const p = await keep(startProxy({ loopbackPorts: [8787] }));
    const ask = (port: number) =>
      fetch(`${p.origin}/proxy/http:127.0.0.1:${port}${PATH}${QUERY}`, {
        method: 'POST',
        body: BODY,
        headers: { origin: 'http://localhost:5173' },
      });
    const a = await ask(open.port);
    const b = await ask(closedPort);
    expect([a.status, b.status]).toEqual([403, 403]);
    const [ja, jb] = (await Promise.all([a.json(), b.json()])) as {
      proxyError: string;
      message: string;
    }[];
    expect(ja?.proxyError).toBe('port-not-allowed');
    expect(jb?.proxyError).toBe('port-not-allowed');
    expect(ja?.message).toContain(`--loopback-port ${open.port}`);
    // Told apart by nothing but the port number each names.
    expect(ja?.message.replaceAll(String(open.port), 'N')).toBe(
      jb?.message.replaceAll(String(closedPort), 'N'),
    );
    expect(open.seen).toHaveLength(0);
  });

  it('forwards only to 8787 when told nothing', async () => {
    const u = await keep(startUpstream());
    const p = await keep(startProxy({ loopbackPorts: undefined }));
    const res = await fetch(`${p.origin}/proxy/http:127.0.0.1:${u.port}${PATH}${QUERY}`, {
      method: 'POST',
      body: BODY,
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { message: string }).message).toMatch(/port 8787 /);
    expect(u.seen).toHaveLength(0);
  });
});

describe('the proxy answers only requests addressed to this machine (issue 19.1)', () => {
  it.each([
    'attacker.example',
    'attacker.example:PORT',
    '127.0.0.1:1',
    'localhost',
    '10.0.0.1:PORT',
  ])('refuses Host %s with 403, forwarding nothing', async (host) => {
    const u = await keep(startUpstream());
    const p = await keep(startProxy());
    const res = await rawPost(p.port, `/proxy/http:127.0.0.1:${u.port}${PATH}${QUERY}`, {
      host: host.replace('PORT', String(p.port)),
    });
    expect(res.status).toBe(403);
    expect(res.headers[PROXY_ERROR_HEADER]).toBe('host-header-not-allowed');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(u.seen).toHaveLength(0);
  });

  it.each(['127.0.0.1:PORT', 'localhost:PORT', 'LOCALHOST:PORT', '[::1]:PORT'])(
    'serves Host %s (a loopback name and the port it listens on)',
    async (host) => {
      const u = await keep(startUpstream());
      const p = await keep(startProxy());
      const res = await rawPost(p.port, `/proxy/http:127.0.0.1:${u.port}${PATH}${QUERY}`, {
        host: host.replace('PORT', String(p.port)),
      });
      expect(res.status).toBe(200);
      expect(u.seen).toHaveLength(1);
    },
  );
});

describe('the proxy relays a redirect as what it is (issue 14.5)', () => {
  it.each([301, 302, 303, 307, 308])(
    'answers a %i with its status and Location in words the page can read, and never follows it',
    async (status) => {
      const elsewhere = await keep(startUpstream());
      const location = `${elsewhere.origin}/v4/elsewhere?x=1`;
      const u = await keep(
        startUpstream((res) => {
          res.writeHead(status, { location, 'content-type': 'text/html' });
          res.end('<a href="elsewhere">moved</a>');
        }),
      );
      const p = await keep(startProxy());
      const res = await fetch(`${p.origin}/proxy/http:127.0.0.1:${u.port}${PATH}${QUERY}`, {
        method: 'POST',
        body: BODY,
        redirect: 'manual',
        headers: { origin: 'http://localhost:5173' },
      });
      // A 3xx of its own would reach a page as an opaque redirect, unreadable.
      expect(res.status).toBe(502);
      expect(res.headers.get('location')).toBeNull();
      expect(res.headers.get(PROXY_ERROR_HEADER)).toBe('upstream-redirect');
      expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      const said = parseProxyErrorBody(await res.text());
      expect(said?.upstream).toEqual({ status, location });
      expect(said?.message).toContain(`a redirect to ${location} (HTTP ${status})`);
      expect(elsewhere.seen).toHaveLength(0);
    },
  );

  it('passes a Location on a status that is not a redirect no further', async () => {
    const u = await keep(
      startUpstream((res) => {
        res.writeHead(200, { location: 'http://127.0.0.1:1/', 'content-type': 'application/json' });
        res.end('{}');
      }),
    );
    const p = await keep(startProxy());
    const res = await fetch(`${p.origin}/proxy/http:127.0.0.1:${u.port}${PATH}${QUERY}`, {
      method: 'POST',
      body: BODY,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('location')).toBeNull();
    expect(await res.text()).toBe('{}');
  });
});

describe("the proxy's status answer", () => {
  it('answers GET /proxy/ with what it is and the loopback ports it forwards to', async () => {
    const p = await keep(startProxy({ loopbackPorts: [8787, 9000] }));
    for (const path of ['/proxy', '/proxy/']) {
      const res = await fetch(`${p.origin}${path}`, {
        headers: { origin: 'http://localhost:5173' },
      });
      expect(res.status).toBe(200);
      expect(parseProxyStatus(await res.text())).toEqual({
        chatRestProxy: 1,
        loopbackPorts: [8787, 9000],
      });
    }
  });

  it('tells a refused origin why, and nothing else', async () => {
    const p = await keep(startProxy({ loopbackPorts: [8787] }));
    const res = await fetch(`${p.origin}/proxy/`, { headers: { origin: FOREIGN } });
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('8787');
  });
});

describe('the ./proxy mount of the Vite servers keeps the same rules', () => {
  type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  async function mounted(env: Record<string, string>) {
    const stack: Middleware[] = [];
    const plugin = chatRestProxy({}, env);
    const hook = plugin.configurePreviewServer as unknown as (s: unknown) => void;
    hook({
      middlewares: { use: (fn: Middleware) => stack.push(fn) },
      config: { logger: { info: () => undefined } },
    });
    return keep(
      listen(
        createServer((req, res) => {
          const mw = stack[0];
          if (mw) mw(req, res, () => res.end('app'));
        }),
      ),
    );
  }

  it('refuses a foreign origin and unlisted loopback ports; serves LOOPBACK_PORT and ALLOW_ORIGIN', async () => {
    const u = await keep(startUpstream());
    const s = await mounted({ LOOPBACK_PORT: String(u.port), ALLOW_ORIGIN: 'https://a.example' });
    const post = (origin: string, port = u.port) =>
      fetch(`${s.origin}/proxy/http:127.0.0.1:${port}${PATH}${QUERY}`, {
        method: 'POST',
        body: BODY,
        headers: { origin },
      });
    expect((await post(FOREIGN)).status).toBe(403);
    expect((await post('http://127.0.0.1:4173', 8787)).status).toBe(403);
    expect((await post('https://a.example')).status).toBe(200);
    expect((await post('http://127.0.0.1:4173')).status).toBe(200);
    expect(u.seen).toHaveLength(2);
  });

  it('refuses a foreign Host header', async () => {
    const s = await mounted({});
    const res = await rawPost(s.port, `/proxy/console.tim.qq.com${PATH}`, {
      host: 'attacker.example',
    });
    expect(res.status).toBe(403);
  });

  it('refuses to start with an ALLOW_ORIGIN that is not an origin', () => {
    expect(() => chatRestProxy({}, { ALLOW_ORIGIN: 'https://a.example/path' })).toThrow(/origin/);
  });
});
