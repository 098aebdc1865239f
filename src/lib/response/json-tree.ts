// The raw JSON view as a folding tree: a node's children are made only when it is opened, and a
// long array or object opens onto ranges of at most 100 children (as browsers' developer tools
// do), so a 100,000-item answer shows a root and ten range lines, never 800,000 lines of
// text. Every text here is plain: the view never renders anything from an answer as HTML.
import { isPlainObject } from '../json/value';

/** Children per level at most: more are grouped into ranges of 100, 10,000, … */
export const RANGE_SIZE = 100;

/** A string leaf is cut to this many characters on screen (the export and copy keep it all). */
export const MAX_LEAF_CHARS = 2000;

/** One line of the tree: a member or element, or a range of them. */
export interface JsonNode {
  /** `"name"` for an object's member, the index for an array's element, null for the root or a range. */
  label: string | null;
  /** The range's first and last index (inclusive); null for a member or element. */
  range: [number, number] | null;
  /** The value shown (for a range, the object or array it is a part of). */
  value: unknown;
}

/** The node for a whole document. */
export function rootNode(value: unknown): JsonNode {
  return { label: null, range: null, value };
}

function entriesOf(value: unknown): [string, unknown][] | null {
  if (Array.isArray(value)) return value.map((v, i) => [String(i), v]);
  if (isPlainObject(value)) return Object.entries(value).map(([k, v]) => [JSON.stringify(k), v]);
  return null;
}

function sizeOf(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (isPlainObject(value)) return Object.keys(value).length;
  return 0;
}

/** Whether a node opens: an object or array with something in it, or a range. */
export function opens(node: JsonNode): boolean {
  return node.range !== null || sizeOf(node.value) > 0;
}

/** The span a range of `count` children is split into: the least power of 100 that needs at most 100 parts. */
function spanFor(count: number): number {
  let span = 1;
  while (Math.ceil(count / span) > RANGE_SIZE) span *= RANGE_SIZE;
  return span;
}

/** The lines under a node: its members or elements, or ranges of them when there are over 100. */
export function childNodes(node: JsonNode): JsonNode[] {
  const [from, to] = node.range ?? [0, sizeOf(node.value) - 1];
  const count = to - from + 1;
  if (count <= 0) return [];
  const span = spanFor(count);
  if (span > 1) {
    const out: JsonNode[] = [];
    for (let start = from; start <= to; start += span) {
      out.push({ label: null, range: [start, Math.min(to, start + span - 1)], value: node.value });
    }
    return out;
  }
  // Only the children in the range are read: an object's keys once, an array's by index.
  if (Array.isArray(node.value)) {
    const out: JsonNode[] = [];
    for (let i = from; i <= to; i++)
      out.push({ label: String(i), range: null, value: node.value[i] });
    return out;
  }
  const entries = entriesOf(node.value) ?? [];
  return entries.slice(from, to + 1).map(([label, value]) => ({ label, range: null, value }));
}

/** A leaf's text: its JSON, a long string cut with the number of characters left out. */
export function leafText(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  if (text.length <= MAX_LEAF_CHARS) return text;
  return `${text.slice(0, MAX_LEAF_CHARS)}… (${(text.length - MAX_LEAF_CHARS).toLocaleString('en-US')} more characters)`;
}

/** The brackets of an opening node, and what a folded one holds: `[`, `]`, "3 items". */
export function brackets(node: JsonNode): { open: string; close: string; folded: string } {
  const array = Array.isArray(node.value);
  if (node.range) {
    const [a, b] = node.range;
    return {
      open: `[${a} … ${b}]`,
      close: '',
      folded: `${(b - a + 1).toLocaleString('en-US')} ${array ? 'items' : 'fields'}`,
    };
  }
  const n = sizeOf(node.value);
  return array
    ? { open: '[', close: ']', folded: `${n.toLocaleString('en-US')} item${n === 1 ? '' : 's'}` }
    : { open: '{', close: '}', folded: `${n.toLocaleString('en-US')} field${n === 1 ? '' : 's'}` };
}

/**
 * Whether a document is small enough to show opened all the way (as pretty-printed text
 * would): at most `limit` values in it. Counting stops as soon as it passes the limit.
 */
export function smallDocument(value: unknown, limit = 3000): boolean {
  let seen = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (++seen > limit) return false;
    if (Array.isArray(v)) for (const x of v) stack.push(x);
    else if (isPlainObject(v)) for (const x of Object.values(v)) stack.push(x);
    if (stack.length > limit) return false;
  }
  return true;
}
