// The HTML spec's "prescan a byte stream to determine its encoding" (WHATWG HTML, 13.2.3.2),
// as a browser runs it on the first 1,024 bytes of a page served without a charset in its
// Content-Type (a static host's default). Only what the algorithm needs to find a
// <meta charset> or <meta http-equiv="content-type" content="...charset=..."> is here.

const SPACE = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const LETTER = (b: number | undefined): boolean =>
  b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
const lower = (b: number): number => (b >= 0x41 && b <= 0x5a ? b + 0x20 : b);

/** The bytes from `at` start with `ascii`, compared ASCII case-insensitively. */
function startsWith(bytes: Uint8Array, at: number, ascii: string): boolean {
  for (let k = 0; k < ascii.length; k++) {
    const b = bytes[at + k];
    if (b === undefined || lower(b) !== ascii.charCodeAt(k)) return false;
  }
  return true;
}

/** "Get an attribute": the attribute at `pos` and the position after it, or null at its end. */
function getAttribute(
  bytes: Uint8Array,
  pos: number,
): { name: string; value: string; next: number } | null {
  let p = pos;
  while (p < bytes.length && (SPACE.has(bytes[p]!) || bytes[p] === 0x2f)) p++;
  if (p >= bytes.length || bytes[p] === 0x3e) return null;
  let name = '';
  let value = '';
  // The name: up to "=", a space, "/" or ">".
  for (;;) {
    const b = bytes[p];
    if (b === undefined) return null;
    if (b === 0x3d && name !== '') {
      p++;
      break;
    }
    if (SPACE.has(b)) {
      while (p < bytes.length && SPACE.has(bytes[p]!)) p++;
      if (bytes[p] !== 0x3d) return { name, value: '', next: p };
      p++;
      break;
    }
    if (b === 0x2f || b === 0x3e) return { name, value: '', next: p };
    name += String.fromCharCode(lower(b));
    p++;
  }
  while (p < bytes.length && SPACE.has(bytes[p]!)) p++;
  const b = bytes[p];
  if (b === undefined) return null;
  if (b === 0x22 || b === 0x27) {
    const quote = b;
    p++;
    for (;;) {
      const c = bytes[p];
      if (c === undefined) return null;
      p++;
      if (c === quote) return { name, value, next: p };
      value += String.fromCharCode(lower(c));
    }
  }
  if (b === 0x3e) return { name, value: '', next: p };
  for (;;) {
    const c = bytes[p];
    if (c === undefined) return null;
    if (SPACE.has(c) || c === 0x3e) return { name, value, next: p };
    value += String.fromCharCode(lower(c));
    p++;
  }
}

/** "Extracting a character encoding from a meta element"'s content attribute. */
function charsetInContent(content: string): string | null {
  const m = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;]+))/i.exec(content);
  return m ? (m[1] ?? m[2] ?? m[3] ?? null) : null;
}

/**
 * The encoding label the prescan finds in the first 1,024 bytes, lowercased, or null when it
 * finds none there (the browser then guesses, and UTF-8 text may show as mojibake).
 */
export function prescanEncoding(page: Uint8Array): string | null {
  const bytes = page.subarray(0, 1024);
  let p = 0;
  while (p < bytes.length) {
    if (startsWith(bytes, p, '<!--')) {
      const end = findSequence(bytes, p + 2, '-->');
      if (end < 0) return null;
      p = end + 3;
      continue;
    }
    if (startsWith(bytes, p, '<meta') && (SPACE.has(bytes[p + 5]!) || bytes[p + 5] === 0x2f)) {
      p += 6;
      const seen = new Set<string>();
      let gotPragma = false;
      let needPragma: boolean | null = null;
      let charset: string | null = null;
      for (;;) {
        const attr = getAttribute(bytes, p);
        if (attr === null) break;
        p = attr.next;
        if (seen.has(attr.name)) continue;
        seen.add(attr.name);
        if (attr.name === 'http-equiv' && attr.value === 'content-type') gotPragma = true;
        else if (attr.name === 'content' && charset === null) {
          const c = charsetInContent(attr.value);
          if (c !== null) {
            charset = c;
            needPragma = true;
          }
        } else if (attr.name === 'charset') {
          charset = attr.value;
          needPragma = false;
        }
      }
      if (needPragma !== null && charset !== null && (!needPragma || gotPragma)) {
        const label = charset.trim();
        return label.startsWith('utf-16') ? 'utf-8' : label;
      }
      continue;
    }
    if (
      bytes[p] === 0x3c &&
      (LETTER(bytes[p + 1]) || (bytes[p + 1] === 0x2f && LETTER(bytes[p + 2])))
    ) {
      while (p < bytes.length && !SPACE.has(bytes[p]!) && bytes[p] !== 0x3e) p++;
      for (;;) {
        const attr = getAttribute(bytes, p);
        if (attr === null) break;
        p = attr.next;
      }
      p++;
      continue;
    }
    if (startsWith(bytes, p, '<!') || startsWith(bytes, p, '</') || startsWith(bytes, p, '<?')) {
      const end = bytes.indexOf(0x3e, p);
      if (end < 0) return null;
      p = end + 1;
      continue;
    }
    p++;
  }
  return null;
}

function findSequence(bytes: Uint8Array, from: number, ascii: string): number {
  for (let p = from; p < bytes.length; p++) if (startsWith(bytes, p, ascii)) return p;
  return -1;
}
