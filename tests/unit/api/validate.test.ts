// validateBody and the body helpers, against get_list and against a made-up endpoint that uses
// the field types get_list does not (signed integer, string array, enumerations).
import { describe, expect, it } from 'vitest';
import { checkRequestBody } from '../../../src/lib/api/endpoints';
import { GET_LIST } from '../../../src/lib/api/endpoints/get-list';
import type { EndpointDescription, FieldDescription } from '../../../src/lib/api/types';
import {
  defaultBody,
  defaultBodyText,
  fieldInputText,
  formatBody,
  parseFieldInput,
  setFieldInBodyText,
  validateBody,
  validateBodyText,
} from '../../../src/lib/api/validate';

const CURSORS = ['TimeStamp', 'StartIndex', 'TopTimeStamp', 'TopStartIndex'] as const;
const UINT32_FIELDS = [...CURSORS, 'AssistFlags'] as const;
const good = (): Record<string, unknown> => ({ ...defaultBody(GET_LIST), From_Account: 'id1' });
const field = (name: string): FieldDescription => {
  const f = GET_LIST.fields.find((x) => x.name === name);
  if (!f) throw new Error(name);
  return f;
};

/** A second, made-up endpoint: the other field types, so the generic code is exercised. */
const OTHER: EndpointDescription = {
  id: 'other',
  path: 'v4/test/other',
  title: 'Other',
  summary: 'A test endpoint.',
  fields: [
    {
      name: 'Peer_Account',
      type: 'string[]',
      required: true,
      default: [],
      maxItems: 3,
      description: 'Peers',
    },
    { name: 'Type', type: 'uint32', required: true, default: 1, enum: [1, 2], description: 'Type' },
    { name: 'Delta', type: 'integer', required: false, default: 0, description: 'Delta' },
    {
      name: 'Mode',
      type: 'string',
      required: false,
      default: 'a',
      enum: ['a', 'b'],
      description: 'Mode',
    },
  ],
  errors: [],
};

