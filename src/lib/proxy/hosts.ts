// The hosts the proxy forwards to. Source: ../shared/reference/chat-rest-facts.md, "Regional
// domains" (all nine domains, including the Mumbai and Riyadh ones that only some pages list,
// and the eight backup domains).
// TODO: derive these from allRegionHosts() in src/lib/api/regions.ts once it lands, so the
// region picker and the proxy cannot drift apart.

/** The regional REST domains, one per region. */
export const REGION_HOSTS: readonly string[] = [
  'console.tim.qq.com', // China
  'adminapisgp.im.qcloud.com', // Singapore
  'adminapikr.im.qcloud.com', // Seoul
  'adminapijpn.im.qcloud.com', // Tokyo
  'adminapiger.im.qcloud.com', // Frankfurt
  'adminapiind.im.qcloud.com', // Mumbai (older pages only)
  'adminapiusa.im.qcloud.com', // Silicon Valley
  'adminapiidn.im.qcloud.com', // Jakarta
  'adminapiksa.im.qcloud.com', // Riyadh (newest pages only)
];

/** The backup domains (Riyadh has none listed). */
export const BACKUP_HOSTS: readonly string[] = [
  'adminapi.my-imcloud.com', // China
  'adminapisgp.my-imcloud.com',
  'adminapikr.my-imcloud.com',
  'adminapijpn.my-imcloud.com',
  'adminapiger.my-imcloud.com',
  'adminapiind.my-imcloud.com',
  'adminapiusa.my-imcloud.com',
  'adminapiidn.my-imcloud.com',
];

/** Every real host the proxy forwards to (https on port 443 only). */
export const ALLOWED_HOSTS: ReadonlySet<string> = new Set([...REGION_HOSTS, ...BACKUP_HOSTS]);

/**
 * Loopback names a local sandbox server may listen on, as `URL.hostname` spells them (IPv6 in
 * brackets). Exact names only: other 127.x addresses and spellings such as `127.1` are refused.
 */
export const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether `hostname` (lower case, as `URL.hostname` gives it) is a documented REST host. */
export function isRegionHost(hostname: string): boolean {
  return ALLOWED_HOSTS.has(hostname);
}

/** Whether `hostname` (as `URL.hostname` gives it) is a loopback name a sandbox may use. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname);
}
