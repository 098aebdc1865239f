// Shows where in a text something is out of place: a few characters either side and a caret
// under the culprit, as plain text. Invisible characters are drawn visibly (a space, a line break
// and a zero-width space are exactly the characters that break a pasted UserSig).

/** A window of text around one position, ready to show as two lines of plain text. */
export interface Excerpt {
  /** The characters before the marked one, drawn visibly. */
  before: string;
  /** The marked character drawn visibly; empty when the mark is just past the end. */
  at: string;
  /** The characters after it, drawn visibly. */
  after: string;
  /** True when the text goes on before `before` or after `after`. */
  clippedStart: boolean;
  clippedEnd: boolean;
  /** The window with "…" where it was cut, as one line. */
  line: string;
  /** Spaces and carets that put "^" under the marked character when shown below `line` in a monospace font. */
  caret: string;
}

/** How many characters an excerpt shows on either side of the mark. */
export const EXCERPT_RADIUS = 10;

// Characters that take no room or look like a plain space: shown by name so the caret has something to point at.
const NAMED: Record<number, string> = {
  0x00a0: '⟨NBSP⟩',
  0x200b: '⟨ZWSP⟩',
  0x200c: '⟨ZWNJ⟩',
  0x200d: '⟨ZWJ⟩',
  0x2060: '⟨WJ⟩',
  0xfeff: '⟨BOM⟩',
};

/** Draws one character visibly: control characters as Unicode Control Pictures (␊ for a line break, ␠ for a space). */
export function visibleChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20) return String.fromCodePoint(0x2400 + code);
  if (code === 0x20) return '\u2420';
  if (code === 0x7f) return '\u2421';
  return NAMED[code] ?? ch;
}

const draw = (chars: string[]): string => chars.map(visibleChar).join('');
// Columns a drawn string takes, counted in code points (good enough for a monospace <pre>).
const width = (s: string): number => Array.from(s).length;

/** An excerpt of text around a UTF-16 position; a position at the end marks "just after the last character". */
export function excerptAt(text: string, position: number, radius = EXCERPT_RADIUS): Excerpt {
  // Walk by code points so a surrogate pair is never split in two.
  const chars: string[] = [];
  let index = -1;
  let offset = 0;
  for (const ch of text) {
    if (index < 0 && offset + ch.length > position) index = chars.length;
    chars.push(ch);
    offset += ch.length;
  }
  if (index < 0) index = chars.length;
  const from = Math.max(0, index - radius);
  const to = Math.min(chars.length, index + 1 + radius);
  const before = draw(chars.slice(from, index));
  const at = index < chars.length ? draw(chars.slice(index, index + 1)) : '';
  const after = draw(chars.slice(Math.min(index + 1, chars.length), to));
  const clippedStart = from > 0;
  const clippedEnd = to < chars.length;
  const lead = (clippedStart ? '…' : '') + before;
  const line = lead + at + after + (clippedEnd ? '…' : '');
  const caret = ' '.repeat(width(lead)) + '^'.repeat(Math.max(1, width(at)));
  return { before, at, after, clippedStart, clippedEnd, line, caret };
}
