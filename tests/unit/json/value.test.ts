// The shared value checks: one uint32 range and one JSON object test for every domain.
import { describe, expect, it } from 'vitest';
import { isPlainObject, isUint32, isUint32Text, MAX_UINT32 } from '../../../src/lib/json/value';

describe('isUint32 and isUint32Text', () => {
  it('is 2^32 - 1 at the top', () => {
    expect(MAX_UINT32).toBe(2 ** 32 - 1);
  });

  it.each([0, 1, 7, 2 ** 31, MAX_UINT32])('takes %d', (n) => {
    expect(isUint32(n)).toBe(true);
    expect(isUint32Text(String(n))).toBe(true);
  });

  it.each([-1, -0.5, 0.5, MAX_UINT32 + 1, 2 ** 53, NaN, Infinity])('refuses %d', (n) => {
    expect(isUint32(n)).toBe(false);
  });

  it('refuses what is not a number, and text that is not plain digits', () => {
    for (const v of ['7', null, undefined, [7], { n: 7 }, true, 7n])
      expect(isUint32(v)).toBe(false);
    for (const t of [
      '',
      ' 7',
      '7 ',
      '+7',
      '-0',
      '1e3',
      '0x10',
      '4294967296',
      '00000000001',
      '７',
    ]) {
      expect(isUint32Text(t), t).toBe(false);
    }
    // Leading zeros are digits too, up to ten of them in all.
    expect(isUint32Text('0001')).toBe(true);
  });
});

describe('isPlainObject', () => {
  it('is true only for objects that are not arrays or null', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject(JSON.parse('{"__proto__": 1}'))).toBe(true);
    for (const v of [null, [], 'x', 1, true, undefined]) expect(isPlainObject(v)).toBe(false);
  });
});
