// A form input's text and the field's wire value, both ways: what a person types is read into
// the value the body holds (or why it cannot be, keeping the text), and a value is shown back.
import { msg, type Text } from '../i18n/message';
import { MAX_UINT32 } from '../json/value';
import type { FieldDescription } from './types';

/**
 * Turns what a person typed into a form input into the field's wire value, or a message
 * (keeping the raw text, so the input is never wiped).
 */
export function parseFieldInput(
  field: FieldDescription,
  raw: string,
):
  | { ok: true; value: string | number | string[] | number[] }
  | { ok: false; message: Text; raw: string } {
  const bad = (message: Text) => ({ ok: false as const, message, raw });
  switch (field.type) {
    case 'string': {
      // Sent exactly as typed: a UserID is matched byte for byte. Empty is reported by validateBody.
      if (field.enum && raw !== '' && !field.enum.includes(raw)) {
        return bad(msg('rules.oneOf', { name: field.name, values: field.enum.join(', ') }));
      }
      return { ok: true, value: raw };
    }
    case 'uint32':
    case 'integer': {
      const t = raw.trim();
      const signed = field.type === 'integer';
      const name = field.name;
      const uint32 = !signed;
      if (t === '') return bad(msg('rules.in.enter', { uint32 }));
      if (!signed && /^-\d+$/.test(t)) return bad(msg('rules.in.negative', { name }));
      if (/^\d{1,3}(,\d{3})+$/.test(t)) {
        return bad(msg('rules.in.separators', { name, fixed: t.replace(/,/g, '') }));
      }
      if (/^[-+]?\d*[.,]\d*$/.test(t) && /\d/.test(t))
        return bad(msg('rules.in.decimal', { name }));
      if (!(signed ? /^-?\d+$/ : /^\d+$/).test(t)) return bad(msg('rules.in.digits', { uint32 }));
      const n = Number(t);
      if (!signed && n > MAX_UINT32) return bad(msg('rules.in.tooLarge', { text: t }));
      if (signed && !Number.isSafeInteger(n)) return bad(msg('rules.in.unsafe', { text: t }));
      if (field.enum && !field.enum.includes(n)) {
        return bad(msg('rules.oneOf', { name, values: field.enum.join(', ') }));
      }
      return { ok: true, value: n };
    }
    case 'string[]': {
      // One item per line: UserIDs may contain commas and spaces, never line breaks.
      const items = raw.split(/\r\n|\r|\n/).filter((s) => s !== '');
      if (field.maxItems !== undefined && items.length > field.maxItems) {
        const most = field.maxItems;
        return bad(msg('rules.in.manyItems', { name: field.name, most, n: items.length }));
      }
      return { ok: true, value: items };
    }
    case 'integer[]': {
      // Bit numbers and the like: separated by commas, spaces or lines ("1, 2, 3").
      const parts = raw.split(/[\s,]+/).filter((s) => s !== '');
      const word = parts.find((p) => !/^-?\d+$/.test(p));
      if (word !== undefined) {
        return bad(msg('rules.in.word', { json: JSON.stringify(word) }));
      }
      const values = parts.map(Number);
      const { minimum: lo, maximum: hi } = field;
      const out = values.find((n) => (lo !== undefined && n < lo) || (hi !== undefined && n > hi));
      if (out !== undefined)
        return bad(msg('rules.in.outOfRange', { v: out, lo: lo ?? null, hi: hi ?? null }));
      if (field.maxItems !== undefined && values.length > field.maxItems) {
        const most = field.maxItems;
        return bad(msg('rules.in.manyNumbers', { name: field.name, most, n: values.length }));
      }
      return { ok: true, value: values };
    }
    case 'object':
    case 'object[]':
      // Nested fields are edited member by member, each through its own input.
      return bad(msg('rules.in.nested', { name: field.name }));
  }
}

export { fieldInputText } from './form-input-text';
