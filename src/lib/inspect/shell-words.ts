// A small shell-words tokenizer for pasted commands. Text is read, never run: variables,
// command substitutions and here-documents are kept or skipped, and said so in a note.
// POSIX rules: bash manual, "Quoting" (3.1.2) and "Here Documents" (3.6.6).
// cmd rules: cmd.exe's caret escapes, then the Microsoft C runtime's argument splitting
// ("Parsing C command-line arguments", learn.microsoft.com), the two layers Chrome's
// "Copy as cURL (cmd)" escapes for (DevTools NetworkLogView escapeStringWin).
import { msg, type Text } from '../i18n/message';
import { lineColumnFinder, lineColumnOf } from '../text/line-column';

/** Something a shell would do with the paste that this reader did not, or a guess it made. */
export interface ReadNote {
  severity: 'info' | 'warning';
  /** Worded for the page: a message (inspect area). */
  message: Text;
}

/** Which shell's rules a paste is written for: bash-like, or Windows cmd.exe. */
export type ShellDialect = 'posix' | 'cmd';

/** One token of a command line; positions are UTF-16 offsets into the pasted text. */
export type ShellToken =
  | { kind: 'word'; value: string; start: number; end: number }
  | { kind: 'operator'; value: string; start: number; end: number }
  | { kind: 'newline'; start: number; end: number };

/** A position in the pasted text, for people: 1-based line and column. */
export interface TextPosition {
  position: number;
  line: number;
  column: number;
}

/** The outcome of splitting: the tokens with notes, or why the text cannot be split. */
export type SplitResult =
  | { ok: true; dialect: ShellDialect; tokens: ShellToken[]; notes: ReadNote[] }
  | ({ ok: false; dialect: ShellDialect; message: Text } & TextPosition);

/** The 1-based line and column of a UTF-16 offset in text. */
export function lineColumn(text: string, position: number): TextPosition {
  return { position, ...lineColumnOf(text, position) };
}

/** lineColumn for many positions in one text, each found in logarithmic time (lineColumnFinder). */
export function lineFinder(text: string): (position: number) => TextPosition {
  const find = lineColumnFinder(text);
  return (position) => ({ position, ...find(position) });
}

/**
 * A list of notes that holds each message once, in constant time per note (a paste can raise
 * the same note a hundred thousand times).
 */
export function noteList(notes: ReadNote[] = []): {
  notes: ReadNote[];
  add: (severity: ReadNote['severity'], message: Text) => void;
} {
  // A message is data (key and parameters): the same note is the same JSON.
  const keyOf = (m: Text): string => (typeof m === 'string' ? m : JSON.stringify(m));
  const seen = new Set(notes.map((n) => keyOf(n.message)));
  return {
    notes,
    add(severity, message) {
      const key = keyOf(message);
      if (seen.has(key)) return;
      seen.add(key);
      notes.push({ severity, message });
    },
  };
}

/** The most notes a report lists; the rest are counted in one last note. */
export const MAX_NOTES = 20;

/** Keeps the first MAX_NOTES notes and counts the others, so a report stays small whatever the paste. */
export function capNotes(notes: readonly ReadNote[]): ReadNote[] {
  if (notes.length <= MAX_NOTES) return [...notes];
  const more = notes.length - MAX_NOTES;
  return [
    ...notes.slice(0, MAX_NOTES),
    { severity: 'info', message: msg('inspect.sh.more', { n: more }) },
  ];
}

/** Guesses the dialect: caret continuations, `^"` quoting or a drive-letter path mean cmd.exe, else POSIX. */
export function detectShellDialect(text: string): ShellDialect {
  // Chrome's cmd copy ends lines with " ^" and wraps every argument in ^"...^"; a command that
  // starts with a drive letter (C:\tools\curl.exe) was written for Windows too.
  return /\^\r?\n/.test(text) || /(^|\s)\^"/.test(text) || /^\s*[A-Za-z]:\\/.test(text)
    ? 'cmd'
    : 'posix';
}

/** Splits a pasted command line into words and operators, following the given dialect. */
export function splitShellWords(
  text: string,
  dialect: ShellDialect = detectShellDialect(text),
): SplitResult {
  return dialect === 'cmd' ? splitCmd(text) : splitPosix(text);
}

// Longest first, so `&&` wins over `&` and `<<-` over `<<`.
const POSIX_OPERATORS = [
  '<<<',
  '<<-',
  '&&',
  '||',
  ';;',
  '>>',
  '<<',
  '>&',
  '<&',
  '&>',
  '|&',
  '>|',
  '|',
  '&',
  ';',
  '<',
  '>',
  '(',
  ')',
];

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

