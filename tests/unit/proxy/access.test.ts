import { describe, expect, it } from 'vitest';
import {
  decideHostHeader,
  decideLoopbackPort,
  decideOrigin,
  isLoopbackOrigin,
  localProxyBase,
  parseOrigin,
  proxyCommand,
} from '../../../src/lib/proxy';

describe('parseOrigin', () => {
  it('reads origins as browsers write them, and a trailing slash', () => {
    expect(parseOrigin('https://example.github.io')).toBe('https://example.github.io');
    expect(parseOrigin('https://example.github.io/')).toBe('https://example.github.io');
    expect(parseOrigin('http://localhost:5173')).toBe('http://localhost:5173');
    expect(parseOrigin('https://a.example:443')).toBe(null);
  });

  it.each([
    'null',
    '',
    'example.github.io',
    'https://example.github.io/app/',
    'https://example.github.io?x',
    'https://u:p@example.github.io',
    'ftp://example.github.io',
    'HTTPS://EXAMPLE.GITHUB.IO',
    `https://${'a'.repeat(300)}.example`,
  ])('refuses %j', (text) => {
    expect(parseOrigin(text)).toBeNull();
  });
});

describe('decideOrigin', () => {
  const allowed = new Set(['https://example.github.io']);

  it('serves no Origin (curl, a script), loopback origins and allowed ones', () => {
    expect(decideOrigin(undefined, allowed)).toEqual({ ok: true, origin: null });
    for (const o of ['http://127.0.0.1:4173', 'http://localhost:5173', 'https://[::1]:8443']) {
      expect(decideOrigin(o, allowed)).toEqual({ ok: true, origin: o });
    }
    expect(decideOrigin('https://example.github.io', allowed)).toEqual({
      ok: true,
      origin: 'https://example.github.io',
    });
    expect(isLoopbackOrigin('http://127.0.0.2:80')).toBe(false);
  });

  it('refuses any other with 403 and the command that allows it', () => {
    const d = decideOrigin('https://other.example', allowed);
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.refusal).toMatchObject({ code: 'origin-not-allowed', status: 403 });
    expect(d.refusal.message).toContain(
      'node chat-rest-proxy.mjs --allow-origin https://other.example',
    );
  });

  it.each(['null', 'http://localhost.evil.example', 'http://127.0.0.1.evil.example', 'file://'])(
    'refuses %j',
    (o) => {
      expect(decideOrigin(o, allowed).ok).toBe(false);
    },
  );
});

describe('decideHostHeader', () => {
  it('takes loopback names at the port the request came in on', () => {
    for (const h of ['127.0.0.1:8788', 'localhost:8788', 'LocalHost:8788', '[::1]:8788']) {
      expect(decideHostHeader(h, 8788), h).toBeNull();
    }
    expect(decideHostHeader('localhost', 80)).toBeNull();
  });

  it.each([
    ['attacker.example', 8788],
    ['attacker.example:8788', 8788],
    ['127.0.0.1:8789', 8788],
    ['127.0.0.1', 8788],
    ['127.1:8788', 8788],
    ['localhost:8788@evil', 8788],
    ['localhost:8788/x', 8788],
    [undefined, 8788],
    ['localhost:8788', undefined],
  ] as const)('refuses %j on port %j', (h, port) => {
    expect(decideHostHeader(h, port)).toMatchObject({
      code: 'host-header-not-allowed',
      status: 403,
    });
  });
});

describe('decideLoopbackPort', () => {
  const ports = new Set([8787, 9000]);
  it('forwards to the listed ports only, the scheme default counting as a port', () => {
    expect(decideLoopbackPort(new URL('http://127.0.0.1:8787/v4/x'), ports)).toBeNull();
    expect(decideLoopbackPort(new URL('http://localhost:9000/v4/x'), ports)).toBeNull();
    expect(decideLoopbackPort(new URL('http://127.0.0.1/v4/x'), ports)).toMatchObject({
      code: 'port-not-allowed',
      message: expect.stringContaining('--loopback-port 80'),
    });
    expect(decideLoopbackPort(new URL('https://127.0.0.1/v4/x'), ports)?.message).toContain(
      'not 443',
    );
  });
});

describe('proxyCommand', () => {
  it("carries the page's origin as --allow-origin, so it works as pasted", () => {
    expect(proxyCommand('https://example.github.io')).toBe(
      'node chat-rest-proxy.mjs --allow-origin https://example.github.io',
    );
    expect(proxyCommand('https://example.github.io', { port: 9999 })).toBe(
      'node chat-rest-proxy.mjs --allow-origin https://example.github.io --port 9999',
    );
  });

  it('needs no --allow-origin for a page on this machine, and never passes a non-origin on', () => {
    expect(proxyCommand('http://127.0.0.1:4173')).toBe('node chat-rest-proxy.mjs');
    expect(proxyCommand("https://a.example'; rm -rf ~")).toBe('node chat-rest-proxy.mjs');
    expect(localProxyBase()).toBe('http://127.0.0.1:8788/proxy');
  });
});
