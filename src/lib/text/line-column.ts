// Where an offset is for a person: the JSON body's syntax errors and the inspector's pasted
// commands are reported by line and column, counted the same way.

/** A 1-based line and column; columns count UTF-16 code units, as Monaco does. */
export interface LineColumn {
  line: number;
  column: number;
}

/**
 * Line and column for many offsets in one text: the line starts are found once (one pass), then
 * each offset is a binary search, so a reader that names lines in a loop stays linear in the
 * text. \r\n is one line break; a lone \r or \n is one too. Offsets are clamped to the text.
 */
export function lineColumnFinder(text: string): (offset: number) => LineColumn {
  const starts = [0];
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) starts.push(k + 1);
  }
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    // The last line start at or before the offset (a line break belongs to the line it ends).
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - (starts[lo] as number) + 1 };
  };
}

/** The 1-based line and column of one offset (lineColumnFinder for many). */
export function lineColumnOf(text: string, offset: number): LineColumn {
  return lineColumnFinder(text)(offset);
}
