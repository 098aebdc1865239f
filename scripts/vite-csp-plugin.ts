// Writes the Content Security Policy into the BUILT index.html only: the dev server needs inline
// scripts and a websocket for hot reload, which the policy forbids.
import type { Plugin } from 'vite';
// `.js` specifiers: see scripts/vite-proxy-plugin.ts for why.
import { allRegionHosts } from '../src/lib/api/regions.js';
import { cspContent } from '../src/lib/security/csp.js';

/** The Vite plugin adding the CSP meta tag at build time. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'chat-rest-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: cspContent(allRegionHosts()) },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