function unterminated(
  text: string,
  dialect: ShellDialect,
  what: 'single' | 'ansi' | 'double' | 'subst' | 'back',
  at: number,
): Extract<SplitResult, { ok: false }> {
  const where = lineColumn(text, at);
  return {
    ok: false,
    dialect,
    ...where,
    message: msg('inspect.sh.open', { what, line: where.line, column: where.column }),
  };
}

/** Reads the escape after a backslash inside $'...' (bash manual 3.1.2.4); returns [text, length]. */
function ansiCEscape(text: string, i: number): [string, number] {
  const c = text[i];
  const simple: Record<string, string> = {
    a: '\x07',
    b: '\b',
    e: '\x1b',
    E: '\x1b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
    '\\': '\\',
    "'": "'",
    '"': '"',
    '?': '?',
  };
  if (c === undefined) return ['\\', 0];
  const mapped = simple[c];
  if (mapped !== undefined) return [mapped, 1];
  const digits = (re: RegExp, max: number, from: number): string => {
    let s = '';
    while (s.length < max && re.test(text[from + s.length] ?? '')) s += text[from + s.length];
    return s;
  };
  if (/[0-7]/.test(c)) {
    const oct = digits(/[0-7]/, 3, i);
    return [String.fromCharCode(parseInt(oct, 8) & 0xff), oct.length];
  }
  const hexLengths: Record<string, number> = { x: 2, u: 4, U: 8 };
  const hexMax = hexLengths[c];
  if (hexMax !== undefined) {
    const hex = digits(/[0-9A-Fa-f]/, hexMax, i + 1);
    if (hex === '') return ['\\' + c, 1];
    const code = parseInt(hex, 16);
    const ch =
      c === 'x'
        ? String.fromCharCode(code)
        : code <= 0x10ffff
          ? String.fromCodePoint(code)
          : '\ufffd';
    return [ch, 1 + hex.length];
  }
  if (c === 'c' && text[i + 1] !== undefined) {
    return [String.fromCharCode((text.charCodeAt(i + 1) & 0x1f) >>> 0), 2];
  }
  return ['\\' + c, 1];
}

