// parseFieldInput and fieldInputText: what a person types in a form input, and back.
import { describe, expect, it } from 'vitest';
import {
  fieldInputText,
  parseFieldInput as parseFieldInputRaw,
} from '../../../src/lib/api/form-input';
import type { FieldDescription } from '../../../src/lib/api/types';
import { field, OTHER } from './bodies';
import { inEnglish } from '../i18n/texts';

// Lib code returns messages; these assert the English a person reads.
const parseFieldInput = inEnglish(parseFieldInputRaw);

describe('parseFieldInput', () => {
  const ts = field('TimeStamp');
  it.each([
    ['0', 0],
    ['4294967295', 4294967295],
    [' 42 ', 42],
    ['007', 7],
  ])('reads %j as %i', (raw, value) => {
    expect(parseFieldInput(ts, raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['', /Enter a whole number from 0 to 4294967295/],
    ['-1', /cannot be negative/],
    ['1.5', /no decimal point/],
    ['1,000', /without separators: 1000/],
    ['4294967296', /too large/],
    ['1e3', /Digits only/],
    ['+5', /Digits only/],
    ['0x10', /Digits only/],
    ['５', /Digits only/],
    ['abc', /Digits only/],
  ])('refuses %j and keeps the raw text', (raw, message) => {
    expect(parseFieldInput(ts, raw)).toEqual({
      ok: false,
      message: expect.stringMatching(message),
      raw,
    });
  });

  it('takes strings exactly as typed, spaces and all', () => {
    expect(parseFieldInput(field('From_Account'), ' 管理员 ')).toEqual({
      ok: true,
      value: ' 管理员 ',
    });
    expect(parseFieldInput(field('From_Account'), '')).toEqual({ ok: true, value: '' });
  });

  it('reads one list item a line and checks the maximum and enumerations', () => {
    const peers = OTHER.fields[0] as FieldDescription;
    expect(parseFieldInput(peers, 'a, b\r\nc\n\n')).toEqual({ ok: true, value: ['a, b', 'c'] });
    expect(parseFieldInput(peers, 'a\nb\nc\nd')).toMatchObject({ ok: false, raw: 'a\nb\nc\nd' });
    expect(parseFieldInput(OTHER.fields[1] as FieldDescription, '3')).toMatchObject({ ok: false });
    expect(parseFieldInput(OTHER.fields[1] as FieldDescription, '2')).toEqual({
      ok: true,
      value: 2,
    });
    expect(parseFieldInput(OTHER.fields[2] as FieldDescription, '-12')).toEqual({
      ok: true,
      value: -12,
    });
    expect(parseFieldInput(OTHER.fields[3] as FieldDescription, 'c')).toMatchObject({ ok: false });
  });

  it('round-trips with fieldInputText', () => {
    for (const [f, v] of [
      [ts, 1631012800],
      [field('From_Account'), 'id 1'],
      [OTHER.fields[0] as FieldDescription, ['a', 'b']],
    ] as const) {
      expect(parseFieldInput(f, fieldInputText(f, v))).toEqual({ ok: true, value: v });
    }
    // A value of the wrong type is shown as the JSON it is.
    expect(fieldInputText(ts, '5')).toBe('"5"');
    expect(fieldInputText(ts, undefined)).toBe('');
  });
});
