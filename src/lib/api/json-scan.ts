// A JSON syntax scanner that explains the first mistake in plain English, at an exact offset.
// JSON.parse stays the judge of the value; this exists because engines word their errors
// differently (V8, SpiderMonkey and JavaScriptCore even disagree on whether to give a
// position), and a debugger must point at the same place with the same words in every browser.
// It also reports what JSON.parse hides: names that appear twice in one object, and where each
// top-level member sits in the text, so a form can change one value without reformatting.
// Grammar: RFC 8259 (whitespace is space, tab, line feed and carriage return only), read by
// recursive descent (value, container); the first error is thrown as the result and returned.
//
// jsonc-parser (the scanner Monaco's JSON language uses) was measured as a replacement: its
// parseTree, visit, modify and applyEdits add 5.4 KB gzipped to the first download, visit alone
// 3.0 KB, against 2.6 KB for this whole file (1.0 KB of it the messages, which would stay).
import { lineColumnOf } from '../text/line-column';

/** A member of the top-level object: offsets into the text, end exclusive. */
export interface JsonMember {
  key: string;
  /** Offset of the name's opening quote. */
  keyStart: number;
  valueStart: number;
  valueEnd: number;
}

/** What scanning found: the first syntax error, or the facts JSON.parse does not give. */
export type JsonScan =
  | {
      ok: true;
      /** The top-level object's members in text order, or null when the top level is not an object. */
      members: JsonMember[] | null;
      /** Offset of the top-level value's first and one past its last character. */
      valueStart: number;
      valueEnd: number;
      /** Paths of names that appear more than once in one object (`a`, `a.b`, `a[0].b`). */
      duplicates: string[];
    }
  | { ok: false; offset: number; message: string };

interface Frame {
  kind: 'object' | 'array';
  open: number;
  path: string;
  keys: Set<string>;
  /** The current member's name (objects) or element index (arrays). */
  key: string;
  index: number;
}

/** How deep objects and arrays may nest (the scanner recurses once per level). */
export const MAX_DEPTH = 512;

const WS = ' \t\n\r';

// Characters that arrive by copy and paste from documents and chat apps and look like JSON.
const LOOKALIKES: Record<string, string> = {
  '\u00a0': 'a no-break space',
  '\u200b': 'a zero-width space',
  '\u2028': 'a line separator',
  '\u2029': 'a paragraph separator',
  '\u3000': 'an ideographic space',
  '\ufeff': 'a byte-order mark',
};
const CURLY_QUOTES = '\u201c\u201d\u201e\u2018\u2019\uff02';

