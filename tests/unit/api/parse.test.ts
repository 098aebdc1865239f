// parseBodyText and the scanner behind it: where a syntax error is, in plain words, and that the
// scanner agrees with JSON.parse on what is JSON.
import { describe, expect, it } from 'vitest';
import { lineColumnOf, scanJson } from '../../../src/lib/api/json-scan';
import { parseBodyText } from '../../../src/lib/api/validate';
import { rng } from '../usersig/helpers';

/** Asserts a syntax error and returns it. */
function syntax(text: string) {
  const r = parseBodyText(text);
  if (r.ok) throw new Error(`expected a syntax error in ${JSON.stringify(text)}`);
  return r;
}

describe('parseBodyText', () => {
  it('parses valid JSON and reports no duplicates', () => {
    const r = parseBodyText('{"From_Account": "id1", "AssistFlags": 7}');
    expect(r).toEqual({ ok: true, value: { From_Account: 'id1', AssistFlags: 7 }, duplicates: [] });
  });

  // Each offset is worked out by counting characters in the text, 0-based; line and column
  // are 1-based.
  it.each([
    // The comma at index 7 is the mistake, so the error points at it, not at the "}".
    ['{"a": 1,}', 7, 1, 8, /trailing comma/i],
    ['[1,]', 2, 1, 3, /trailing comma/i],
    // The missing comma shows where the next name begins: line 3, after two spaces.
    ['{\n  "From_Account": "id1"\n  "TimeStamp": 0\n}', 28, 3, 3, /comma is missing/],
    ["{'a': 1}", 1, 1, 2, /single quotes/],
    ['{a: 1}', 1, 1, 2, /double quotes: write "a"/],
    ['{"a": tru}', 6, 1, 7, /Unexpected word tru/],
    ['{"a": True}', 6, 1, 7, /write true in lowercase/],
    ['{"a": undefined}', 6, 1, 7, /undefined is not JSON/],
    ['{"a": 01}', 6, 1, 7, /cannot start with 0/],
    ['{"a": +1}', 6, 1, 7, /cannot start with \+/],
    ['{"a": .5}', 6, 1, 7, /0\.5/],
    ['{"a": 1.}', 7, 1, 8, /decimal point must be followed/],
    ['{"a": 1e}', 7, 1, 8, /exponent/],
    ['{"a": -}', 6, 1, 7, /minus sign/],
    ['{"a": 0x10}', 6, 1, 7, /Hexadecimal/],
    ['{"a" 1}', 5, 1, 6, /colon after the property name "a"/],
    ['{"a"= 1}', 4, 1, 5, /not =/],
    ['{"a": }', 6, 1, 7, /"a" has no value/],
    // A raw line break inside a string: the error sits on the line break itself.
    ['{"a": "x\ny"}', 8, 1, 9, /not closed before the end of the line/],
    ['{"a": "x\ty"}', 8, 1, 9, /U\+0009.*\\t/],
    ['{"a": "\\x"}', 7, 1, 8, /\\x is not a JSON escape/],
    ['{"a": "\\u12G4"}', 7, 1, 8, /four hexadecimal digits/],
    // An unclosed string is shown at its opening quote, where the reader has to look.
    ['{"a": "xyz}', 6, 1, 7, /never closed/],
    ['{"a": 1} x', 9, 1, 10, /after the end of the JSON value/],
    ['{"a": 1}{}', 8, 1, 9, /exactly one value/],
    ['{"a": 1 // note\n}', 8, 1, 9, /comments/],
    ['{"a": 1 /* note */}', 8, 1, 9, /comments/],
    ['{"a": 1]', 7, 1, 8, /closes with }/],
    ['{\u00a0"a": 1}', 1, 1, 2, /no-break space/],
    ['\ufeff{"a": 1}', 0, 1, 1, /byte-order mark/],
    ['{\u201ca\u201d: 1}', 1, 1, 2, /typographic quote/],
    // CRLF is one line break: the comma is on line 2 at column 7.
    ['{\r\n"a": 1,\r\n}', 9, 2, 7, /trailing comma/i],
    // Columns count UTF-16 code units, as Monaco does: 名 is one, 😀 is two.
    ['{"名": 1,}', 7, 1, 8, /trailing comma/i],
    ['{"😀": 1,}', 8, 1, 9, /trailing comma/i],
  ])('%j: error at offset %i (line %i, column %i)', (text, offset, line, column, message) => {
    const e = syntax(text);
    expect(e.offset).toBe(offset);
    expect(e.line).toBe(line);
    expect(e.column).toBe(column);
    expect(e.message).toMatch(message);
  });

  it('points an unclosed object at the end, naming where it was opened', () => {
    const text = '{\n  "a": [1, 2\n';
    const e = syntax(text);
    expect(e.offset).toBe(text.length);
    expect({ line: e.line, column: e.column }).toEqual({ line: 3, column: 1 });
    expect(e.message).toMatch(/array opened at line 2, column 8 is never closed \(add \]\)/);
  });

  it('explains an empty body', () => {
    for (const t of ['', '   \n ']) expect(syntax(t).message).toMatch(/empty/);
  });

  it('reports duplicate names at every depth, which JSON.parse hides', () => {
    const r = parseBodyText('{"a":1,"a":2,"b":{"c":1,"c":2},"d":[{"e":1},{"e":1,"e":2}]}');
    expect(r.ok && r.duplicates).toEqual(['a', 'b.c', 'd[1].e']);
  });
});

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

describe('lineColumnOf', () => {
  it('counts \\n, \\r\\n and a lone \\r as one line break each', () => {
    const text = 'a\nb\r\nc\rd';
    expect(lineColumnOf(text, text.indexOf('b'))).toEqual({ line: 2, column: 1 });
    expect(lineColumnOf(text, text.indexOf('c'))).toEqual({ line: 3, column: 1 });
    expect(lineColumnOf(text, text.indexOf('d'))).toEqual({ line: 4, column: 1 });
    expect(lineColumnOf(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnOf(text, text.length)).toEqual({ line: 4, column: 2 });
  });
});
