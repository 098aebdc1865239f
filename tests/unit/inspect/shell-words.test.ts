import { describe, expect, it } from 'vitest';
import {
  detectShellDialect,
  lineColumn,
  splitShellWords,
  type ShellToken,
} from '../../../src/lib/inspect';
import { rng } from '../usersig/helpers';
import { chromeCmdQuote, chromePosixQuote } from './helpers';
import { en } from '../i18n/texts';

function words(text: string, dialect?: 'posix' | 'cmd'): string[] {
  const r = splitShellWords(text, dialect);
  if (!r.ok) throw new Error(en(r.message));
  return r.tokens.filter((t) => t.kind === 'word').map((t) => (t as { value: string }).value);
}

function kinds(text: string): string[] {
  const r = splitShellWords(text);
  if (!r.ok) throw new Error(en(r.message));
  return r.tokens.map((t: ShellToken) => (t.kind === 'newline' ? '\\n' : t.value));
}

describe('splitShellWords, POSIX', () => {
  it('splits on blanks and keeps quoted blanks', () => {
    expect(words(`curl  -H 'a: b'\t"c d" e\\ f`)).toEqual(['curl', '-H', 'a: b', 'c d', 'e f']);
  });

  it('joins words across quotes with no blank between them', () => {
    expect(words(`a'b'"c"d`)).toEqual(['abcd']);
    expect(words(`'it'\\''s'`)).toEqual(["it's"]);
  });

  it('removes backslash-newline continuations, with LF or CRLF', () => {
    expect(words('curl \\\n  -s \\\r\n  URL')).toEqual(['curl', '-s', 'URL']);
    expect(words('cu\\\nrl')).toEqual(['curl']);
  });

  it('keeps everything inside single quotes, backslashes and line breaks included', () => {
    expect(words(`'a\\nb\nc $X'`)).toEqual(['a\\nb\nc $X']);
  });

  it('escapes only $ ` " \\ and newline inside double quotes', () => {
    expect(words(`"a\\"b\\\\c\\$d\\ne\\\nf"`)).toEqual(['a"b\\c$d\\nef']);
  });

  it("decodes $'...' ANSI-C quoting", () => {
    expect(words(`$'it\\'s\\n\\t\\x41\\101\\u00e9\\U0001F600\\\\\\"'`)).toEqual([
      'it\'s\n\tAAé😀\\"',
    ]);
    expect(words(`$'\\cA\\e\\q'`)).toEqual(['\x01\x1b\\q']);
  });

  it('reads $"..." as double quotes', () => {
    expect(words(`$"a b"`)).toEqual(['a b']);
  });

  it('keeps variables and substitutions as written, with a note', () => {
    const r = splitShellWords(`curl "$HOST/x?usersig=\${SIG}" -d "$(cat body.json)" \`date\``);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tokens.map((t) => (t.kind === 'word' ? t.value : t.kind))).toEqual([
      'curl',
      '$HOST/x?usersig=${SIG}',
      '-d',
      '$(cat body.json)',
      '`date`',
    ]);
    expect(r.notes.map((n) => en(n.message)).join(' ')).toMatch(/\$HOST.*kept as written/);
  });

  it('skips comments', () => {
    expect(words('# list conversations\ncurl -s # quiet\nURL')).toEqual(['curl', '-s', 'URL']);
    expect(words('a#b')).toEqual(['a#b']);
  });

  it('reads operators and file-descriptor redirections as operators', () => {
    expect(kinds('a | b && c; d > out 2>/dev/null <in')).toEqual([
      'a',
      '|',
      'b',
      '&&',
      'c',
      ';',
      'd',
      '>',
      'out',
      '2>',
      '/dev/null',
      '<',
      'in',
    ]);
    expect(kinds(`'2'>x`)).toEqual(['2', '>', 'x']);
  });

  it('skips a here-document body, even one with unbalanced quotes', () => {
    const r = splitShellWords(`curl -d @- URL <<'EOF'\n{"it's": "x}\nEOF\ncurl again`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(
      r.tokens.filter((t) => t.kind === 'word').map((t) => (t as { value: string }).value),
    ).toEqual(['curl', '-d', '@-', 'URL', 'EOF', 'curl', 'again']);
    expect(en(r.notes[0]?.message ?? '')).toMatch(/here-document/);
  });

  it.each([
    [`curl 'abc`, 'single quote', 1, 6],
    // The quote inside the JSON closes the first; the one after "a" is the one left open.
    [`curl \\\n -d "{\n"a": 1}`, 'double quote', 3, 3],
    [`x $'abc`, "$'...' quote", 1, 3],
    ['x `date', 'backquote', 1, 3],
    ['x $(date', '$( substitution', 1, 3],
  ])('says where an unterminated quote opened: %j', (text, what, line, column) => {
    const r = splitShellWords(text, 'posix');
    expect(r).toMatchObject({ ok: false, line, column });
    expect(!r.ok && en(r.message)).toContain(`${what} at line ${line}, column ${column}`);
    expect(!r.ok && en(r.message)).toMatch(/cut short/);
  });

  it("round-trips anything Chrome's bash quoting writes", () => {
    const next = rng(7);
    const pool = [
      'a',
      'Z',
      '0',
      ' ',
      "'",
      '"',
      '\\',
      '!',
      '$',
      '`',
      '\n',
      '\r',
      '\t',
      '\x01',
      '\x7f',
      'é',
      '😀',
      '{',
      '}',
      '&',
      '|',
      ';',
      '#',
    ];
    for (let i = 0; i < 300; i++) {
      let s = '';
      const len = Math.floor(next() * 30);
      for (let j = 0; j < len; j++) s += pool[Math.floor(next() * pool.length)];
      expect(words(`curl ${chromePosixQuote(s)} x`)).toEqual(['curl', s, 'x']);
    }
  });
});

