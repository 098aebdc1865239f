// The endpoint descriptions the page holds: get_list's from the start (the default, on the first
// screen), every other one once the registry (./endpoints.ts) has loaded, which the page asks for
// when idle after the first paint and whenever a request for another endpoint is chosen, opened
// or prepared. Lookups are synchronous over what is loaded; `describe` waits for the registry.
import { msg } from '../i18n/message';
import { lazy, type LoadResult } from '../lazy/lazy';
import { isMenuId } from './endpoint-menu';
import { GET_LIST } from './endpoints/get-list';
import { rawEndpointById } from './raw';
import type { EndpointDescription } from './types';

const loaded = new Map<string, EndpointDescription>([[GET_LIST.id, GET_LIST]]);

/** Adds described endpoints to what lookups find (the registry does, as it loads). */
export function registerEndpoints(endpoints: readonly EndpointDescription[]): void {
  for (const e of endpoints) loaded.set(e.id, e);
}

/** The registry of every described endpoint, loaded on demand. */
export const ENDPOINT_REGISTRY = lazy(msg('core.part.endpoints'), () => import('./endpoints'));

/**
 * The endpoint with this id as far as the page holds it now: a described one whose description
 * has loaded, or a raw-mode one (`raw:v4/openim/sendmsg`) built from the path in the id; else null.
 */
export function endpointNow(id: string): EndpointDescription | null {
  return loaded.get(id) ?? rawEndpointById(id);
}

/** Whether an id names an endpoint the page can describe (described, or raw with a valid path). */
export function isKnownEndpointId(id: string): boolean {
  return isMenuId(id) || rawEndpointById(id) !== null;
}

/**
 * The endpoint with this id, loading the registry when it is a described one not loaded yet:
 * `value` is null for an id nobody describes; a failed download is the failure (try again).
 */
export async function describe(id: string): Promise<LoadResult<EndpointDescription | null>> {
  const now = endpointNow(id);
  if (now || !isMenuId(id)) return { ok: true, value: now };
  const registry = await ENDPOINT_REGISTRY.load();
  return registry.ok ? { ok: true, value: endpointNow(id) } : registry;
}
