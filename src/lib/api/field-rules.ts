// What the form reads of the endpoint's rules as it draws a field: whether it is required, its
// condition's parts. The body's checks (body-rules.ts) load after the first paint; these are small.
import { isPlainObject } from '../json/value';
import type { FieldCondition, FieldDescription } from './types';

/**
 * Whether a field is required, optional or does not apply to this body, as the form shows it:
 * a field with requiredWhen is required while its condition holds and does not apply otherwise.
 */
export function fieldRequirement(
  field: FieldDescription,
  body: unknown,
): 'required' | 'optional' | 'not-applicable' {
  if (field.requiredWhen) {
    return conditionHolds(body, field.requiredWhen) ? 'required' : 'not-applicable';
  }
  return field.required ? 'required' : 'optional';
}

/** Whether the body's field named by the condition has the condition's value. */
export function conditionHolds(body: unknown, condition: FieldCondition): boolean {
  return isPlainObject(body) && body[condition.field] === condition.equals;
}

/** The condition's parts, as messages word it in each language: field `Type`, value `1`. */
export function conditionParts(condition: FieldCondition): { field: string; value: string } {
  return { field: condition.field, value: JSON.stringify(condition.equals) };
}

/** The length of a string in UTF-8 bytes, which the service's limits count (not characters). */
export function utf8Bytes(s: string): number {
  return new TextEncoder().encode(s).length;
}
