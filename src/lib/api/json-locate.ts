// Where a nested object or array sits in JSON text, for the form's edits below the top level
// (a MarkItem row's SetMark). It reads only text that has scanned as valid JSON (json-scan.ts
// is the judge), so it needs no error handling: it skips strings and brackets to find one
// container's entries and their offsets, on demand, leaving the scanner that runs on every
// keystroke as lean as it was.

/** One entry of a container: a member (with its name) or an array item. Offsets end exclusive. */
export interface JsonEntry {
  /** The member's name; undefined for an array item. */
  key?: string;
  /** Where the entry starts: a member's opening quote of its name, an item's first character. */
  start: number;
  valueStart: number;
  valueEnd: number;
}

/** An object or array in the text: its brackets' offsets and its entries in text order. */
export interface JsonContainer {
  kind: 'object' | 'array';
  /** Offset of `{` or `[`, and one past the closing bracket. */
  valueStart: number;
  valueEnd: number;
  entries: JsonEntry[];
}

const WS = ' \t\n\r';

function skipWs(text: string, i: number): number {
  while (i < text.length && WS.includes(text[i] as string)) i++;
  return i;
}

/** One past the end of the string whose opening quote is at `i`. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (c === '\\') j++;
    else if (c === '"') return j + 1;
  }
  return text.length;
}

/** One past the end of the value starting at `i`. */
function valueEnd(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return stringEnd(text, i);
  if (c === '{' || c === '[') {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      const d = text[j];
      if (d === '"') j = stringEnd(text, j) - 1;
      else if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    return text.length;
  }
  // A number or a literal: up to the next separator.
  let j = i;
  while (j < text.length && !',]} \t\n\r'.includes(text[j] as string)) j++;
  return j;
}

/** The container whose bracket is at `at`, with its entries; null when no container starts there. */
export function containerAt(text: string, at: number): JsonContainer | null {
  const open = text[at];
  if (open !== '{' && open !== '[') return null;
  const kind = open === '{' ? 'object' : 'array';
  const entries: JsonEntry[] = [];
  let i = skipWs(text, at + 1);
  const close = kind === 'object' ? '}' : ']';
  while (i < text.length && text[i] !== close) {
    const start = i;
    let key: string | undefined;
    if (kind === 'object') {
      const keyEnd = stringEnd(text, i);
      key = JSON.parse(text.slice(i, keyEnd)) as string;
      i = skipWs(text, skipWs(text, keyEnd) + 1); // past the colon
    }
    const end = valueEnd(text, i);
    entries.push({ ...(key !== undefined && { key }), start, valueStart: i, valueEnd: end });
    i = skipWs(text, end);
    if (text[i] === ',') i = skipWs(text, i + 1);
  }
  return { kind, valueStart: at, valueEnd: i + 1, entries };
}

/**
 * The container at a path from the one at `root` (a member name steps into an object, taking
 * the last of a name written twice, as JSON.parse does; an index into an array), or null where
 * the path leads to no object or array.
 */
export function containerAtPath(
  text: string,
  root: number,
  path: readonly (string | number)[],
): JsonContainer | null {
  let c = containerAt(text, root);
  for (const step of path) {
    if (!c) return null;
    const entry =
      typeof step === 'number'
        ? c.kind === 'array'
          ? c.entries[step]
          : undefined
        : c.kind === 'object'
          ? c.entries.findLast((e) => e.key === step)
          : undefined;
    if (!entry) return null;
    c = containerAt(text, entry.valueStart);
  }
  return c;
}
