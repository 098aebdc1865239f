// Parts that load on demand where they are needed (lib/lazy): each is mounted with one line,
// `<Lazy loader={…} props={{}} label="…" inline />`, by the panel that offers it.
import { lazy } from '../lib/lazy/lazy';

/** The one-file proxy's download, command and check (issue 17.1). */
export const PROXY_HELP = lazy('the proxy help', () => import('./proxy/ProxyHelp.svelte'));

/**
 * What goes with the chosen way, under Send via: the proxy address and its help, or the direct
 * way's caveat. Shown only for a real host, so it loads after the first screen.
 */
export const SEND_VIA_DETAILS = lazy(
  'the proxy settings',
  () => import('./proxy/SendViaDetails.svelte'),
);

/** "Find my region" (issue 17.3). */
export const REGION_FINDER = lazy(
  'the region finder',
  () => import('./region/RegionFinder.svelte'),
);
