// The built site served as a static host serves it: every file read and gzipped once, when the
// server starts (a CDN keeps the compressed copy), then answered from memory. `vite preview`
// gzips each response as it goes out, some 25 ms of CPU per 600 KB file: on this two-core machine
// that was taken from the browser being measured, most of it while Monaco's chunks downloaded
// (editor ready 917 → 747 ms and 1,082 → 964 ms in two interleaved runs of the same build, 7 and
// 9 loads each; first paint and Send unchanged within the noise).
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

/** Files smaller than this go out as they are (as hosts do: gzip would not pay for itself). */
const GZIP_FROM_BYTES = 1024;

interface HostedFile {
  raw: Buffer;
  gzipped: Buffer | null;
  type: string;
}

/** Every file under `dir` by its URL path ("/assets/x.js"), read and compressed once. */
export function hostedFiles(dir: string): Map<string, HostedFile> {
  const files = new Map<string, HostedFile>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      if (!entry.isFile()) continue;
      const raw = readFileSync(path);
      files.set(`/${relative(dir, path).split(sep).join('/')}`, {
        raw,
        gzipped: raw.length >= GZIP_FROM_BYTES ? gzipSync(raw) : null,
        type: TYPES[extname(path)] ?? 'application/octet-stream',
      });
    }
  };
  walk(dir);
  return files;
}

/**
 * Serves `dir` on 127.0.0.1:`port` (0: any free port); resolves to the server and its base URL.
 * A path ending in "/" is its index.html; anything not in the directory is a 404.
 */
export function serveStatic(dir: string, port = 0): Promise<{ server: Server; url: string }> {
  const files = hostedFiles(dir);
  const server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    } catch {
      path = '';
    }
    const file = files.get(path.endsWith('/') ? `${path}index.html` : path);
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(file ? 405 : 404).end();
      return;
    }
    const gzip = file.gzipped !== null && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    const body = gzip && file.gzipped ? file.gzipped : file.raw;
    res.writeHead(200, {
      'Content-Type': file.type,
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://127.0.0.1:${bound}/` });
    });
  });
}
