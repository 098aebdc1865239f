import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './scripts/vite-csp-plugin.ts';
import { initialChunk } from './scripts/vite-initial-chunk.ts';
import { inlineEntryCss } from './scripts/vite-inline-css.ts';
import { localePreload } from './scripts/vite-locale-preload.ts';
import { prerender } from './scripts/vite-prerender.ts';
import { monacoFeatures } from './scripts/vite-monaco-features.ts';
import { oneFileProxy } from './scripts/vite-one-file-proxy.ts';
import { chatRestProxy } from './scripts/vite-proxy-plugin.ts';

const initial = initialChunk();
const ERROR_CODES = /\/src\/lib\/errors\//;
const JSON_SCAN = /\/src\/lib\/api\/json-scan\.ts$/;
const FORM_EDITS =
  /\/src\/lib\/(api\/(form-edits|edits|body-edit|form-input)|state\/draft-edits)\.ts$/;
const PAGINATION_SPEC = /\/src\/lib\/pagination\/(spec|from-description)\.ts$/;
const TRANSPORT = /\/src\/lib\/((transport|proxy|region)\/|state\/send-kit\.ts$)/;
/** Monaco's core by folder of monaco-editor/esm/vs: a chunk's name and what it takes. */
const MONACO_PARTS: readonly [string, RegExp][] = [
  ['monaco-base-common', /\/monaco-editor\/esm\/vs\/base\/common\//],
  ['monaco-base-browser', /\/monaco-editor\/esm\/vs\/(base\/browser|platform)\//],
  ['monaco-editor-common', /\/monaco-editor\/esm\/vs\/editor\/common\//],
  ['monaco-editor-browser', /\/monaco-editor\/esm\/vs\/editor\/browser\//],
];

export default defineConfig({
  // Relative base: the built site works from any sub-path of any static host.
  base: './',
  plugins: [
    initial.plugin,
    svelte(),
    monacoFeatures(),
    chatRestProxy(),
    oneFileProxy(),
    // Before the CSP: the policy allows the preload's and the prerender's inline scripts by hash.
    prerender(),
    localePreload(),
    inlineEntryCss(),
    contentSecurityPolicy(),
  ],
  build: {
    target: 'es2022',
    // Every browser the page supports (es2022) has <link rel=modulepreload>: the polyfill was
    // 0.6 KB of the first download doing nothing.
    modulePreload: { polyfill: false },
    // The first screen's modules stay in the entry's one chunk (scripts/vite-initial-chunk.ts).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'index', test: initial.isInitial },
            // The error codes' catalogue, which the send kit uses and so took into its chunk
            // (a group takes its modules' imports along): the Response panel's table names the
            // codes it shows too, and downloaded the whole send kit with it at the first paint.
            // After the first screen's group, before the send kit's: groups take a module in
            // their order, and a priority above the first screen's moved shared modules out of it.
            { name: 'error-codes', test: (id) => ERROR_CODES.test(id) },
            // The body's scanner, which the body's rules and the form's edits both use and load
            // right after the first paint: in either's group the other could not load without it.
            { name: 'json-scan', test: (id) => JSON_SCAN.test(id) },
            // The form's edits (api/form-edits.ts, and state/draft-edits.ts, which applies them to
            // the draft), which load right after the first paint: Next page writes cursors with
            // the same body edits, and in the send kit's group they brought the whole send kit
            // along with them at that moment.
            { name: 'form-edits', test: (id) => FORM_EDITS.test(id) },
            // How an endpoint's description pages (pagination/from-description.ts), which the
            // send kit's runner uses and so took into its chunk: the Response panel reads it too
            // (lib/response/present.ts), and downloaded the whole send kit with it at the first
            // paint, beside Monaco, instead of once the page is idle after the editor.
            { name: 'pagination-spec', test: (id) => PAGINATION_SPEC.test(id) },
            // What sends to a real host (the send kit, the transports, Auto, the proxy's rules,
            // the region finder's search) in one chunk: apart they were six small chunks, each
            // one more name in the entry's preload list, which is in the first download.
            { name: 'send-kit', test: (id) => TRANSPORT.test(id) },
            // Monaco's core, which its three import groups share (editor/monaco-modules.ts), in four
            // parts by folder: as one 2.2 MB chunk it was parsed on one background thread for
            // some 350 ms while the other core idled, and the editor waited for it (issue 18).
            ...MONACO_PARTS.map(([name, folder]) => ({
              name,
              test: (id: string) => folder.test(id),
            })),
          ],
        },
        // A locale's tables are named for it (texts-zh-CN-share-….js): what a page downloads
        // in which language can be read off the network log (docs/i18n.md).
        chunkFileNames: (chunk) => {
          const table = /\/i18n\/messages\/([\w-]+)\/(\w+)\.ts$/.exec(chunk.facadeModuleId ?? '');
          return table
            ? `assets/texts-${table[1]}-${table[2]}-[hash].js`
            : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/**/*.svelte.test.ts'],
        },
      },
      {
        extends: true,
        // Runes and components need Svelte's browser build, so they run in jsdom.
        resolve: { conditions: ['browser'] },
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['tests/unit/**/*.svelte.test.ts'],
          // The page loads the body's rules right after the first paint; the tests start with them.
          setupFiles: ['tests/unit/setup-body-rules.ts'],
        },
      },
    ],
  },
});
