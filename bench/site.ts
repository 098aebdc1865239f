// Builds the site, and the bench page beside it, into a folder of the bench's own (never the
// dist/ the e2e suite or a person may be serving), and serves it on loopback as a static host
// does (./static-host.ts).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';
import type { Cleanup } from './browser';
import { chunkModules, type ChunkModules } from './composition';
import { serveStatic } from './static-host';

/** The repository's root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the bench page is served, under the site: the app's origin, so its IndexedDB too. */
export const BENCH_PAGE_PATH = '__bench/bench.html';

/** Where the blank page (bench/blank, the yardstick of issue 18) is served, under the site. */
export const BLANK_PAGE_DIR = '__blank';

const RETRY_AFTER_MS = 60_000;

/** Builds the app with its own vite.config.ts into `outDir`, noting each chunk's modules. */
async function buildSite(outDir: string, modules: ChunkModules): Promise<void> {
  modules.clear();
  await build({
    root: ROOT,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
    plugins: [chunkModules(modules)],
  });
}

/** Builds bench/pages/bench.html (and the app's libraries it imports) into `outDir`. */
async function buildBenchPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(ROOT, 'bench', 'pages'),
    base: './',
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: { input: join(ROOT, 'bench', 'pages', 'bench.html') },
    },
  });
}

/**
 * Builds bench/blank (a Svelte 5 page with a Send button) with the project's own Vite and Svelte
 * plugin, as the app is built, but nothing else: the app's figures are reported against its own.
 */
async function buildBlankPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(ROOT, 'bench', 'blank'),
    base: './',
    logLevel: 'error',
    plugins: [svelte({ configFile: false })],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
}

/**
 * Builds the site into `siteDir`, the bench page into its `__bench/` and the blank page into its
 * `__blank/`; resolves to the site's
 * chunks' modules. Other people work in this tree and may leave it briefly unbuildable: a failed
 * build is tried once more a minute on.
 */
export async function buildAll(siteDir: string): Promise<ChunkModules> {
  const modules: ChunkModules = new Map();
  const once = async () => {
    await buildSite(siteDir, modules);
    await buildBenchPage(join(siteDir, dirname(BENCH_PAGE_PATH)));
    await buildBlankPage(join(siteDir, BLANK_PAGE_DIR));
  };
  try {
    await once();
  } catch (err) {
    console.warn(
      `The build failed (${err instanceof Error ? err.message.split('\n')[0] : String(err)}); trying again in a minute…`,
    );
    await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
    await once();
  }
  return modules;
}

/**
 * Serves `siteDir` on 127.0.0.1 as a static host does, each file compressed once
 * (./static-host.ts); resolves to its base URL (with a slash).
 */
export async function serve(siteDir: string, cleanup: Cleanup): Promise<string> {
  const { server, url } = await serveStatic(siteDir);
  cleanup.add(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return url;
}
