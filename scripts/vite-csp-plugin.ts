// Writes the Content Security Policy into the BUILT index.html only: the dev server needs inline
// scripts and a websocket for hot reload, which the policy forbids.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
// `.js` specifiers: see scripts/vite-proxy-plugin.ts for why.
import { allRegionHosts } from '../src/lib/api/regions.js';
import { cspContent } from '../src/lib/security/csp.js';

// The HTML spec's encoding prescan reads only the first 1,024 bytes (WHATWG HTML 13.2.3.2), and
// the policy is over 1 KB: it goes right after <meta charset>, which stays first in <head>. It
// must still come before every script and stylesheet, since a meta policy governs only what follows it.
const CHARSET_META = /<meta charset="[^"]*"\s*\/?>/i;

/** Puts the CSP meta tag right after index.html's `<meta charset>`; throws when there is none. */
export function withCspMeta(html: string, content: string): string {
  const charset = CHARSET_META.exec(html);
  if (!charset) throw new Error('index.html has no <meta charset>: the CSP goes right after it');
  const escaped = content.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  const end = charset.index + charset[0].length;
  return (
    html.slice(0, end) +
    `\n    <meta http-equiv="Content-Security-Policy" content="${escaped}" />` +
    html.slice(end)
  );
}

const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

/** The base64 SHA-256 of each inline script's text in `html`, as CSP's 'sha256-…' wants it. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map((m) =>
    createHash('sha256')
      .update(m[1] ?? '', 'utf8')
      .digest('base64'),
  );
}

/** The Vite plugin adding the CSP meta tag at build time (after the locale preload is in). */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'chat-rest-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => withCspMeta(html, cspContent(allRegionHosts(), inlineScriptHashes(html))),
    },
  };
}
