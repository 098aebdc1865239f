// A JSON syntax scanner that explains the first mistake in plain words, at an exact offset.
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
// 3.0 KB, against 2.6 KB for this whole file (then with its English messages, which now load
// with the form as `rules.j.*`). Since then this file has left the first download too: it loads
// with the body's rules (body-check.ts), and the first screen parses with JSON.parse meanwhile.
import { msg, type Msg, type Text } from '../i18n/message';
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
  | { ok: false; offset: number; message: Msg };

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

// Characters that arrive by copy and paste from documents and chat apps and look like JSON
// (their names are in the rules tables, `rules.j.look`). The words are `rules.j.*` messages.
const LOOKALIKES = '\u00a0\u200b\u2028\u2029\u3000\ufeff';
const CURLY_QUOTES = '\u201c\u201d\u201e\u2018\u2019\uff02';

/** Scans JSON text and returns its first syntax error or, when it has none, its structure. */
export function scanJson(text: string): JsonScan {
  const n = text.length;
  let i = 0;
  let members: JsonMember[] | null = null;
  let depth = 0;
  const duplicates: string[] = [];

  // The first error ends the scan: thrown as the result, caught below and returned.
  const fail = (offset: number, message: Msg): never => {
    throw { ok: false, offset, message } satisfies JsonScan;
  };
  const skipWs = (): void => {
    while (i < n && WS.includes(text[i] as string)) i++;
  };
  const where = (offset: number): { line: number; column: number } => lineColumnOf(text, offset);
  /** The text ended inside `frame` (the innermost open object or array). */
  const unclosed = (frame: Frame | null): never => {
    if (!frame) return fail(n, msg('rules.j.end'));
    return fail(n, msg('rules.j.early', { kind: frame.kind, ...where(frame.open) }));
  };
  /** Explains a character that cannot start a value, a name or what follows a value. */
  const oddChar = (at: number): Msg | null => {
    const c = text[at] as string;
    if (c === "'") return msg('rules.j.single');
    if (CURLY_QUOTES.includes(c)) return msg('rules.j.curly', { c });
    if (c === '/' && (text[at + 1] === '/' || text[at + 1] === '*')) return msg('rules.j.comment');
    if (LOOKALIKES.includes(c)) return msg('rules.j.look', { c });
    return null;
  };
  const shown = (at: number): Text => {
    if (at >= n) return msg('rules.j.eot');
    const c = text.codePointAt(at) as number;
    if (c < 0x20 || c === 0x7f) return msg('rules.j.ctl', { c: String.fromCharCode(c) });
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
            fail(i, msg('rules.j.u'));
          }
          i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(e)) {
          const what = /[\x20-\x7e]/.test(e)
            ? `\\${e}`
            : msg('rules.j.bs', { found: shown(i + 1) });
          fail(i, msg('rules.j.esc', { what }));
        }
        i += 2;
        continue;
      }
      if (c === '\n' || c === '\r') {
        fail(i, msg('rules.j.eol'));
      }
      if (code < 0x20) {
        fail(i, msg('rules.j.ctlIn', { c }));
      }
      i++;
    }
    fail(start, msg('rules.j.open'));
  };

  /** Reads a number at i (which is '-' or a digit), leaving i after it. */
  const readNumber = (): void => {
    const start = i;
    if (text[i] === '-') {
      i++;
      if (text.startsWith('Infinity', i)) fail(start, msg('rules.j.notNum', { word: '-Infinity' }));
      if (!isDigit(text[i])) fail(start, msg('rules.j.minus'));
    }
    if (text[i] === '0') {
      i++;
      if (text[i] === 'x' || text[i] === 'X') {
        fail(start, msg('rules.j.hex'));
      }
      if (isDigit(text[i])) {
        fail(start, msg('rules.j.zero'));
      }
    } else {
      while (isDigit(text[i])) i++;
    }
    if (text[i] === '.') {
      i++;
      if (!isDigit(text[i])) fail(i - 1, msg('rules.j.dot'));
      while (isDigit(text[i])) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      const e = i;
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!isDigit(text[i])) fail(e, msg('rules.j.exp'));
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
      if (parent?.kind === 'object') fail(i, msg('rules.j.noValue', { key: parent.key }));
      if (parent?.kind === 'array' && c !== ',') fail(i, msg('rules.j.unexpected', { found: c }));
      fail(i, msg('rules.j.missing', { c }));
    }
    if (c === '+') fail(i, msg('rules.j.plus'));
    if (c === '.') fail(i, msg('rules.j.lead'));
    const word = wordAt(i);
    if (word) {
      const lower = word.toLowerCase();
      if (lower === 'true' || lower === 'false' || lower === 'null') {
        fail(i, msg('rules.j.case', { word }));
      }
      if (word === 'None') fail(i, msg('rules.j.none'));
      if (word === 'undefined') fail(i, msg('rules.j.undef'));
      if (word === 'NaN' || word === 'Infinity') fail(i, msg('rules.j.notNum', { word }));
      fail(i, msg('rules.j.word', { word }));
    }
    return fail(i, msg('rules.j.unexpected', { found: shown(i) }));
  };

  /** Reads one value of `parent` (null: the top level), leaving i after it. */
  const value = (parent: Frame | null): void => {
    skipWs();
    const c = text[i];
    if (c === '{' || c === '[') {
      // The scanner recurses; JSON.parse does not. No request body nests this deep.
      if (++depth > MAX_DEPTH) {
        fail(i, msg('rules.j.deep', { max: MAX_DEPTH }));
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
              (word ? msg('rules.j.quote', { word }) : msg('rules.j.name', { found: shown(i) })),
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
          fail(i, msg('rules.j.colon', { key, eq: text[i] === '=' }));
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
          fail(comma, msg('rules.j.trailing'));
        }
        frame.index++;
        continue;
      }
      const odd = oddChar(i);
      if (odd) fail(i, odd);
      if (d === '}' || d === ']') {
        fail(i, msg('rules.j.closes', { c: d, kind: frame.kind, ...where(frame.open) }));
      }
      fail(
        i,
        frame.kind === 'object'
          ? msg('rules.j.commaKey', { key: frame.key, name: d === '"' })
          : msg('rules.j.commaItem', { index: frame.index }),
      );
    }
  };

  try {
    skipWs();
    if (i >= n) fail(n, msg('rules.j.empty'));
    const valueStart = i;
    value(null);
    const valueEnd = i;
    skipWs();
    if (i < n) {
      fail(i, oddChar(i) ?? msg('rules.j.after', { found: shown(i) }));
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
