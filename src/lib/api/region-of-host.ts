// Which documented region a host name belongs to. Only the inspector asks (a pasted URL's host),
// so this lives apart from regions.ts, which the first paint loads, and loads with the inspector.
import { REGIONS, type Region } from './regions';

/** The documented region a host belongs to, and whether it is the backup domain; or null. */
export function regionOfHost(host: string): { region: Region; backup: boolean } | null {
  let h = host.trim().toLowerCase();
  if (h.includes('://')) {
    try {
      h = new URL(h).hostname;
    } catch {
      return null;
    }
  }
  h = h.replace(/:\d+$/, '').replace(/\.$/, '');
  for (const region of REGIONS) {
    if (region.domain === h) return { region, backup: false };
    if (region.backupDomain === h) return { region, backup: true };
  }
  return null;
}
