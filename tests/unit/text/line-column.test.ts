// lineColumnOf: offsets as a person counts lines and columns.
import { describe, expect, it } from 'vitest';
import { lineColumnOf } from '../../../src/lib/text/line-column';

describe('lineColumnOf', () => {
  it('counts \\n, \\r\\n and a lone \\r as one line break each', () => {
    const text = 'a\nb\r\nc\rd';
    expect(lineColumnOf(text, text.indexOf('b'))).toEqual({ line: 2, column: 1 });
    expect(lineColumnOf(text, text.indexOf('c'))).toEqual({ line: 3, column: 1 });
    expect(lineColumnOf(text, text.indexOf('d'))).toEqual({ line: 4, column: 1 });
    expect(lineColumnOf(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnOf(text, text.length)).toEqual({ line: 4, column: 2 });
  });
});
