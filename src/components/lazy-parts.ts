// Parts that load on demand where they are needed (lib/lazy): each is mounted with one line,
// `<Lazy loader={…} props={{}} label="…" inline />`, by the panel that offers it.
import { lazy } from '../lib/lazy/lazy';

/** The one-file proxy's download, command and check (issue 17.1). */
export const PROXY_HELP = lazy('the proxy help', () => import('./proxy/ProxyHelp.svelte'));

/** "Find my region" (issue 17.3). */
export const REGION_FINDER = lazy(
  'the region finder',
  () => import('./region/RegionFinder.svelte'),
);
