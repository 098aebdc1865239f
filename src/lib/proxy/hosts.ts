// The hosts the proxy forwards to, derived from the region list (src/lib/api/regions.ts, from
// docs/reference/chat-rest-facts.md, "Regional domains": all nine domains, including the Mumbai
// and Riyadh ones that only some pages list, and the eight backup domains), so the region picker,
// the CSP and the proxy cannot drift apart.
// `.js` specifier: this file is reachable from vite.config.ts (see src/server/proxy-handler.ts).
import { REGIONS } from '../api/regions.js';

/** The regional REST domains, one per region. */
export const REGION_HOSTS: readonly string[] = Object.freeze(REGIONS.map((r) => r.domain));

/** The backup domains (Riyadh has none listed). */
export const BACKUP_HOSTS: readonly string[] = Object.freeze(
  REGIONS.flatMap((r) => (r.backupDomain ? [r.backupDomain] : [])),
);

/**
 * Every real host the proxy forwards to (https on port 443 only): allRegionHosts(), built from
 * the two lists above so that the page's initial bundle does not carry allRegionHosts too.
 */
export const ALLOWED_HOSTS: ReadonlySet<string> = new Set([...REGION_HOSTS, ...BACKUP_HOSTS]);

/** Whether `hostname` (lower case, as `URL.hostname` gives it) is a documented REST host. */
export function isRegionHost(hostname: string): boolean {
  return ALLOWED_HOSTS.has(hostname);
}