function splitPosix(text: string): SplitResult {
  const tokens: ShellToken[] = [];
  const { notes, add: addNote } = noteList();
  const lineOf = lineFinder(text);
  const heredocs: { delimiter: string; stripTabs: boolean }[] = [];
  let expectDelimiter: { stripTabs: boolean } | null = null;
  let word = '';
  let inWord = false;
  let wordStart = 0;
  // An unquoted word made only of digits right before < or > is a file descriptor (2>file).
  let wordQuoted = false;
  let i = 0;

  const begin = (): void => {
    if (!inWord) {
      inWord = true;
      word = '';
      wordStart = i;
      wordQuoted = false;
    }
  };
  const flush = (end: number): void => {
    if (!inWord) return;
    if (expectDelimiter) {
      heredocs.push({ delimiter: word, stripTabs: expectDelimiter.stripTabs });
      expectDelimiter = null;
    }
    tokens.push({ kind: 'word', value: word, start: wordStart, end });
    inWord = false;
  };
  const variable = (name: string): void => addNote('warning', msg('inspect.sh.var', { name }));
  // Reads a $(...) or `...` substitution as literal text: it is never run.
  const substitution = (from: number): number | null => {
    if (text[from] === '`') {
      let j = from + 1;
      while (j < text.length && text[j] !== '`') j += text[j] === '\\' ? 2 : 1;
      return j < text.length ? j + 1 : null;
    }
    let depth = 0;
    for (let j = from + 1; j < text.length; j++) {
      if (text[j] === '(') depth++;
      else if (text[j] === ')' && --depth === 0) return j + 1;
    }
    return null;
  };
  const readHeredocs = (): void => {
    // The bodies start on the line after the operator (bash manual 3.6.6); they are stdin, not
    // words. Once one runs to the end of the paste, the others have no body left to read.
    for (const doc of heredocs) {
      if (i >= text.length) break;
      const startLine = lineOf(i).line;
      for (;;) {
        if (i >= text.length) break;
        const nl = text.indexOf('\n', i);
        const lineEnd = nl < 0 ? text.length : nl;
        let line = text.slice(i, lineEnd).replace(/\r$/, '');
        if (doc.stripTabs) line = line.replace(/^\t+/, '');
        i = nl < 0 ? text.length : nl + 1;
        if (line === doc.delimiter) break;
      }
      addNote('info', msg('inspect.sh.heredoc', { line: startLine }));
    }
    heredocs.length = 0;
  };

  while (i < text.length) {
    const c = text[i] as string;
    if (c === '\\') {
      const next = text[i + 1];
      if (next === '\n') {
        i += 2; // line continuation: both characters vanish
        continue;
      }
      if (next === '\r' && text[i + 2] === '\n') {
        i += 3; // the same, pasted with Windows line endings
        continue;
      }
      begin();
      wordQuoted = true;
      if (next !== undefined) word += next;
      i += 2;
      continue;
    }
    if (c === "'") {
      begin();
      wordQuoted = true;
      const close = text.indexOf("'", i + 1);
      if (close < 0) return unterminated(text, 'posix', 'single', i);
      word += text.slice(i + 1, close);
      i = close + 1;
      continue;
    }
    if (c === '$' && text[i + 1] === "'") {
      const open = i;
      begin();
      wordQuoted = true;
      i += 2;
      for (;;) {
        const d = text[i];
        if (d === undefined) return unterminated(text, 'posix', 'ansi', open);
        if (d === "'") {
          i++;
          break;
        }
        if (d === '\\') {
          const [s, len] = ansiCEscape(text, i + 1);
          word += s;
          i += 1 + len;
        } else {
          word += d;
          i++;
        }
      }
      continue;
    }
    if (c === '"' || (c === '$' && text[i + 1] === '"')) {
      // $"..." is bash's locale translation of "..."; the text is the same.
      const open = i;
      begin();
      wordQuoted = true;
      i += c === '$' ? 2 : 1;
      for (;;) {
        const d = text[i];
        if (d === undefined) return unterminated(text, 'posix', 'double', open);
        if (d === '"') {
          i++;
          break;
        }
        if (d === '\\') {
          const e = text[i + 1];
          // Inside double quotes a backslash escapes only $ ` " \ and the line break.
          if (e === '\n') i += 2;
          else if (e === '$' || e === '`' || e === '"' || e === '\\') {
            word += e;
            i += 2;
          } else {
            word += '\\';
            i++;
          }
          continue;
        }
        if (d === '$' && NAME_START.test(text[i + 1] ?? '')) {
          let j = i + 1;
          while (NAME_CHAR.test(text[j] ?? '')) j++;
          variable(text.slice(i, j));
        } else if (d === '$' && (text[i + 1] === '{' || text[i + 1] === '(')) {
          variable(
            text[i + 1] === '{' ? text.slice(i, text.indexOf('}', i) + 1 || i + 2) : '$(...)',
          );
        } else if (d === '`') {
          variable('`...`');
        }
        word += d;
        i++;
      }
      continue;
    }
    if (c === '$' && text[i + 1] === '(') {
      begin();
      const end = substitution(i + 1);
      if (end === null) return unterminated(text, 'posix', 'subst', i);
      variable(text.slice(i, end));
      word += text.slice(i, end);
      i = end;
      continue;
    }
    if (c === '`') {
      begin();
      const end = substitution(i);
      if (end === null) return unterminated(text, 'posix', 'back', i);
      variable(text.slice(i, end));
      word += text.slice(i, end);
      i = end;
      continue;
    }
    if (c === '$' && (text[i + 1] === '{' || NAME_START.test(text[i + 1] ?? ''))) {
      begin();
      let j = i + 1;
      if (text[j] === '{') {
        const close = text.indexOf('}', j);
        j = close < 0 ? text.length : close + 1;
      } else {
        while (NAME_CHAR.test(text[j] ?? '')) j++;
      }
      variable(text.slice(i, j));
      word += text.slice(i, j);
      i = j;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      flush(i);
      i++;
      continue;
    }
    if (c === '\n') {
      flush(i);
      tokens.push({ kind: 'newline', start: i, end: i + 1 });
      i++;
      if (heredocs.length > 0) readHeredocs();
      continue;
    }
    if (c === '#' && !inWord) {
      // A comment runs to the end of the line.
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    const op = POSIX_OPERATORS.find((o) => text.startsWith(o, i));
    if (op !== undefined) {
      let start = i;
      let value = op;
      if ((op[0] === '<' || op[0] === '>') && inWord && !wordQuoted && /^\d+$/.test(word)) {
        value = word + op;
        start = wordStart;
        inWord = false;
      }
      flush(start);
      tokens.push({ kind: 'operator', value, start, end: i + op.length });
      i += op.length;
      if (op === '<<' || op === '<<-') expectDelimiter = { stripTabs: op === '<<-' };
      continue;
    }
    begin();
    word += c;
    i++;
  }
  flush(text.length);
  return { ok: true, dialect: 'posix', tokens, notes };
}

interface Cell {
  ch: string;
  pos: number;
  /** A command separator or redirection cmd.exe acts on, or an unescaped line break. */
  special?: 'operator' | 'newline';
}

function splitCmd(text: string): SplitResult {
  const { notes, add: addNote } = noteList();
  // Layer 1, cmd.exe: ^ escapes the next character outside double quotes; ^ before a line
  // break joins the lines and takes the next line's first character literally (which is how
  // Chrome writes a line break inside an argument: ^, LF, LF). Quotes are kept for layer 2.
  const cells: Cell[] = [];
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\r' && text[i + 1] === '\n') continue;
    if (inQuote) {
      if (c === '"') inQuote = false;
      if (c === '\n') {
        inQuote = false;
        cells.push({ ch: c, pos: i, special: 'newline' });
      } else cells.push({ ch: c, pos: i });
      continue;
    }
    if (c === '^') {
      let j = i + 1;
      if (text[j] === '\r' && text[j + 1] === '\n') j++;
      if (text[j] === '\n') {
        j++;
        if (text[j] === '\r' && text[j + 1] === '\n') j++;
      }
      const next = text[j];
      if (next !== undefined) cells.push({ ch: next, pos: j });
      i = j;
      continue;
    }
    if (c === '"') inQuote = true;
    if (c === '\n') cells.push({ ch: c, pos: i, special: 'newline' });
    else if (c === '&' || c === '|' || c === '<' || c === '>')
      cells.push({ ch: c, pos: i, special: 'operator' });
    else cells.push({ ch: c, pos: i });
  }

  // Layer 2, the C runtime: space and tab split arguments outside quotes; 2n backslashes before
  // a quote are n backslashes and the quote toggles, 2n+1 are n and a literal quote; "" inside
  // quotes is a literal quote; other backslashes are literal.
  const tokens: ShellToken[] = [];
  let word: string | null = null;
  let wordStart = 0;
  let wordEnd = 0;
  let quoteOpen = -1;
  const flush = (): void => {
    if (word !== null) tokens.push({ kind: 'word', value: word, start: wordStart, end: wordEnd });
    word = null;
  };
  let k = 0;
  while (k < cells.length) {
    const cell = cells[k] as Cell;
    if (cell.special) {
      if (quoteOpen >= 0 && cell.special === 'operator') {
        // cmd.exe acted on it only because its own quoting disagreed with the C runtime's.
        word = (word ?? '') + cell.ch;
        wordEnd = cell.pos + 1;
        k++;
        continue;
      }
      flush();
      quoteOpen = -1;
      if (cell.special === 'newline') {
        tokens.push({ kind: 'newline', start: cell.pos, end: cell.pos + 1 });
        k++;
      } else {
        let value = cell.ch;
        const next = cells[k + 1];
        if (next?.special === 'operator' && /^(&&|\|\||>>)$/.test(value + next.ch)) {
          value += next.ch;
          k++;
        }
        tokens.push({ kind: 'operator', value, start: cell.pos, end: cell.pos + value.length });
        k++;
      }
      continue;
    }
    if ((cell.ch === ' ' || cell.ch === '\t') && quoteOpen < 0) {
      flush();
      k++;
      continue;
    }
    if (word === null) {
      word = '';
      wordStart = cell.pos;
    }
    if (cell.ch === '\\') {
      let n = 0;
      while (cells[k + n]?.ch === '\\' && !cells[k + n]?.special) n++;
      const after = cells[k + n];
      if (after?.ch === '"' && !after.special) {
        word += '\\'.repeat(Math.floor(n / 2));
        if (n % 2 === 1) {
          word += '"';
          wordEnd = after.pos + 1;
          k += n + 1;
        } else k += n; // the quote toggles on the next turn
      } else {
        word += '\\'.repeat(n);
        wordEnd = (cells[k + n - 1] as Cell).pos + 1;
        k += n;
      }
      continue;
    }
    if (cell.ch === '"') {
      if (quoteOpen >= 0 && cells[k + 1]?.ch === '"' && !cells[k + 1]?.special) {
        word += '"';
        k += 2;
      } else {
        quoteOpen = quoteOpen >= 0 ? -1 : cell.pos;
        k++;
      }
      wordEnd = cell.pos + 1;
      continue;
    }
    word += cell.ch;
    wordEnd = cell.pos + 1;
    k++;
  }
  if (quoteOpen >= 0) {
    const where = lineColumn(text, quoteOpen);
    addNote('warning', msg('inspect.sh.cmdQuote', { line: where.line, column: where.column }));
  }
  flush();
  if (/%[A-Za-z_][A-Za-z0-9_]*%/.test(text)) {
    addNote('warning', msg('inspect.sh.cmdVar'));
  }
  return { ok: true, dialect: 'cmd', tokens, notes };
}