describe('splitShellWords, Windows cmd', () => {
  it('detects the dialect from caret continuations and ^" quoting', () => {
    expect(detectShellDialect('curl ^"https://x^" ^\n  -H ^"a: b^"')).toBe('cmd');
    expect(detectShellDialect('curl "https://x" ^\r\n  -d "{}"')).toBe('cmd');
    expect(detectShellDialect(`curl 'https://x' \\\n  -d '{"a":"^"}'`)).toBe('posix');
  });

  it('undoes carets, then splits as the C runtime does', () => {
    expect(words('curl ^"a b^" ^\n  -H ^"x: ^\\^"y^\\^"^" ^& c', 'cmd')).toEqual([
      'curl',
      'a b',
      '-H',
      'x: "y"',
      '&',
      'c',
    ]);
  });

  it('reads user-written cmd quoting with \\" inside "..."', () => {
    expect(words('curl -d "{\\"From_Account\\":\\"id1\\"}" "https://x/?a=1&b=2"', 'cmd')).toEqual([
      'curl',
      '-d',
      '{"From_Account":"id1"}',
      'https://x/?a=1&b=2',
    ]);
  });

  it('follows the C runtime backslash rules', () => {
    // 2n backslashes + quote: n backslashes, the quote toggles; 2n+1: n and a literal quote.
    expect(words('a\\\\"b c" d\\\\\\"e f\\g ""x"""', 'cmd')).toEqual([
      'a\\b c',
      'd\\"e',
      'f\\g',
      'x"',
    ]);
  });

  it('reads & | < > outside quotes as operators', () => {
    const r = splitShellWords('curl x && echo done > log', 'cmd');
    expect(r.ok && r.tokens.map((t) => (t.kind === 'newline' ? '\\n' : t.value))).toEqual([
      'curl',
      'x',
      '&&',
      'echo',
      'done',
      '>',
      'log',
    ]);
  });

  it('notes a quote that is never closed instead of failing', () => {
    const r = splitShellWords('curl -s ^"https://x/v4 -v', 'cmd');
    expect(r.ok).toBe(true);
    expect(r.ok && r.tokens.map((t) => t.kind === 'word' && t.value)).toEqual([
      'curl',
      '-s',
      'https://x/v4 -v',
    ]);
    expect(r.ok && en(r.notes[0]?.message ?? '')).toMatch(/never closed/);
  });

  it("round-trips what Chrome's cmd quoting writes (without backslashes, which Chrome doubles)", () => {
    const next = rng(8);
    const pool = [
      'a',
      'Z',
      '0',
      ' ',
      "'",
      '"',
      '!',
      '%',
      '%P',
      '^',
      '&',
      '|',
      '<',
      '>',
      '{',
      '}',
      '\n',
      '\t',
      'é',
      '😀',
      ',',
      ';',
    ];
    for (let i = 0; i < 300; i++) {
      let s = '';
      const len = Math.floor(next() * 30);
      for (let j = 0; j < len; j++) s += pool[Math.floor(next() * pool.length)];
      expect(words(`curl ${chromeCmdQuote(s)} ^\n  x`, 'cmd')).toEqual(['curl', s, 'x']);
    }
  });
});

describe('lineColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd\nef', 0)).toEqual({ position: 0, line: 1, column: 1 });
    expect(lineColumn('ab\ncd\nef', 4)).toEqual({ position: 4, line: 2, column: 2 });
    expect(lineColumn('ab\ncd\nef', 6)).toEqual({ position: 6, line: 3, column: 1 });
  });
});
