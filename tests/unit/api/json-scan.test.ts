// scanJson: the members' spans, and that the scanner agrees with JSON.parse on what is JSON.
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, scanJson } from '../../../src/lib/api/json-scan';
import { rng } from '../usersig/helpers';
import { en, english } from '../i18n/texts';

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
        expect(en(s.message).length).toBeGreaterThan(10);
      }
    }
    // Both outcomes were exercised many times.
    expect(parsed).toBeGreaterThan(1000);
    expect(parsed).toBeLessThan(19000);
  });
});

describe('scanJson at the edges', () => {
  it('reads nesting up to MAX_DEPTH and says so beyond it, at the bracket too deep', () => {
    const deep = (d: number) => '['.repeat(d) + ']'.repeat(d);
    expect(scanJson(deep(MAX_DEPTH)).ok).toBe(true);
    expect(scanJson(`{"a":${deep(MAX_DEPTH - 1)}}`).ok).toBe(true);
    const r = scanJson(`{"a":${deep(MAX_DEPTH)}}`);
    expect(english(r)).toEqual({
      ok: false,
      offset: 5 + MAX_DEPTH - 1,
      message: expect.stringMatching(/^More than 512 nested objects and arrays/),
    });
  });

  it('names each look-alike character with its code point', () => {
    for (const [c, words] of [
      ['\u00a0', 'a no-break space (U+00A0)'],
      ['\u200b', 'a zero-width space (U+200B)'],
      ['\u3000', 'an ideographic space (U+3000)'],
      ['\ufeff', 'a byte-order mark (U+FEFF)'],
    ]) {
      expect(english(scanJson(`{${c}"a": 1}`))).toEqual({
        ok: false,
        offset: 1,
        message: `There is ${words} here, invisible but not allowed in JSON: replace it with a plain space or remove it.`,
      });
    }
  });

  it('gives the top-level value’s span without the white space around it', () => {
    const text = '\n  {"a": [1, {"b": 2}]}  \r\n';
    const r = scanJson(text);
    expect(r.ok && text.slice(r.valueStart, r.valueEnd)).toBe(text.trim());
    expect(r.ok && r.members?.[0]).toEqual({ key: 'a', keyStart: 4, valueStart: 9, valueEnd: 22 });
  });
});