/** Scans JSON text and returns its first syntax error or, when it has none, its structure. */
export function scanJson(text: string): JsonScan {
  const n = text.length;
  let i = 0;
  let members: JsonMember[] | null = null;
  let depth = 0;
  const duplicates: string[] = [];

  // The first error ends the scan: thrown as the result, caught below and returned.
  const fail = (offset: number, message: string): never => {
    throw { ok: false, offset, message } satisfies JsonScan;
  };
  const skipWs = (): void => {
    while (i < n && WS.includes(text[i] as string)) i++;
  };
  const where = (offset: number): string => {
    const { line, column } = lineColumnOf(text, offset);
    return `line ${line}, column ${column}`;
  };
  /** The text ended inside `frame` (the innermost open object or array). */
  const unclosed = (frame: Frame | null): never => {
    if (!frame) return fail(n, 'The text ends where a value was expected.');
    const close = frame.kind === 'object' ? '}' : ']';
    return fail(
      n,
      `The text ends too early: the ${frame.kind} opened at ${where(frame.open)} is never closed (add ${close}).`,
    );
  };
  /** Explains a character that cannot start a value, a name or what follows a value. */
  const oddChar = (at: number): string | null => {
    const c = text[at] as string;
    if (c === "'") return 'JSON strings and names use double quotes ("), not single quotes.';
    if (CURLY_QUOTES.includes(c))
      return `${c} is a typographic quote: JSON needs a straight double quote (").`;
    if (c === '/' && (text[at + 1] === '/' || text[at + 1] === '*')) {
      return 'JSON does not allow comments: remove it.';
    }
    const look = LOOKALIKES[c];
    if (look)
      return `There is ${look} (U+${hex4(c.charCodeAt(0))}) here, invisible but not allowed in JSON: replace it with a plain space or remove it.`;
    return null;
  };
  const shown = (at: number): string => {
    if (at >= n) return 'the end of the text';
    const c = text.codePointAt(at) as number;
    if (c < 0x20 || c === 0x7f) return `control character U+${hex4(c)}`;
    return `'${String.fromCodePoint(c)}'`;
  };
  const wordAt = (at: number): string | undefined =>
    /^[A-Za-z_$][\w$]*/.exec(text.slice(at, at + 64))?.[0];
  const pathOf = (frame: Frame | null): string => {
    if (!frame) return '';
    if (frame.kind === 'array') return `${frame.path}[${frame.index}]`;
    return frame.path === '' ? frame.key : `${frame.path}.${frame.key}`;
  };

  /** Reads a string starting at its opening quote, leaving i after it. */
  const readString = (): void => {
    const start = i;
    i++;
    while (i < n) {
      const c = text[i] as string;
      const code = c.charCodeAt(0);
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === undefined) break;
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            fail(i, '\\u must be followed by four hexadecimal digits, such as \\u00e9.');
          }
          i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(e)) {
          const what = /[\x20-\x7e]/.test(e) ? `\\${e}` : `A backslash before ${shown(i + 1)}`;
          fail(
            i,
            `${what} is not a JSON escape. The escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX; write \\\\ for a backslash.`,
          );
        }
        i += 2;
        continue;
      }
      if (c === '\n' || c === '\r') {
        fail(
          i,
          'This string is not closed before the end of the line: close it with " (write \\n for a line break inside a string).',
        );
      }
      if (code < 0x20) {
        const named = code === 9 ? ' (tab): write \\t' : ': write it as \\u' + hex4(code);
        fail(i, `Control character U+${hex4(code)} is not allowed inside a string${named}.`);
      }
      i++;
    }
    fail(start, 'This string is never closed: add the closing ".');
  };

  /** Reads a number at i (which is '-' or a digit), leaving i after it. */
  const readNumber = (): void => {
    const start = i;
    if (text[i] === '-') {
      i++;
      if (text.startsWith('Infinity', i)) fail(start, '-Infinity is not a JSON number.');
      if (!isDigit(text[i])) fail(start, 'A minus sign must be followed by digits.');
    }
    if (text[i] === '0') {
      i++;
      if (text[i] === 'x' || text[i] === 'X') {
        fail(start, 'Hexadecimal numbers (0x…) are not JSON: write the number in decimal.');
      }
      if (isDigit(text[i])) {
        fail(start, 'A JSON number cannot start with 0 unless it is 0 (write 7, not 07).');
      }
    } else {
      while (isDigit(text[i])) i++;
    }
    if (text[i] === '.') {
      i++;
      if (!isDigit(text[i])) fail(i - 1, 'A decimal point must be followed by digits.');
      while (isDigit(text[i])) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      const e = i;
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!isDigit(text[i])) fail(e, 'An exponent (e) must be followed by digits.');
      while (isDigit(text[i])) i++;
    }
  };

  /** Explains what stands at i where a value of `parent` (null: the top level) should begin. */
  const notAValue = (parent: Frame | null): never => {
    if (i >= n) unclosed(parent);
    const odd = oddChar(i);
    if (odd) fail(i, odd);
    const c = text[i] as string;
    if (c === '}' || c === ']' || c === ',') {
      if (parent?.kind === 'object')
        fail(i, `"${parent.key}" has no value: write one after the colon.`);
      if (parent?.kind === 'array' && c !== ',')
        fail(i, `Unexpected ${c} where a value was expected.`);
      fail(i, `Unexpected ${c}: a value is missing.`);
    }
    if (c === '+') fail(i, 'A JSON number cannot start with +: remove it.');
    if (c === '.') fail(i, 'A JSON number cannot start with a decimal point: write 0.5, not .5.');
    const word = wordAt(i);
    if (word) {
      const lower = word.toLowerCase();
      if (lower === 'true' || lower === 'false' || lower === 'null') {
        fail(i, `${word} is not JSON: write ${lower} in lowercase.`);
      }
      if (word === 'None') fail(i, 'None is Python, not JSON: write null.');
      if (word === 'undefined')
        fail(i, 'undefined is not JSON: write null or leave the field out.');
      if (word === 'NaN' || word === 'Infinity') fail(i, `${word} is not a JSON number.`);
      fail(i, `Unexpected word ${word}: text must be in double quotes ("${word}").`);
    }
    return fail(i, `Unexpected ${shown(i)} where a value was expected.`);
  };

  /** Reads one value of `parent` (null: the top level), leaving i after it. */
  const value = (parent: Frame | null): void => {
    skipWs();
    const c = text[i];
    if (c === '{' || c === '[') {
      // The scanner recurses; JSON.parse does not. No request body nests this deep.
      if (++depth > MAX_DEPTH) {
        fail(
          i,
          `More than ${MAX_DEPTH} nested objects and arrays: this tool reads bodies up to that depth.`,
        );
      }
      container(c, parent);
      depth--;
      return;
    }
    if (c === '"') return readString();
    if (c === '-' || isDigit(c)) return readNumber();
    const literal = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
    // "trueish" or "nullx": a literal glued to more letters is one wrong word.
    if (!literal || /[\w$]/.test(text[i + literal.length] ?? '')) return notAValue(parent);
    i += literal.length;
  };

  /** Reads an object or array from its opening bracket, leaving i after its closing one. */
  const container = (c: '{' | '[', parent: Frame | null): void => {
    const frame: Frame = {
      kind: c === '{' ? 'object' : 'array',
      open: i,
      path: pathOf(parent),
      keys: new Set(),
      key: '',
      index: 0,
    };
    const close = c === '{' ? '}' : ']';
    // The top-level object's members are recorded with their offsets.
    const top: JsonMember[] | null = parent === null && c === '{' ? (members = []) : null;
    i++;
    skipWs();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      if (frame.kind === 'object') {
        skipWs();
        if (text[i] !== '"') {
          if (i >= n) unclosed(frame);
          const word = wordAt(i);
          fail(
            i,
            oddChar(i) ??
              (word
                ? `Property names must be in double quotes: write "${word}".`
                : `Expected a property name in double quotes, found ${shown(i)}.`),
          );
        }
        const keyStart = i;
        readString();
        const key = JSON.parse(text.slice(keyStart, i)) as string;
        frame.key = key;
        if (frame.keys.has(key)) duplicates.push(pathOf(frame));
        frame.keys.add(key);
        skipWs();
        if (text[i] !== ':') {
          if (i >= n) unclosed(frame);
          const hint = text[i] === '=' ? ' (JSON uses :, not =)' : '';
          fail(i, `Expected a colon after the property name "${key}"${hint}.`);
        }
        i++;
        skipWs();
        const member = { key, keyStart, valueStart: i, valueEnd: i };
        top?.push(member);
        value(frame);
        member.valueEnd = i;
      } else {
        value(frame);
      }
      // A value has ended: a comma, the closing bracket, or a mistake.
      skipWs();
      if (i >= n) unclosed(frame);
      const d = text[i] as string;
      if (d === close) {
        i++;
        return;
      }
      if (d === ',') {
        const comma = i++;
        skipWs();
        if (text[i] === close) {
          fail(comma, 'Trailing comma: JSON allows no comma after the last item; remove it.');
        }
        frame.index++;
        continue;
      }
      const odd = oddChar(i);
      if (odd) fail(i, odd);
      if (d === '}' || d === ']') {
        fail(
          i,
          `Found ${d}, but the ${frame.kind} opened at ${where(frame.open)} closes with ${close}.`,
        );
      }
      fail(
        i,
        frame.kind === 'object'
          ? `Expected a comma or } after the value of "${frame.key}".${d === '"' ? ' A comma is missing before this name.' : ''}`
          : `Expected a comma or ] after item ${frame.index} of the array.`,
      );
    }
  };

  try {
    skipWs();
    if (i >= n) fail(n, 'The text is empty: the body must be a JSON object such as {}.');
    const valueStart = i;
    value(null);
    const valueEnd = i;
    skipWs();
    if (i < n) {
      fail(
        i,
        oddChar(i) ??
          `Unexpected ${shown(i)} after the end of the JSON value: the body must be exactly one value.`,
      );
    }
    return { ok: true, members, valueStart, valueEnd, duplicates };
  } catch (e) {
    // A bug is an Error; the scan's own verdict is a plain result.
    if (e instanceof Error) throw e;
    return e as JsonScan;
  }
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}
