// Where an offset is for a person: the JSON body's syntax errors and the inspector's pasted
// commands are reported by line and column, counted the same way.

/** The 1-based line and column of an offset; columns count UTF-16 code units, as Monaco does. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < end; k++) {
    const c = text[k];
    // \r\n is one line break; a lone \r or \n is one too.
    if (c === '\n' || (c === '\r' && text[k + 1] !== '\n')) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
