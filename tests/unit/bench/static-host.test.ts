// The bench's static host (bench/static-host.ts): each file answered as it is on disk, gzipped
// once when the client takes gzip, with its type; "/" is index.html; nothing else is served.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../../bench/static-host';

const dir = mkdtempSync(join(tmpdir(), 'static-host-'));
const script = `export const x = ${JSON.stringify('a'.repeat(5000))};\n`;
let close = () => {};
let base = '';

beforeAll(async () => {
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(dir, 'assets', 'app-1.js'), script);
  const { server, url } = await serveStatic(dir);
  base = url;
  close = () => server.close();
});
afterAll(() => {
  close();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw GET (fetch would decode the body itself, hiding what went over the wire). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(new URL(path, base), { headers, method }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('the bench’s static host', () => {
  it('answers a file gzipped to a client that takes gzip, byte for byte once decoded', async () => {
    const r = await get('/assets/app-1.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(r.body.length).toBeLessThan(script.length / 10);
    expect(r.headers['content-length']).toBe(String(r.body.length));
    expect(gunzipSync(r.body).toString()).toBe(script);
  });

  it('answers it as it is to a client that does not, and a small file always as it is', async () => {
    const plain = await get('/assets/app-1.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    const page = await get('/', { 'accept-encoding': 'gzip' });
    expect(page.headers['content-encoding']).toBeUndefined();
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body.toString()).toBe('<!doctype html><title>t</title>');
  });

  it('serves nothing outside the directory, and only GET and HEAD', async () => {
    expect((await get('/assets/missing.js')).status).toBe(404);
    expect((await get('/../package.json')).status).toBe(404);
    expect((await get('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    expect((await get('/%E0%A4%A')).status).toBe(404);
    expect((await get('/assets/app-1.js', {}, 'POST')).status).toBe(405);
    const head = await get('/assets/app-1.js', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });
});
