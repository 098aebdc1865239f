import { describe, expect, it } from 'vitest';
import { parseProxyArgs, startupLines } from '../../../src/server/proxy-cli';

describe('parseProxyArgs (npm run proxy and chat-rest-proxy.mjs)', () => {
  it('defaults: port 8788, loopback origins only, the sandbox port 8787', () => {
    expect(parseProxyArgs([], {})).toEqual({
      ok: true,
      config: { port: 8788, allowOrigins: [], loopbackPorts: [8787] },
    });
  });

  it('reads repeated --allow-origin and --loopback-port, and --port', () => {
    const r = parseProxyArgs(
      [
        '--allow-origin',
        'https://a.example/',
        '--allow-origin=https://b.example:8443',
        '--loopback-port',
        '9001',
        '--loopback-port',
        '9002',
        '--port',
        '0',
      ],
      { ALLOW_ORIGIN: 'https://ignored.example', LOOPBACK_PORT: '1' },
    );
    expect(r).toEqual({
      ok: true,
      config: {
        port: 0,
        allowOrigins: ['https://a.example', 'https://b.example:8443'],
        loopbackPorts: [9001, 9002],
      },
    });
  });

  it('reads ALLOW_ORIGIN, LOOPBACK_PORT and PORT when no flag says otherwise', () => {
    expect(
      parseProxyArgs([], {
        ALLOW_ORIGIN: 'https://a.example, https://b.example',
        LOOPBACK_PORT: '9001,9002',
        PORT: '7000',
      }),
    ).toEqual({
      ok: true,
      config: {
        port: 7000,
        allowOrigins: ['https://a.example', 'https://b.example'],
        loopbackPorts: [9001, 9002],
      },
    });
  });

  it.each([
    [['--allow-origin', 'https://a.example/app']],
    [['--allow-origin', '*']],
    [['--allow-origin', 'null']],
    [['--loopback-port', '0']],
    [['--loopback-port', '70000']],
    [['--port', 'x']],
    [['--unknown']],
    [['positional']],
  ])('refuses %j with a sentence', (argv) => {
    const r = parseProxyArgs(argv, {});
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message.length).toBeGreaterThan(10);
  });

  it('answers --help with the usage', () => {
    const r = parseProxyArgs(['--help'], {});
    expect(r.ok && 'help' in r && r.help).toMatch(/--allow-origin ORIGIN/);
  });

  it('prints the address to paste and whom it serves', () => {
    const lines = startupLines(
      { port: 8788, allowOrigins: ['https://a.example'], loopbackPorts: [8787] },
      8788,
    ).join('\n');
    expect(lines).toContain('http://127.0.0.1:8788/proxy');
    expect(lines).toContain('https://a.example');
    expect(lines).toContain('port 8787');
  });
});
