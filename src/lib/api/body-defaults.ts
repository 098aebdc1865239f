// The body a new request starts with: every field at its description's default, and, on the
// sandbox, its sample account in the field that names whose data is asked for.
import { formatBody } from './body-format';
import { conditionHolds } from './body-rules';
import type { EndpointDescription, FieldDescription } from './types';

/** What a new body may start with beyond the description's defaults. */
export interface BodyDefaultsOptions {
  /** A UserID for the endpoint's account field (the sandbox's sample account); '' for none. */
  account?: string;
}

/**
 * The field naming whose data the request is about: the first required, non-empty UserID field
 * (From_Account, or To_Account where there is none). The UserID fields of the bodies in
 * chat-rest-facts.md ("Related endpoints in the same group") are all named `*_Account`; a group
 * id or a free body has none.
 */
export function accountField(desc: EndpointDescription): FieldDescription | null {
  return (
    desc.fields.find(
      (f) => f.type === 'string' && f.required && f.nonEmpty && f.name.endsWith('_Account'),
    ) ?? null
  );
}

/**
 * A new request's body: every field at its default, in the description's order, except those
 * that start absent and those whose requiredWhen does not hold for the other defaults. An
 * `account` fills the account field while it holds its empty default.
 */
export function defaultBody(
  desc: EndpointDescription,
  { account = '' }: BodyDefaultsOptions = {},
): Record<string, string | number | string[]> {
  const body: Record<string, string | number | string[]> = {};
  for (const f of desc.fields) {
    if (f.startsAbsent) continue;
    body[f.name] = Array.isArray(f.default) ? [...f.default] : f.default;
  }
  for (const f of desc.fields) {
    if (f.requiredWhen && !conditionHolds(body, f.requiredWhen)) delete body[f.name];
  }
  const who = account ? accountField(desc) : null;
  if (who && body[who.name] === '') body[who.name] = account;
  return body;
}

/** The default body as editor text. */
export function defaultBodyText(desc: EndpointDescription, options?: BodyDefaultsOptions): string {
  return formatBody(defaultBody(desc, options), desc);
}
