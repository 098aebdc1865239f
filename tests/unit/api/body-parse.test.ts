// parseBodyText: where a syntax error is, in plain words, line and column.
import { describe, expect, it, vi } from 'vitest';
import { parseBodyText } from '../../../src/lib/api/body-parse';
import { scanJson } from '../../../src/lib/api/json-scan';
import { en } from '../i18n/texts';

/** parseBodyText with the text's scan, as the page parses once the scanner has loaded. */
const parseScanned = (text: string) => parseBodyText(text, scanJson(text));

/** Asserts a syntax error and returns it. */
function syntax(text: string) {
  const r = parseScanned(text);
  if (r.ok) throw new Error(`expected a syntax error in ${JSON.stringify(text)}`);
  return r;
}

describe('parseBodyText', () => {
  it('parses valid JSON and reports no duplicates', () => {
    const r = parseScanned('{"From_Account": "id1", "AssistFlags": 7}');
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
    expect(en(e.message)).toMatch(message);
  });

  it('points an unclosed object at the end, naming where it was opened', () => {
    const text = '{\n  "a": [1, 2\n';
    const e = syntax(text);
    expect(e.offset).toBe(text.length);
    expect({ line: e.line, column: e.column }).toEqual({ line: 3, column: 1 });
    expect(en(e.message)).toMatch(/array opened at line 2, column 8 is never closed \(add \]\)/);
  });

  it('explains an empty body', () => {
    for (const t of ['', '   \n ']) expect(en(syntax(t).message)).toMatch(/empty/);
  });

  it('reports duplicate names at every depth, which JSON.parse hides', () => {
    const r = parseScanned('{"a":1,"a":2,"b":{"c":1,"c":2},"d":[{"e":1},{"e":1,"e":2}]}');
    expect(r.ok && r.duplicates).toEqual(['a', 'b.c', 'd[1].e']);
  });
});

// The first screen parses before the scanner has loaded (it comes with the body's rules).
describe('parseBodyText without a scan', () => {
  it('gives the same value, without the duplicates only the scanner finds', () => {
    const text = '{"a":1,"a":2,"b":[true,null,"x"]}';
    expect(parseBodyText(text, null)).toEqual({
      ok: true,
      value: { a: 2, b: [true, null, 'x'] },
      duplicates: [],
    });
  });

  it('places a syntax error where the engine stopped, in plain words', () => {
    // V8: "Expected double-quoted property name in JSON at position 8", the "}" after the comma.
    const r = parseBodyText('{"a": 1,}', null);
    if (r.ok) throw new Error('expected a syntax error');
    expect(en(r.message)).toMatch(/not valid JSON/i);
    expect(r).toMatchObject({ line: 1, column: 9, offset: 8 });
    // Line and column count from the engine's offset across lines too.
    const lines = parseBodyText('{\n  "a": 1\n  "b": 2\n}', null);
    expect(lines).toMatchObject({ ok: false, line: 3, column: 3, offset: 13 });
  });

  it('keeps the end of the text for an error the engine gives no place for', () => {
    // V8 names an unexpected token without a position.
    const text = '{"a": x}';
    expect(() => JSON.parse(text)).toThrow(/^(?!.*position)/);
    expect(parseBodyText(text, null)).toMatchObject({ ok: false, offset: 8, line: 1, column: 9 });
  });

  it('reads the place from SpiderMonkey’s wording too', () => {
    const firefox = new SyntaxError(
      'JSON.parse: expected double-quoted property name at line 3 column 1 of the JSON data',
    );
    const parse = vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw firefox;
    });
    try {
      const r = parseBodyText('{\n  "a": 1,\n}', null);
      expect(r).toMatchObject({ ok: false, offset: 12, line: 3, column: 1 });
    } finally {
      parse.mockRestore();
    }
  });
});