describe('validateBody', () => {
  it('accepts the page’s sample and the default body once From_Account is filled', () => {
    expect(validateBody(GET_LIST, good())).toEqual({ errors: [], warnings: [], ok: true });
  });

  it.each([[[]], [null], ['{}'], [5], [true]])('refuses a body that is not an object: %j', (v) => {
    const r = validateBody(GET_LIST, v);
    expect(r.ok).toBe(false);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ field: null, kind: 'not-object' });
    expect(r.errors[0]?.message).toMatch(/must be a JSON object/);
  });

  it.each(GET_LIST.fields.map((f) => [f.name]))('reports %s missing, by name', (name) => {
    const body = good();
    delete body[name];
    const r = validateBody(GET_LIST, body);
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([
      { field: name, kind: 'missing', message: expect.stringContaining(name) },
    ]);
  });

  it('points out a name with the wrong case instead of only "missing"', () => {
    const { From_Account: _f, ...rest } = good();
    const r = validateBody(GET_LIST, { ...rest, from_account: 'id1' });
    expect(r.errors[0]?.message).toMatch(/"from_account".*case-sensitive/);
    expect(r.warnings).toEqual([
      {
        field: 'from_account',
        kind: 'unknown',
        message: expect.stringMatching(/did you mean From_Account\?/),
      },
    ]);
  });

  it.each([
    [123, /must be a string, not a number \(123\): write "123"/],
    [null, /must be a string, not null/],
    [['id1'], /not an array/],
    [{}, /not an object/],
    [true, /not true/],
  ])('From_Account %j is a type error', (v, message) => {
    const r = validateBody(GET_LIST, { ...good(), From_Account: v });
    expect(r.errors).toEqual([
      { field: 'From_Account', kind: 'type', message: expect.stringMatching(message) },
    ]);
  });

  it('refuses an empty From_Account', () => {
    const r = validateBody(GET_LIST, { ...good(), From_Account: '' });
    expect(r.errors).toEqual([
      {
        field: 'From_Account',
        kind: 'empty',
        message: expect.stringMatching(/^From_Account is empty/),
      },
    ]);
  });

  it('warns (only) about white space around From_Account, which the server matches exactly', () => {
    const r = validateBody(GET_LIST, { ...good(), From_Account: ' id1' });
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([
      { field: 'From_Account', kind: 'advice', message: expect.stringMatching(/white space/) },
    ]);
  });

  describe.each(UINT32_FIELDS.map((n) => [n]))('%s (uint32)', (name) => {
    const check = (v: unknown) => validateBody(GET_LIST, { ...good(), [name]: v });
    const onlyError = (v: unknown) => {
      const r = check(v);
      expect(r.ok).toBe(false);
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]?.field).toBe(name);
      expect(r.errors[0]?.message).toContain(name);
      return r.errors[0];
    };

    it('accepts both ends of the range', () => {
      // 0 is the documented first-page cursor; 4294967295 is 2^32 - 1, the largest uint32.
      expect(check(0).errors).toEqual([]);
      expect(check(2 ** 32 - 1).errors).toEqual([]);
    });
    it('refuses a number in a string, saying to drop the quotes', () => {
      expect(onlyError('5')).toMatchObject({
        kind: 'type',
        message: expect.stringMatching(/write 5 without the quotes/),
      });
      expect(onlyError('abc')).toMatchObject({
        kind: 'type',
        message: expect.stringMatching(/not a string \("abc"\)/),
      });
    });
    it('refuses a fraction', () => {
      expect(onlyError(1.5)).toMatchObject({
        kind: 'type',
        message: expect.stringMatching(/1\.5 has a fractional part/),
      });
    });
    it('refuses below 0 and above 2^32 - 1', () => {
      expect(onlyError(-1)).toMatchObject({
        kind: 'range',
        message: expect.stringMatching(/cannot be negative \(-1\)/),
      });
      expect(onlyError(2 ** 32)).toMatchObject({
        kind: 'range',
        message: expect.stringMatching(/4294967296, above the largest uint32/),
      });
    });
    it('refuses null, booleans, arrays, objects, NaN and infinities', () => {
      expect(onlyError(null)).toMatchObject({
        kind: 'type',
        message: expect.stringMatching(/not null/),
      });
      expect(onlyError(false)).toMatchObject({ kind: 'type' });
      expect(onlyError([0])).toMatchObject({
        kind: 'type',
        message: expect.stringMatching(/not an array/),
      });
      expect(onlyError({})).toMatchObject({ kind: 'type' });
      expect(onlyError(Number.NaN)).toMatchObject({
        kind: 'type',
        message: expect.stringMatching(/NaN/),
      });
      // JSON.parse('1e400') is Infinity: a number too large for a double.
      expect(onlyError(JSON.parse('1e400'))).toMatchObject({
        kind: 'range',
        message: expect.stringMatching(/too large/),
      });
    });
  });

  it('keeps an unknown field as a warning that names it; the body stays sendable', () => {
    const body = { ...good(), Extra: { x: 1 } };
    const r = validateBody(GET_LIST, body);
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([
      {
        field: 'Extra',
        kind: 'unknown',
        message: expect.stringMatching(/^Extra is not a field of get_list.*kept and sent as is/),
      },
    ]);
    // Nothing was removed from the body.
    expect(body.Extra).toEqual({ x: 1 });
  });

  it('suggests the nearest name for a misspelled field', () => {
    const r = validateBody(GET_LIST, { ...good(), AsistFlags: 7 });
    expect(r.warnings[0]?.message).toMatch(/did you mean AssistFlags\?/);
  });

  it('reports every problem at once', () => {
    const r = validateBody(GET_LIST, {
      From_Account: '',
      TimeStamp: '0',
      StartIndex: -1,
      AssistFlags: 0.5,
      x: 1,
    });
    expect(r.errors.map((e) => [e.field, e.kind])).toEqual([
      ['From_Account', 'empty'],
      ['TimeStamp', 'type'],
      ['StartIndex', 'range'],
      ['TopTimeStamp', 'missing'],
      ['TopStartIndex', 'missing'],
      ['AssistFlags', 'type'],
    ]);
    expect(r.warnings.map((e) => [e.field, e.kind])).toEqual([['x', 'unknown']]);
  });

  it('handles the other field types generically', () => {
    const ok = { Peer_Account: ['a', 'b'], Type: 2, Delta: -5, Mode: 'b' };
    expect(validateBody(OTHER, ok).errors).toEqual([]);
    const kinds = (v: Record<string, unknown>) =>
      validateBody(OTHER, { ...ok, ...v }).errors.map((e) => e.kind);
    expect(kinds({ Peer_Account: ['a', 'b', 'c', 'd'] })).toEqual(['too-many']);
    expect(kinds({ Peer_Account: ['a', 1] })).toEqual(['type']);
    expect(kinds({ Peer_Account: 'a' })).toEqual(['type']);
    expect(kinds({ Type: 3 })).toEqual(['range']);
    expect(kinds({ Mode: 'c' })).toEqual(['range']);
    expect(kinds({ Delta: 2 ** 53 })).toEqual(['range']);
    expect(kinds({ Delta: 1.5 })).toEqual(['type']);
    // Optional fields may be absent.
    expect(validateBody(OTHER, { Peer_Account: [], Type: 1 }).errors).toEqual([]);
  });
});

