// defaultBody and formatBody: the body a request starts with, and Format's layout.
import { describe, expect, it } from 'vitest';
import { defaultBody, defaultBodyText } from '../../../src/lib/api/body-defaults';
import { formatBody } from '../../../src/lib/api/body-format';
import { GET_LIST } from '../../../src/lib/api/endpoints/get-list';
import { good, OTHER } from './bodies';

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
