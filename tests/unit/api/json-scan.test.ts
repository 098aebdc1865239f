// scanJson: the members' spans, and that the scanner agrees with JSON.parse on what is JSON.
import { describe, expect, it } from 'vitest';
import { scanJson } from '../../../src/lib/api/json-scan';
import { rng } from '../usersig/helpers';

describe('scanJson', () => {
  it('gives each top-level member’s value span', () => {
    const text = ' { "a" : [1, {"x": 2}] ,\n"b":"s", "c": {} } ';
    const s = scanJson(text);
    if (!s.ok || !s.members) throw new Error('expected an object');
    expect(s.members.map((m) => [m.key, text.slice(m.valueStart, m.valueEnd)])).toEqual([
      ['a', '[1, {"x": 2}]'],
      ['b', '"s"'],
      ['c', '{}'],
    ]);
    expect(s.members.map((m) => text.slice(m.keyStart, m.keyStart + 3))).toEqual([
      '"a"',
      '"b"',
      '"c"',
    ]);
    expect(text.slice(s.valueStart, s.valueEnd)).toBe(text.trim());
  });

  it('has no members when the top level is not an object', () => {
    const s = scanJson('[{"a": 1}]');
    expect(s.ok && s.members).toBeNull();
  });

  it('agrees with JSON.parse on what is JSON, over 20,000 random and mutated texts', () => {
    const next = rng(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
    const TOKENS = [
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"',
      '"a"',
      '"\\n"',
      '"\\u00e9"',
      '"\\q"',
      '1',
      '0',
      '-',
      '.',
      'e',
      '+',
      '12.5e-3',
      '-0',
      'true',
      'null',
      'false',
      'tru',
      ' ',
      '\n',
      '\t',
      '\\',
      "'",
      'x',
      '\u00a0',
      '/',
      '*',
    ] as const;
    const SEED = JSON.stringify(
      { From_Account: 'id1', TimeStamp: 0, List: [1, -2.5e3, true, null, { 'k"': 'v\\' }] },
      null,
      2,
    );
    let parsed = 0;
    for (let n = 0; n < 20000; n++) {
      let text: string;
      if (n % 2 === 0) {
        text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pick(TOKENS)).join('');
      } else {
        // One random edit of a valid document: delete, insert or replace a character.
        const at = Math.floor(next() * SEED.length);
        const c = pick(TOKENS);
        const op = Math.floor(next() * 3);
        text =
          op === 0
            ? SEED.slice(0, at) + SEED.slice(at + 1)
            : op === 1
              ? SEED.slice(0, at) + c + SEED.slice(at)
              : SEED.slice(0, at) + c + SEED.slice(at + 1);
      }
      let valid = true;
      try {
        JSON.parse(text);
        parsed++;
      } catch {
        valid = false;
      }
      const s = scanJson(text);
      expect(s.ok, JSON.stringify(text)).toBe(valid);
      if (!s.ok) {
        expect(s.offset).toBeGreaterThanOrEqual(0);
        expect(s.offset).toBeLessThanOrEqual(text.length);
        expect(s.message.length).toBeGreaterThan(10);
      }
    }
    // Both outcomes were exercised many times.
    expect(parsed).toBeGreaterThan(1000);
    expect(parsed).toBeLessThan(19000);
  });
});
