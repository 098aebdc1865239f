import { builtinModules } from 'node:module';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// The layers (README, "Layout"): src/server is Node only; the rest of src runs in the browser,
// and src/lib is pure logic that runs in both (tests run it in Node). typescript-eslint turns
// no-undef off for TypeScript, so the layers are kept with no-restricted-* rules, not globals.

/** Globals Node has and browsers do not: process, Buffer, require, __dirname, ... */
const NODE_ONLY = Object.keys(globals.node).filter((name) => !(name in globals.browser));

/**
 * What src/lib may use bare: the web platform APIs Node and browsers share (fetch, URL, crypto,
 * TextEncoder, AbortController, setTimeout, structuredClone, CompressionStream, ...), less the
 * storage and navigator objects, which Node has only behind a flag and which are the page's.
 */
const SHARED = new Set(
  Object.keys(globals['shared-node-browser']).filter(
    (name) => !['localStorage', 'sessionStorage', 'navigator', 'Navigator'].includes(name),
  ),
);

/** Browser globals outside that shared set: document, window, location, indexedDB, ... */
const DOM_ONLY = Object.keys(globals.browser).filter((name) => !SHARED.has(name));

const nodeGlobal = (name) => ({
  name,
  message: 'Node globals belong in src/server (browser code runs without them).',
});
const domGlobal = (name) => ({
  name,
  message:
    'src/lib is pure logic with no DOM: take the browser API as a parameter whose default is globalThis.x (see src/lib/state/prefs-storage.ts).',
});

/** A `globalThis.name` access for any of `names`, as an esquery selector. */
const globalThisMember = (names) =>
  `MemberExpression[object.name='globalThis'][property.name=/^(${names.join('|')})$/]`;

const NODE_IMPORTS = {
  patterns: [
    { group: ['node:*'], message: 'Node modules belong in src/server.' },
    { group: ['**/server/*', '**/server/**'], message: 'Browser code never imports src/server.' },
  ],
  paths: builtinModules.map((name) => ({ name, message: 'Node modules belong in src/server.' })),
};

export default ts.config(
  { ignores: ['.e2e-dist/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    // Tests, the bench, scripts and tool configs drive both sides.
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    // Data from outside is unknown until parsed: no `any` in lib (STYLE.md rule 10).
    files: ['src/lib/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  {
    // Node only: the proxy handler and the sandbox's HTTP server. No DOM.
    files: ['src/server/**'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-globals': [
        'error',
        {
          globals: DOM_ONLY.map((name) => ({
            name,
            message: 'src/server runs in Node: there is no DOM here.',
          })),
          checkGlobalObject: true,
        },
      ],
    },
  },
  {
    // Browser code: components, the app shell and src/lib. No Node module, no Node global.
    files: ['src/**/*.ts', 'src/**/*.js', 'src/**/*.svelte'],
    ignores: ['src/server/**'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': ['error', NODE_IMPORTS],
      'no-restricted-globals': [
        'error',
        { globals: NODE_ONLY.map(nodeGlobal), checkGlobalObject: true },
      ],
    },
  },
  {
    // Pure logic: the shared web APIs only. A browser API comes in as an injected default,
    // `{ storage = globalThis.localStorage } = {}`, so tests pass their own (STYLE.md rule 2).
    files: ['src/lib/**'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-globals': [
        'error',
        { globals: [...NODE_ONLY.map(nodeGlobal), ...DOM_ONLY.map(domGlobal)] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: globalThisMember(NODE_ONLY),
          message: 'Node globals belong in src/server (browser code runs without them).',
        },
        {
          // Outside a default value (`x = globalThis.document`, `() => globalThis.indexedDB`).
          selector: `${globalThisMember(DOM_ONLY)}:not(AssignmentPattern *)`,
          message:
            'src/lib reaches a browser API only as an injected default: a parameter whose default is globalThis.x.',
        },
      ],
    },
  },
);
