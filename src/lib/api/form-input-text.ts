// A body value as a form input shows it: what the form displays for the body's values, so in the
// first download; reading typed text back into a value (form-input.ts) loads with the form's edits.
import type { FieldDescription } from './types';

/** A body value as a form input shows it (the inverse of form-input.ts's parseFieldInput where it parses). */
export function fieldInputText(field: FieldDescription, value: unknown): string {
  if (value === undefined) return '';
  if (field.type === 'string' && typeof value === 'string') return value;
  if ((field.type === 'uint32' || field.type === 'integer') && typeof value === 'number') {
    return String(value);
  }
  if (
    field.type === 'string[]' &&
    Array.isArray(value) &&
    value.every((v) => typeof v === 'string')
  ) {
    return value.join('\n');
  }
  if (
    field.type === 'integer[]' &&
    Array.isArray(value) &&
    value.every((v) => Number.isInteger(v))
  ) {
    return value.join(', ');
  }
  // A value of the wrong type is shown as JSON, so the person sees what the body really holds.
  return JSON.stringify(value) ?? '';
}
