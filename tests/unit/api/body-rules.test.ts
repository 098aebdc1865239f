// validateBody: get_list's rules and the other field types, every problem in plain words.
import { describe, expect, it } from 'vitest';
import { GET_LIST } from '../../../src/lib/api/endpoints/get-list';
import { validateBody as validateBodyRaw } from '../../../src/lib/api/body-rules';
import { good, OTHER, UINT32_FIELDS } from './bodies';
import { inEnglish } from '../i18n/texts';

// Lib code returns messages; these assert the English a person reads.
const validateBody = inEnglish(validateBodyRaw);

describe('validateBody', () => {
  it('adds the endpoint’s own advice only when asked, looked up by the endpoint’s own id', () => {
    const zero = { ...good(), AssistFlags: 0 };
    expect(validateBody(GET_LIST, zero).warnings).toEqual([]);
    expect(validateBody(GET_LIST, zero, { advise: true }).warnings).toMatchObject([
      { field: 'AssistFlags', kind: 'advice', message: expect.stringMatching(/Java SDK/) },
    ]);
    // An id that is a name every object has (Object.prototype's) has no advisor.
    for (const id of ['constructor', 'toString', '__proto__']) {
      expect(validateBody({ ...GET_LIST, id }, zero, { advise: true }), id).toEqual({
        errors: [],
        warnings: [],
        ok: true,
      });
    }
  });

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
