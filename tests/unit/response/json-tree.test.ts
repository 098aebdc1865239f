// The folding JSON view's model: children made on demand, long arrays in ranges of 100.
import { describe, expect, it } from 'vitest';
import {
  MAX_LEAF_CHARS,
  brackets,
  childNodes,
  leafText,
  opens,
  rootNode,
  smallDocument,
} from '../../../src/lib/response/json-tree';

describe('the JSON tree', () => {
  it('an object’s members and an array’s elements, labelled as JSON writes them', () => {
    const root = rootNode({ ActionStatus: 'OK', 'a"b': [1, 2] });
    expect(childNodes(root).map((n) => [n.label, leafText(n.value)])).toEqual([
      ['"ActionStatus"', '"OK"'],
      ['"a\\"b"', '[1,2]'],
    ]);
    const arr = childNodes(root)[1];
    expect(arr && childNodes(arr).map((n) => n.label)).toEqual(['0', '1']);
    expect(arr && brackets(arr)).toEqual({ open: '[', close: ']', folded: '2 items' });
    expect(brackets(root)).toEqual({ open: '{', close: '}', folded: '2 fields' });
    expect(opens(rootNode([]))).toBe(false);
    expect(opens(rootNode(5))).toBe(false);
  });

  it('a 100,000-item array opens onto 10 ranges of 10,000, then 100 of 100, then 100 items', () => {
    const big = Array.from({ length: 100_000 }, (_, i) => i);
    const ranges = childNodes(rootNode(big));
    expect(ranges.map((r) => r.range)).toEqual(
      Array.from({ length: 10 }, (_, i) => [10_000 * i, 10_000 * i + 9_999]),
    );
    const hundreds = ranges[9] ? childNodes(ranges[9]) : [];
    expect(hundreds).toHaveLength(100);
    expect(hundreds[1]?.range).toEqual([90_100, 90_199]);
    const leaves = hundreds[1] ? childNodes(hundreds[1]) : [];
    expect(leaves).toHaveLength(100);
    expect(leaves[0]?.label).toBe('90100');
    expect(leaves[13]?.value).toBe(90_113);
    expect(ranges[0] && brackets(ranges[0]).folded).toBe('10,000 items');
  });

  it('a short tail range, and an object with over 100 members, range too', () => {
    const ranges = childNodes(rootNode(Array.from({ length: 250 }, () => 0)));
    expect(ranges.map((r) => r.range)).toEqual([
      [0, 99],
      [100, 199],
      [200, 249],
    ]);
    const wide = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`k${i}`, i]));
    const parts = childNodes(rootNode(wide));
    expect(parts.map((r) => r.range)).toEqual([
      [0, 99],
      [100, 149],
    ]);
    expect(parts[1] && childNodes(parts[1])[0]).toMatchObject({ label: '"k100"', value: 100 });
  });

  it('cuts a long string on screen, saying how much is left out', () => {
    const text = leafText('x'.repeat(MAX_LEAF_CHARS + 500));
    expect(text.startsWith(`"${'x'.repeat(MAX_LEAF_CHARS - 1)}…`)).toBe(true);
    expect(text.endsWith('(502 more characters)')).toBe(true);
    expect(leafText(null)).toBe('null');
  });

  it('a small document opens all the way; a large one does not, found without walking it all', () => {
    expect(smallDocument({ a: [1, 2, { b: 3 }] })).toBe(true);
    expect(
      smallDocument(
        Array.from({ length: 5000 }, () => ({ a: 1 })),
        3000,
      ),
    ).toBe(false);
  });
});
