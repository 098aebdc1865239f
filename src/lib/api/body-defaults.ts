// The body a new request starts with: every field at its description's default.
import { formatBody } from './body-format';
import { conditionHolds } from './body-rules';
import type { EndpointDescription } from './types';

/**
 * A new request's body: every field at its default, in the description's order, except those
 * that start absent and those whose requiredWhen does not hold for the other defaults.
 */
export function defaultBody(desc: EndpointDescription): Record<string, string | number | string[]> {
  const body: Record<string, string | number | string[]> = {};
  for (const f of desc.fields) {
    if (f.startsAbsent) continue;
    body[f.name] = Array.isArray(f.default) ? [...f.default] : f.default;
  }
  for (const f of desc.fields) {
    if (f.requiredWhen && !conditionHolds(body, f.requiredWhen)) delete body[f.name];
  }
  return body;
}

/** The default body as editor text. */
export function defaultBodyText(desc: EndpointDescription): string {
  return formatBody(defaultBody(desc), desc);
}
