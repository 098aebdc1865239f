// Where Monaco files an endpoint's schema: a name of its own so the request panel can show it
// without loading the schema's code (schema.ts loads with the editor).
import type { EndpointDescription } from './types';

/** The URI Monaco files the endpoint's schema under (never fetched: the schema is given inline). */
export function schemaUri(desc: EndpointDescription): string {
  // Encoded: a raw-mode id (`raw:v4/openim/sendmsg`) would otherwise add path segments.
  return `inmemory://chat-rest-playground/schema/${encodeURIComponent(desc.id)}.json`;
}
