// AssistFlags as bits: uint32-safe arithmetic, nothing dropped, and the advice a careful reader of
// chat-rest-facts.md would give.
import { describe, expect, it } from 'vitest';
import {
  ASSIST_FLAG_BITS as ASSIST_FLAG_BITSRaw,
  ASSIST_FLAGS_PRESETS as ASSIST_FLAGS_PRESETSRaw,
  bitsOf,
  isBitSet,
  presetOf,
  setBit,
  undocumentedBits,
} from '../../../src/lib/api/assist-flags';
import { assistFlagsWarnings as assistFlagsWarningsRaw } from '../../../src/lib/api/endpoints/get-list.advice';
import { GET_LIST } from '../../../src/lib/api/endpoints/get-list';
import { rng } from '../usersig/helpers';
import { en, english, inEnglish } from '../i18n/texts';

// Lib code returns messages; these assert the English a person reads.
const assistFlagsWarnings = inEnglish(assistFlagsWarningsRaw);
const ASSIST_FLAG_BITS = english(ASSIST_FLAG_BITSRaw);
const ASSIST_FLAGS_PRESETS = english(ASSIST_FLAGS_PRESETSRaw);

const codes = (v: number) => assistFlagsWarnings(v).map((w) => w.code);

describe('bits', () => {
  it('documents bits 0 to 2 with the page’s words', () => {
    const desc = en(GET_LIST.fields.find((f) => f.name === 'AssistFlags')?.description ?? '');
    expect(ASSIST_FLAG_BITS.map((b) => b.bit)).toEqual([0, 1, 2]);
    for (const b of ASSIST_FLAG_BITS) {
      expect(b.mask).toBe(2 ** b.bit);
      expect(desc).toContain(`Bit ${b.bit}: ${b.doc}`);
    }
    expect(ASSIST_FLAG_BITS.map((b) => b.label)).toEqual([
      'Pinned conversations',
      'Empty conversations',
      'Paginate pinned conversations',
    ]);
  });

  it.each(Array.from({ length: 32 }, (_, b) => [b]))(
    'sets, reads and clears bit %i alone',
    (bit) => {
      const v = setBit(0, bit, true);
      // 2 ** bit is exact for every bit up to 31, so it is the independent answer.
      expect(v).toBe(2 ** bit);
      expect(isBitSet(v, bit)).toBe(true);
      expect(bitsOf(v).flatMap((on, i) => (on ? [i] : []))).toEqual([bit]);
      expect(setBit(v, bit, false)).toBe(0);
      // Clearing it from all ones leaves every other bit.
      expect(setBit(0xffffffff, bit, false)).toBe(2 ** 32 - 1 - 2 ** bit);
      expect(setBit(0xffffffff, bit, true)).toBe(0xffffffff);
    },
  );

  it('keeps results unsigned and rebuilds any value from its bits', () => {
    const next = rng(3);
    for (let n = 0; n < 2000; n++) {
      const v = Math.floor(next() * 2 ** 32);
      const bits = bitsOf(v);
      expect(bits).toHaveLength(32);
      const rebuilt = bits.reduce((acc, on, i) => setBit(acc, i, on), 0);
      expect(rebuilt).toBe(v);
      // Toggling one bit changes the value by exactly its power of two.
      const bit = Math.floor(next() * 32);
      const flipped = setBit(v, bit, !bits[bit]);
      expect(Math.abs(flipped - v)).toBe(2 ** bit);
      expect(flipped).toBeGreaterThanOrEqual(0);
    }
  });

  it('lists undocumented set bits and never drops them', () => {
    expect(undocumentedBits(7)).toEqual([]);
    expect(undocumentedBits(15)).toEqual([3]);
    expect(undocumentedBits(63)).toEqual([3, 4, 5]);
    expect(undocumentedBits(2 ** 31 + 8 + 1)).toEqual([3, 31]);
    // Toggling a documented bit keeps the undocumented ones.
    expect(setBit(63, 1, false)).toBe(61);
    expect(undocumentedBits(setBit(2 ** 31 + 63, 0, false))).toEqual([3, 4, 5, 31]);
  });

  it('throws on programmer errors (not a uint32, not a bit index)', () => {
    expect(() => bitsOf(-1)).toThrow(RangeError);
    expect(() => bitsOf(2 ** 32)).toThrow(RangeError);
    expect(() => setBit(1.5, 0, true)).toThrow(RangeError);
    expect(() => setBit(0, 32, true)).toThrow(RangeError);
    expect(() => isBitSet(0, -1)).toThrow(RangeError);
  });
});

