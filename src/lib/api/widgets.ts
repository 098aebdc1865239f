// Which form widget a field gets beyond a plain input. Kept as data beside the descriptions so
// the form stays generic: a component asks, it does not know field names.
import {
  ASSIST_FLAGS_PRESETS,
  ASSIST_FLAG_BITS,
  type AssistFlagBit,
  type AssistFlagsPreset,
} from './assist-flags';
import type { EndpointDescription, FieldDescription } from './types';

/** A bit-mask field: its documented bits and its presets. */
export interface BitmaskWidget {
  kind: 'bitmask';
  bits: readonly AssistFlagBit[];
  presets: readonly AssistFlagsPreset[];
}

const BITMASKS: Readonly<Record<string, Readonly<Record<string, BitmaskWidget>>>> = {
  get_list: {
    AssistFlags: { kind: 'bitmask', bits: ASSIST_FLAG_BITS, presets: ASSIST_FLAGS_PRESETS },
  },
};

/** The bit-mask widget for a field, or null when the field is a plain input. */
export function bitmaskFor(
  desc: EndpointDescription,
  field: FieldDescription,
): BitmaskWidget | null {
  return BITMASKS[desc.id]?.[field.name] ?? null;
}
