// What index.html loads before any dynamic import, raw and gzipped, and the largest lazy chunks.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './run';

const KB = 1024;
const round = (n: number) => Math.round(n * 10) / 10;

/** Figures for the initial JS + CSS and the five largest lazy chunks of a built dist/. */
export function measureBundle(dist: string): Figure[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  // Scripts, stylesheets and modulepreloads in index.html are what loads before any import().
  const initial = new Set<string>();
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"/g)) {
    initial.add(m[1]!.replace(/^\.\//, ''));
  }
  let raw = 0;
  let gz = 0;
  for (const file of initial) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  const lazy = readdirSync(join(dist, 'assets'))
    .map((name) => `assets/${name}`)
    .filter((f) => /\.(js|css)$/.test(f) && !initial.has(f))
    .map((f) => ({
      f,
      size: statSync(join(dist, f)).size,
      gz: gzipSync(readFileSync(join(dist, f))).length,
    }))
    .sort((a, b) => b.size - a.size)
    .slice(0, 5);
  return [
    { name: 'initial JS + CSS (raw)', value: round(raw / KB), unit: 'KB' },
    { name: 'initial JS + CSS (gzip)', value: round(gz / KB), unit: 'KB', budget: 45 },
    ...lazy.map((c) => ({ name: `lazy ${c.f} (gzip)`, value: round(c.gz / KB), unit: 'KB' })),
  ];
}