describe('validateBodyText and checkRequestBody', () => {
  it('gives the syntax error and no validation when the text does not parse', () => {
    const r = validateBodyText(GET_LIST, '{"From_Account": "id1",}');
    expect(r.parse.ok).toBe(false);
    expect(r.validation).toBeNull();
  });

  it('warns about a name given twice, which JSON.parse would silently resolve', () => {
    const text =
      '{"From_Account": "a", "TimeStamp": 0, "StartIndex": 0, "TopTimeStamp": 0, "TopStartIndex": 0, "AssistFlags": 7, "From_Account": "b"}';
    const r = validateBodyText(GET_LIST, text);
    expect(r.validation?.ok).toBe(true);
    expect(r.validation?.warnings).toEqual([
      {
        field: 'From_Account',
        kind: 'duplicate',
        message: expect.stringMatching(/appears more than once/),
      },
    ]);
  });

  it.each(['5.0', '5e0', '50E-1', '-0'])(
    'warns that %s is a valid but odd spelling of an integer',
    (raw) => {
      const text = formatBody(good(), GET_LIST).replace('"TimeStamp": 0', `"TimeStamp": ${raw}`);
      const r = validateBodyText(GET_LIST, text);
      expect(r.validation?.ok).toBe(true);
      expect(r.validation?.warnings).toEqual([
        {
          field: 'TimeStamp',
          kind: 'advice',
          message: expect.stringContaining(`TimeStamp is written ${raw}`),
        },
      ]);
    },
  );

  it('adds get_list’s AssistFlags advice, but only once the types are right', () => {
    const withFlags = (v: string) =>
      formatBody(good(), GET_LIST).replace('"AssistFlags": 7', `"AssistFlags": ${v}`);
    const zero = checkRequestBody(GET_LIST, withFlags('0'));
    expect(zero.validation?.ok).toBe(true);
    expect(zero.validation?.warnings.map((w) => [w.field, w.kind])).toEqual([
      ['AssistFlags', 'advice'],
    ]);
    expect(checkRequestBody(GET_LIST, withFlags('7')).validation?.warnings).toEqual([]);
    const broken = checkRequestBody(GET_LIST, withFlags('"0"'));
    expect(broken.validation?.warnings).toEqual([]);
    expect(broken.validation?.errors.map((e) => e.kind)).toEqual(['type']);
  });
});

