// Endpoint ids in words, for history rows, share links and the inspector. Kept apart from
// endpoints.ts because a raw id is named by the documentation's navigation (navigation.ts), a
// list only these later views need: the first paint never loads it.
import { ENDPOINTS } from './endpoints';
import { navigationEntryForPath } from './navigation';
import { isRawEndpointId, rawPathOf } from './raw';

/** What an endpoint id stands for, in words, for history rows, share links and the inspector. */
export interface EndpointIdInfo {
  kind: 'described' | 'raw' | 'unknown';
  /** The description's title; for raw ids the navigation's name, or the path. */
  title: string;
  /** The path it is sent to, or null for an unknown id. */
  path: string | null;
}

/** Describes an endpoint id for display; an id this version does not know says so. */
export function describeEndpointId(id: string): EndpointIdInfo {
  const described = ENDPOINTS.find((e) => e.id === id);
  if (described) return { kind: 'described', title: described.title, path: described.path };
  const path = rawPathOf(id);
  if (path !== null) {
    return { kind: 'raw', title: navigationEntryForPath(path)?.name ?? path, path };
  }
  const what = isRawEndpointId(id) ? 'raw path' : 'endpoint';
  return { kind: 'unknown', title: `Unknown ${what} ${JSON.stringify(id)}`, path: null };
}
