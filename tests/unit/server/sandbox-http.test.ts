// The sandbox over HTTP: a real server on 127.0.0.1, port 0, spoken to with Node's fetch.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxService } from '../../../src/lib/sandbox';
import {
  MAX_BODY_BYTES,
  SANDBOX_HOST,
  createSandboxHttpHandler,
  exampleCurl,
  resolvePort,
} from '../../../src/server/sandbox-http';
import { NOW_MS, firstPage, sign } from '../sandbox/helpers';

let server: Server;
let origin: string;
let usersig: string;
const logLines: string[] = [];

const url = (sig = usersig, path = '/v4/recentcontact/get_list') =>
  `${origin}${path}?sdkappid=1400000000&identifier=administrator&usersig=${sig}&random=1&contenttype=json`;

beforeAll(async () => {
  usersig = await sign();
  server = createServer(
    createSandboxHttpHandler(new SandboxService({ now: () => NOW_MS }), {
      log: (line) => logLines.push(line),
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, SANDBOX_HOST, resolve));
  origin = `http://${SANDBOX_HOST}:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('the HTTP server', () => {
  it('answers a POST with the service’s JSON and open CORS', async () => {
    const response = await fetch(url(), { method: 'POST', body: JSON.stringify(firstPage('bob')) });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const answer = (await response.json()) as Record<string, unknown>;
    expect(answer).toMatchObject({ ActionStatus: 'OK', ErrorCode: 0, CompleteFlag: 1 });
    expect(answer['SessionItem']).toHaveLength(3);
  });

  it('answers a CORS preflight with POST and Content-Type allowed', async () => {
    const response = await fetch(url(), {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.1:5173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toBe('POST');
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toBe(
      'content-type',
    );
    expect(await response.text()).toBe('');
  });

  it('refuses a body over 1 MB with 413, and still serves the next request', async () => {
    const big = JSON.stringify({ ...firstPage('bob'), pad: 'x'.repeat(MAX_BODY_BYTES) });
    const response = await fetch(url(), { method: 'POST', body: big });
    expect(response.status).toBe(413);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.text()).toContain('bytes');
    const next = await fetch(url(), { method: 'POST', body: JSON.stringify(firstPage('bob')) });
    expect(((await next.json()) as Record<string, unknown>)['ErrorCode']).toBe(0);
  });

  it('accepts a body of exactly the cap (the service then judges it)', async () => {
    const body = JSON.stringify(firstPage('bob'));
    const padded =
      body.slice(0, -1) + ',"pad":"' + 'x'.repeat(MAX_BODY_BYTES - body.length - 9) + '"}';
    expect(Buffer.byteLength(padded)).toBe(MAX_BODY_BYTES);
    const response = await fetch(url(), { method: 'POST', body: padded });
    expect(response.status).toBe(200);
    expect(((await response.json()) as Record<string, unknown>)['ErrorCode']).toBe(0);
  });

  it('hands other methods to the service, which answers 60008', async () => {
    const response = await fetch(url(), { method: 'GET' });
    expect(response.status).toBe(200);
    expect(((await response.json()) as Record<string, unknown>)['ErrorCode']).toBe(60008);
  });

  it('passes service errors through as HTTP 200 with the code in the body', async () => {
    const response = await fetch(url('not-a-usersig'), { method: 'POST', body: '{}' });
    expect(response.status).toBe(200);
    expect(((await response.json()) as Record<string, unknown>)['ErrorCode']).toBe(70003);
  });

  it('logs method, path and outcome, never the query (it holds the UserSig)', async () => {
    await fetch(url(usersig, '/v4/unknown'), { method: 'POST', body: '{}' });
    expect(logLines.some((l) => l === 'POST /v4/unknown 200 ErrorCode 60009')).toBe(true);
    expect(
      logLines.some((l) => l.includes('POST /v4/recentcontact/get_list 200 ErrorCode 0')),
    ).toBe(true);
    for (const line of logLines) {
      expect(line).not.toContain('?');
      expect(line).not.toContain('usersig');
      expect(line).not.toContain(usersig.slice(0, 16));
    }
  });

  it('caps at the size it is given', async () => {
    const small = createServer(
      createSandboxHttpHandler(new SandboxService(), { maxBodyBytes: 64 }),
    );
    await new Promise<void>((resolve) => small.listen(0, SANDBOX_HOST, resolve));
    const port = (small.address() as AddressInfo).port;
    try {
      const response = await fetch(`http://${SANDBOX_HOST}:${port}/v4/recentcontact/get_list`, {
        method: 'POST',
        body: 'x'.repeat(65),
      });
      expect(response.status).toBe(413);
    } finally {
      small.closeAllConnections();
      await new Promise((resolve) => small.close(resolve));
    }
  });
});

describe('resolvePort', () => {
  it('reads --port N, --port=N, then PORT, else 0', () => {
    expect(resolvePort(['--port', '8080'], { PORT: '9000' })).toEqual({ ok: true, port: 8080 });
    expect(resolvePort(['--port=8081'], {})).toEqual({ ok: true, port: 8081 });
    expect(resolvePort([], { PORT: '9000' })).toEqual({ ok: true, port: 9000 });
    expect(resolvePort([], {})).toEqual({ ok: true, port: 0 });
    expect(resolvePort([], { PORT: '' })).toEqual({ ok: true, port: 0 });
  });

  it('refuses what is not a port', () => {
    for (const bad of ['abc', '-1', '65536', '', '80.5']) {
      const result = resolvePort(['--port', bad], {});
      expect(result.ok, bad).toBe(false);
    }
    expect(resolvePort(['--port'], {}).ok).toBe(false);
    expect(resolvePort([], { PORT: 'x' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('PORT'),
    });
  });
});

describe('exampleCurl', () => {
  it('builds a POST to get_list with the sandbox app and a first-page body', () => {
    const curl = exampleCurl('http://127.0.0.1:1234', 'SIG*-_', 42);
    expect(curl).toContain(
      "'http://127.0.0.1:1234/v4/recentcontact/get_list?sdkappid=1400000000&identifier=administrator&usersig=SIG*-_&random=42&contenttype=json'",
    );
    expect(curl).toContain(`-d '${JSON.stringify(firstPage('alice'))}'`);
  });
});

describe('npm run sandbox (scripts/sandbox-server.ts)', () => {
  const script = fileURLToPath(new URL('../../../scripts/sandbox-server.ts', import.meta.url));

  it('prints its address and a curl, serves, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      let out = '';
      child.stdout.setEncoding('utf8');
      const listening = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: string) => {
          out += chunk;
          const match = /Sandbox listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(out);
          if (match?.[1] && out.includes('curl -s')) resolve(match[1]);
        });
        void exit.then((code) => reject(new Error(`exited early with ${code}: ${out}`)));
      });
      const response = await fetch(
        `${listening}/v4/recentcontact/get_list?sdkappid=1400000000&usersig=`,
        { method: 'POST', body: '{}' },
      );
      expect(((await response.json()) as Record<string, unknown>)['ErrorCode']).toBe(70002);
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
      expect(out).toContain('POST /v4/recentcontact/get_list 200 ErrorCode 70002');
    } finally {
      // Never leave a server behind when an assertion fails first.
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }, 30_000);

  it('exits 2 with a message for a bad port', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, '--port', 'http'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (err += chunk));
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(2);
    expect(err).toContain('--port must be a port number');
  }, 30_000);
});
