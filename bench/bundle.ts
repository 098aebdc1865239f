// What index.html loads before any dynamic import, raw and gzipped, and the largest lazy chunks.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { round, type Figure } from './figures';

const KB = 1024;

// A static import in minified output: `import{a as b}from"./x.js"` or `import"./x.js"`. The
// character class leaves out "(", so `import("./x.js")` (dynamic, hence lazy) never matches.
const STATIC_IMPORT = /\bimport\s*(?:[^"'();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/** The files loaded before any import(): index.html's scripts, styles and preloads, and their static imports. */
export function initialFiles(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = new Set<string>();
  const queue: string[] = [];
  for (const m of html.matchAll(
    /<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"[^>]*>/g,
  )) {
    // A disabled stylesheet is not fetched: the entry's, whose rules are inside index.html.
    if (/\sdisabled\b/.test(m[0])) continue;
    const file = normalize(m[1]!.replace(/^\.\//, ''));
    if (!initial.has(file)) queue.push(file);
    initial.add(file);
  }
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (!file.endsWith('.js')) continue;
    for (const m of readFileSync(join(dist, file), 'utf8').matchAll(STATIC_IMPORT)) {
      const dep = relative(dist, join(dist, dirname(file), m[1]!));
      if (!initial.has(dep) && existsSync(join(dist, dep))) {
        initial.add(dep);
        queue.push(dep);
      }
    }
  }
  return [...initial];
}

/**
 * The active locale's core texts: main.ts loads them with import() but awaits them before the
 * first paint (docs/i18n.md), so they are part of the first screen although index.html does not
 * name them. One file per locale; none on the blank page.
 */
function coreTexts(dist: string, locale: string): string[] {
  const assets = join(dist, 'assets');
  if (!existsSync(assets)) return [];
  const name = new RegExp(`^texts-${locale}-core-[\\w-]+\\.js$`);
  return readdirSync(assets)
    .filter((f) => name.test(f))
    .map((f) => `assets/${f}`);
}

/**
 * What the first screen loads before it paints, in bytes raw and gzip -9, with each file's
 * share: index.html's files and their static imports, and the locale's core texts.
 */
function initialSize(
  dist: string,
  locale = 'en',
): { files: string[]; raw: number; gz: number; parts: string[] } {
  const files = [...initialFiles(dist), ...coreTexts(dist, locale)];
  let raw = 0;
  let gz = 0;
  const parts: string[] = [];
  // Stylesheets written into index.html (scripts/vite-inline-css.ts) are downloaded with it.
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  for (const [, css = ''] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    const zipped = gzipSync(css, { level: 9 }).length;
    raw += Buffer.byteLength(css);
    gz += zipped;
    parts.push(`index.html <style> ${round(zipped / KB)}`);
  }
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    const zipped = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gz += zipped;
    parts.push(`${file.replace(/^assets\//, '')} ${round(zipped / KB)}`);
  }
  return { files, raw, gz, parts };
}

/** The initial download's most, gzip -9 (issue 18: at most 40 KB, aiming at 30). */
export const INITIAL_BUDGET_KB = 40;

/** The blank page's initial JS + CSS, and the app's as a multiple of it. */
export function blankBundleFigures(site: string, blank: string): Figure[] {
  const app = initialSize(site);
  const yardstick = initialSize(blank);
  return [
    {
      name: 'blank page: initial JS + CSS (gzip -9)',
      value: round(yardstick.gz / KB),
      unit: 'KB',
      note: yardstick.parts.join(', '),
    },
    {
      name: 'app ÷ blank page: initial JS + CSS (gzip -9)',
      value: round(app.gz / yardstick.gz, 2),
      unit: '×',
    },
  ];
}

/** Figures for the initial JS + CSS and the five largest lazy chunks of a built site. */
export function measureBundle(dist: string): Figure[] {
  const { files: initial, raw, gz, parts } = initialSize(dist);
  const zhCore = coreTexts(dist, 'zh-CN');
  const lazy = readdirSync(join(dist, 'assets'))
    .map((name) => `assets/${name}`)
    .filter((f) => /\.(js|css)$/.test(f) && !initial.includes(f) && !zhCore.includes(f))
    .map((f) => ({
      f,
      size: statSync(join(dist, f)).size,
      gz: gzipSync(readFileSync(join(dist, f)), { level: 9 }).length,
    }))
    .sort((a, b) => b.size - a.size);
  const lazyGz = lazy.reduce((sum, c) => sum + c.gz, 0);
  const html = readFileSync(join(dist, 'index.html'));
  return [
    {
      name: 'index.html (gzip -9)',
      value: round(gzipSync(html, { level: 9 }).length / KB),
      unit: 'KB',
      note: `${round(html.length / KB)} KB raw: the boot scripts, the CSP, the first screen's stylesheet and the prerendered first screens`,
    },
    {
      name: 'initial JS + CSS (raw)',
      value: round(raw / KB),
      unit: 'KB',
      note: `${initial.length} files`,
    },
    {
      name: 'initial JS + CSS (gzip -9)',
      value: round(gz / KB),
      unit: 'KB',
      budget: INITIAL_BUDGET_KB,
      note: parts.join(', '),
    },
    {
      name: 'initial JS + CSS, Chinese first visit (gzip -9)',
      value: round(initialSize(dist, 'zh-CN').gz / KB),
      unit: 'KB',
      budget: INITIAL_BUDGET_KB,
      note: 'the same files with the zh-CN core texts in place of the English',
    },
    {
      name: 'lazy JS + CSS, all (gzip -9)',
      value: round(lazyGz / KB),
      unit: 'KB',
      note: `${lazy.length} files`,
    },
    ...lazy.slice(0, 5).map((c) => ({
      name: `lazy ${c.f.replace(/^assets\//, '')} (gzip -9)`,
      value: round(c.gz / KB),
      unit: 'KB',
      note: `${round(c.size / KB)} KB raw`,
    })),
  ];
}