describe('defaultBody and formatBody', () => {
  it('builds the defaults in the description’s order', () => {
    expect(Object.entries(defaultBody(GET_LIST))).toEqual(
      GET_LIST.fields.map((f) => [f.name, f.default]),
    );
    const text = defaultBodyText(GET_LIST);
    expect(JSON.parse(text)).toEqual(defaultBody(GET_LIST));
    // Two-space JSON, one field a line.
    expect(text.split('\n')).toHaveLength(GET_LIST.fields.length + 2);
    expect(text.split('\n')[1]).toBe('  "From_Account": "",');
  });

  it('does not share array defaults between bodies', () => {
    const a = defaultBody(OTHER);
    (a['Peer_Account'] as string[]).push('x');
    expect(defaultBody(OTHER)['Peer_Account']).toEqual([]);
  });

  it('puts the description’s fields first, then the others in their own order, dropping none', () => {
    const value = JSON.parse(
      '{"zeta": 1, "AssistFlags": 7, "__proto__": {"p": 1}, "From_Account": "x", "alpha": [1, {"b": 2}]}',
    ) as unknown;
    const text = formatBody(value, GET_LIST);
    const keys = [...text.matchAll(/^ {2}"([^"]+)":/gm)].map((m) => m[1]);
    expect(keys).toEqual(['From_Account', 'AssistFlags', 'zeta', '__proto__', 'alpha']);
    // Same data back, "__proto__" included as a plain name.
    expect(JSON.parse(text)).toEqual(value);
    expect(Object.hasOwn(JSON.parse(text) as object, '__proto__')).toBe(true);
  });

  it('is JSON.stringify with two spaces when the order already matches', () => {
    const v = { ...good(), Extra: { a: [1, 2], b: 'é\n' } };
    expect(formatBody(v, GET_LIST)).toBe(JSON.stringify(v, null, 2));
    expect(formatBody([1, { a: 2 }])).toBe(JSON.stringify([1, { a: 2 }], null, 2));
    expect(formatBody({})).toBe('{}');
  });
});

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

describe('setFieldInBodyText', () => {
  const text = defaultBodyText(GET_LIST);

  it('changes only the value’s text', () => {
    const custom = '{ "From_Account":"",\n\n    "TimeStamp" :  0 , "x": [1,2] }';
    const r = setFieldInBodyText(custom, 'TimeStamp', 1631012800, GET_LIST);
    expect(r).toEqual({ ok: true, text: custom.replace(':  0 ', ':  1631012800 ') });
    const s = setFieldInBodyText(text, 'From_Account', 'a"b\\c', GET_LIST);
    expect(s.ok && JSON.parse(s.text)).toEqual({
      ...defaultBody(GET_LIST),
      From_Account: 'a"b\\c',
    });
    expect(s.ok && s.text.split('\n').length).toBe(text.split('\n').length);
  });

  it('inserts a missing field where the description puts it, reusing the indentation', () => {
    const noStart = text.replace('  "StartIndex": 0,\n', '');
    expect(noStart).not.toContain('"StartIndex"');
    const r = setFieldInBodyText(noStart, 'StartIndex', 5, GET_LIST);
    // Back after TimeStamp, as in the description, and on its own indented line.
    expect(r).toEqual({ ok: true, text: text.replace('"StartIndex": 0', '"StartIndex": 5') });
    // The first field goes first.
    const noFrom = text.replace('  "From_Account": "",\n', '');
    expect(setFieldInBodyText(noFrom, 'From_Account', 'u', GET_LIST)).toEqual({
      ok: true,
      text: text.replace('"From_Account": ""', '"From_Account": "u"'),
    });
  });

  it('appends a name the description does not know, and handles compact and empty objects', () => {
    expect(setFieldInBodyText('{"a":1}', 'b', 2)).toEqual({ ok: true, text: '{"a":1,"b": 2}' });
    expect(setFieldInBodyText('  {}  ', 'AssistFlags', 7, GET_LIST)).toEqual({
      ok: true,
      text: '  {\n  "AssistFlags": 7\n}  ',
    });
  });

  it('writes the last of duplicate names, the one JSON.parse reads', () => {
    const r = setFieldInBodyText('{"a": 1, "a": 2}', 'a', 3);
    expect(r).toEqual({ ok: true, text: '{"a": 1, "a": 3}' });
  });

  it('leaves broken text and non-objects alone, with a reason', () => {
    const broken = '{"From_Account": "x",\n}';
    expect(setFieldInBodyText(broken, 'TimeStamp', 1, GET_LIST)).toEqual({
      ok: false,
      message: expect.stringMatching(/line 1, column 21/),
    });
    expect(setFieldInBodyText('[1]', 'TimeStamp', 1)).toMatchObject({ ok: false });
  });
});
