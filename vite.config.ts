import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './scripts/vite-csp-plugin.ts';
import { chatRestProxy } from './scripts/vite-proxy-plugin.ts';

export default defineConfig({
  // Relative base: the built site works from any sub-path of any static host.
  base: './',
  plugins: [svelte(), chatRestProxy(), contentSecurityPolicy()],
  build: { target: 'es2022' },
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
        },
      },
    ],
  },
});