describe('presets', () => {
  it('are 7, 15 and 63, each naming the page that recommends it', () => {
    expect(ASSIST_FLAGS_PRESETS.map((p) => p.value)).toEqual([7, 15, 63]);
    expect(ASSIST_FLAGS_PRESETS[0]?.note).toMatch(/get_list page.*older pages/);
    expect(ASSIST_FLAGS_PRESETS[1]?.note).toMatch(/Chinese page.*fixed value/);
    expect(ASSIST_FLAGS_PRESETS[2]?.note).toMatch(
      /newest English page.*StandardMark, CustomMark and ContactGroupId/,
    );
    expect(presetOf(15)?.value).toBe(15);
    expect(presetOf(31)).toBeNull();
  });

  it('each contains the documented bits 0 to 2, as every page sends them', () => {
    for (const p of ASSIST_FLAGS_PRESETS) expect(p.value & 7).toBe(7);
  });

  it('draw no warning', () => {
    for (const p of ASSIST_FLAGS_PRESETS) expect(assistFlagsWarnings(p.value)).toEqual([]);
  });
});

describe('assistFlagsWarnings', () => {
  it('0: everything off, probably "bit 0" sent as a value (the Java SDK mistake)', () => {
    expect(codes(0)).toEqual(['zero']);
    expect(assistFlagsWarnings(0)[0]?.message).toMatch(/its value is 1.*Java SDK/);
  });

  it('1 and 2: possibly bit numbers sent as values', () => {
    expect(codes(1)).toEqual(['bit-index']);
    expect(assistFlagsWarnings(1)[0]?.message).toMatch(
      /bit 1 \(empty conversations\), its value is 2/,
    );
    // 2 also lacks bit 0.
    expect(codes(2)).toEqual(['bit-index', 'no-pinned']);
    expect(assistFlagsWarnings(2)[0]?.message).toMatch(
      /bit 2 \(paginate pinned conversations\), its value is 4/,
    );
  });

  it('warns when bit 0 is off: pinned conversations are not returned separately', () => {
    expect(codes(6)).toEqual(['no-pinned', 'paginate-without-pinned']);
    expect(assistFlagsWarnings(6)[0]?.message).toMatch(/not returned separately/);
    expect(codes(4)).toEqual(['no-pinned', 'paginate-without-pinned']);
    expect(codes(3)).toEqual([]);
    expect(codes(5)).toEqual([]);
  });

  it('notes bits 3 to 5 outside the presets, and bits above 5 that no page mentions', () => {
    expect(codes(31)).toEqual(['newer-bits']);
    expect(assistFlagsWarnings(31)[0]?.message).toMatch(/^Bits 3, 4 \(values 8, 16\) are set/);
    expect(codes(7 + 64)).toEqual(['undocumented-bits']);
    expect(assistFlagsWarnings(7 + 64)[0]?.message).toMatch(/^Bit 6 \(value 64\) is set.*50002/);
    expect(codes(2 ** 31 + 63)).toEqual(['undocumented-bits']);
    expect(assistFlagsWarnings(2 ** 31 + 63)[0]?.message).toContain('2147483648');
    expect(codes(0xffffffff)).toEqual(['undocumented-bits']);
  });
});
