// The page's Content Security Policy, as a meta tag in the built index.html. A tool that holds an
// app's secret key must not run script from anywhere but itself, and may only talk to the Chat
// REST hosts, loopback (npm run sandbox / npm run proxy) and its own origin (the ./proxy mount).
// `.js` specifier: scripts/vite-csp-plugin.ts loads this from vite.config.ts.
import { LOOPBACK_HOSTS } from '../api/regions.js';

/**
 * The loopback hosts the page may reach over http or https, with any port. CSP host-sources
 * cannot name an IPv6 literal (Chromium ignores `http://[::1]:*` with a console error), so [::1]
 * is left out: use 127.0.0.1 or localhost.
 */
const LOOPBACK = LOOPBACK_HOSTS.filter((h) => !h.startsWith('['));

/**
 * The policy's directives, in the order they are written. `scriptHashes` are the base64 SHA-256
 * digests of the page's own inline scripts (the locale preload: scripts/vite-locale-preload.ts),
 * each allowed by its hash alone: any other inline script, or this one changed, does not run.
 */
export function cspDirectives(
  regionHosts: readonly string[],
  scriptHashes: readonly string[] = [],
): [string, string[]][] {
  const connect = [
    "'self'",
    ...regionHosts.map((h) => `https://${h}`),
    ...LOOPBACK.flatMap((h) => [`http://${h}:*`, `https://${h}:*`]),
  ];
  return [
    ['default-src', ["'self'"]],
    // No eval and no inline script but the ones named by hash: only the site's own code.
    ['script-src', ["'self'", ...scriptHashes.map((h) => `'sha256-${h}'`)]],
    // Monaco and Svelte set element styles and Monaco injects <style> rules: the one allowance.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', connect],
    // Monaco's workers are the site's own files (Vite's ?worker); no blob: needed.
    ['worker-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['manifest-src', ["'self'"]],
  ];
}

/** The policy as the content of a `<meta http-equiv="Content-Security-Policy">` tag. */
export function cspContent(
  regionHosts: readonly string[],
  scriptHashes: readonly string[] = [],
): string {
  return cspDirectives(regionHosts, scriptHashes)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
