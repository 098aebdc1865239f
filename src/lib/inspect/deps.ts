// The inspector's injected lookups, backed by the api library. The inspector takes them as
// functions of its own shape (request.ts) so it can be tested with stand-ins; this is the one
// place that fits the real regions table and endpoint descriptions to that shape.
import { endpointById, ENDPOINTS } from '../api/endpoints';
import { parseRawPath, rawEndpointId } from '../api/raw';
import { regionOfHost as apiRegionOfHost } from '../api/region-of-host';
import type { EndpointDescription, FieldIssue } from '../api/types';
import { validateBody as apiValidateBody } from '../api/body-rules';
import { issueSeverity } from './present';
import type { RegionOfHost, ValidateBody } from './request';

/**
 * The endpoint at a request path (`v4/recentcontact/get_list`, with or without the leading
 * slash): the described one, else raw mode's for any other `v4/<service>/<command>`; null for a
 * path that is not one.
 */
export function endpointByPath(
  path: string,
  endpoints: readonly EndpointDescription[] = ENDPOINTS,
): EndpointDescription | null {
  const bare = path.replace(/^\/+/, '');
  const described = endpoints.find((e) => e.path === bare);
  if (described) return described;
  const raw = parseRawPath(bare);
  return raw.ok && raw.path === bare ? endpointById(rawEndpointId(raw.path)) : null;
}

/** The documented region of a host, as the inspector wants it: id, name and whether it is the backup domain. */
export const regionOfHost: RegionOfHost = (host) => {
  const r = apiRegionOfHost(host);
  return r && { id: r.region.id, name: r.region.name, backup: r.backup };
};

/**
 * A body checked against its endpoint's description: errors, then warnings (advice included,
 * as the builder shows it); null for a path with no description. A raw-mode path has none: its
 * body is only checked to be an object, and null when it is one.
 */
export const validateBody: ValidateBody<FieldIssue> = (path, value) => {
  const desc = endpointByPath(path);
  if (!desc) return null;
  const r = apiValidateBody(desc, value, { advise: true });
  const issues = [...r.errors, ...r.warnings];
  return desc.freeBody && issues.length === 0 ? null : issues;
};

/** Whether the service refuses a body with this issue (the builder's errors, not its advice). */
export const isBodyError = (issue: FieldIssue): boolean => issueSeverity(issue) === 'error';

/** The lookups, ready to spread into inspectPaste's options. */
export const INSPECT_DEPS = { regionOfHost, validateBody, isBodyError } as const;
