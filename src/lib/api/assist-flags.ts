// get_list's AssistFlags is a bit mask (chat-rest-facts.md, "get_list semantics"). The get_list
// page documents bits 0 to 2; newer pages send 15 and 63 and leave bits 3 to 5 unexplained.
// A debugger must show every bit and drop none, so all arithmetic here is uint32 (`>>> 0`):
// JavaScript's bit operators are signed, and 1 << 31 is negative without it.
import { msg, type Text } from '../i18n/message';
import { isUint32 } from '../json/value';

/** A documented AssistFlags bit, with the get_list page's words for it. */
export interface AssistFlagBit {
  bit: number;
  /** The value the bit adds to AssistFlags: 1 << bit. */
  mask: number;
  label: Text;
  /** The documentation page's description of the bit, verbatim (a `fields` message). */
  doc: Text;
}

/** The bits the get_list page documents ("Bit 0: …", "Bit 1: …", "Bit 2: …"). */
export const ASSIST_FLAG_BITS: readonly AssistFlagBit[] = [
  { bit: 0, mask: 1, label: msg('fields.bit.0.label'), doc: msg('fields.bit.0.doc') },
  { bit: 1, mask: 2, label: msg('fields.bit.1.label'), doc: msg('fields.bit.1.doc') },
  { bit: 2, mask: 4, label: msg('fields.bit.2.label'), doc: msg('fields.bit.2.doc') },
];

/** The highest documented bit; bits above it are kept and shown but never explained. */
export const LAST_DOCUMENTED_BIT = 2;

/** A value some documentation page recommends, with which page says so. */
export interface AssistFlagsPreset {
  value: number;
  label: Text;
  note: Text;
}

/** The values Tencent's pages recommend, oldest first (chat-rest-facts.md). */
export const ASSIST_FLAGS_PRESETS: readonly AssistFlagsPreset[] = [
  // The get_list page's sample request and the older pages: the three documented bits.
  { value: 7, label: msg('fields.preset.7.label'), note: msg('fields.preset.7.note') },
  // The current Chinese page (cloud.tencent.com/document/product/269/62118): "填固定值 15".
  { value: 15, label: msg('fields.preset.15.label'), note: msg('fields.preset.15.note') },
  // The newest English page and trtc.io/zh/document/43087: 63, with StandardMark, CustomMark
  // and ContactGroupId on each item.
  { value: 63, label: msg('fields.preset.63.label'), note: msg('fields.preset.63.note') },
];

/** The 32 bits of a uint32, bit 0 first. */
export function bitsOf(value: number): boolean[] {
  assertUint32(value);
  return Array.from({ length: 32 }, (_, bit) => isBitSet(value, bit));
}

/** Whether one bit (0 to 31) of a uint32 is set. */
export function isBitSet(value: number, bit: number): boolean {
  assertUint32(value);
  assertBit(bit);
  return ((value >>> bit) & 1) === 1;
}

/** The uint32 with one bit set or cleared; bit 31 included. */
export function setBit(value: number, bit: number, on: boolean): number {
  assertUint32(value);
  assertBit(bit);
  const mask = (1 << bit) >>> 0;
  return on ? (value | mask) >>> 0 : (value & ~mask) >>> 0;
}

/** The set bits above the documented ones (3 to 31), lowest first: shown, never dropped. */
export function undocumentedBits(value: number): number[] {
  return setBits(value).filter((b) => b > LAST_DOCUMENTED_BIT);
}

/** The preset a value equals, if any. */
export function presetOf(value: number): AssistFlagsPreset | null {
  return ASSIST_FLAGS_PRESETS.find((p) => p.value === value) ?? null;
}

function setBits(value: number): number[] {
  assertUint32(value);
  const out: number[] = [];
  for (let bit = 0; bit < 32; bit++) if (((value >>> bit) & 1) === 1) out.push(bit);
  return out;
}

// Programmer errors: callers check the body (validateBody) before treating AssistFlags as bits.
export function assertUint32(value: number): void {
  if (!isUint32(value)) throw new RangeError(`not a uint32: ${value}`);
}

function assertBit(bit: number): void {
  if (!Number.isInteger(bit) || bit < 0 || bit > 31)
    throw new RangeError(`not a bit index: ${bit}`);
}
