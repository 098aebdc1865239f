// Which form widget a field gets beyond a plain input. The endpoint's module says so (its
// `widgets`), so the form stays generic: a component asks, it does not know field names.
import type { AssistFlagBit, AssistFlagsPreset } from './assist-flags';
import type { EndpointDescription, FieldDescription } from './types';

/** A bit-mask field: its documented bits and its presets. */
export interface BitmaskWidget {
  kind: 'bitmask';
  bits: readonly AssistFlagBit[];
  presets: readonly AssistFlagsPreset[];
}

/** The bit-mask widget for a field, or null when the field is a plain input. */
export function bitmaskFor(
  desc: EndpointDescription,
  field: FieldDescription,
): BitmaskWidget | null {
  return desc.widgets?.[field.name] ?? null;
}
