import { describe, expect, it } from 'vitest';
import { allRegionHosts } from '../../../src/lib/api/regions';
import { cspContent, cspDirectives } from '../../../src/lib/security/csp';
import { withCspMeta } from '../../../scripts/vite-csp-plugin';

describe('the content security policy', () => {
  const directives = new Map(cspDirectives(allRegionHosts()));

  it('runs only the site’s own scripts, no inline script and no eval', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(cspContent(allRegionHosts())).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it('allows an inline script only by the hash it is given', () => {
    const withHash = new Map(cspDirectives(allRegionHosts(), ['abc+/=']));
    expect(withHash.get('script-src')).toEqual(["'self'", "'sha256-abc+/='"]);
    expect(cspContent(allRegionHosts(), ['abc+/='])).toContain(
      "script-src 'self' 'sha256-abc+/=';",
    );
  });

  it('connects only to itself, every region host and loopback', () => {
    const connect = directives.get('connect-src') ?? [];
    for (const host of allRegionHosts()) expect(connect).toContain(`https://${host}`);
    expect(connect).toContain('http://127.0.0.1:*');
    expect(connect).toContain('http://localhost:*');
    // CSP cannot express IPv6 literals; Chromium logs an error for one.
    expect(connect.some((c) => c.includes('['))).toBe(false);
    expect(connect.filter((c) => !c.startsWith('https://') && !c.startsWith('http://'))).toEqual([
      "'self'",
    ]);
    expect(connect.some((c) => c.includes('*.') || c === '*' || c === 'https:')).toBe(false);
  });

  it('allows inline styles only, and no plugins, base changes or framing', () => {
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('worker-src')).toEqual(["'self'"]);
  });
});

describe('the CSP meta tag in index.html', () => {
  const page =
    '<!doctype html>\n<head>\n  <meta charset="UTF-8" />\n  <title>t</title>\n  <script src="a.js"></script>\n</head>';

  it('goes right after <meta charset>, which stays first, and before any script', () => {
    const html = withCspMeta(page, "script-src 'self'");
    expect(html).toMatch(
      /<head>\s*<meta charset="UTF-8" \/>\s*<meta http-equiv="Content-Security-Policy" content="script-src &#39;self&#39;" \/>\s*<title>/,
    );
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('escapes the policy for an attribute and refuses a page without <meta charset>', () => {
    expect(withCspMeta(page, 'a"b&c')).toContain('content="a&quot;b&amp;c"');
    expect(() => withCspMeta('<head><title>t</title></head>', 'x')).toThrow(/meta charset/);
  });
});
