// Checks on JSON values that every domain needs (the request builder, the sandbox, share links,
// the inspector), written once so the judges agree: the uint32 range of Chat REST's cursors,
// AssistFlags, SDKAppID and `random`, and what counts as a JSON object.

/** The largest uint32 (2^32 - 1): the top of the cursors', AssistFlags', SDKAppID's and random's range. */
export const MAX_UINT32 = 4294967295;

/** Whether a value is a JSON object (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a value is a uint32: a whole number from 0 to 4294967295. */
export function isUint32(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_UINT32;
}

/** Whether text is a uint32 in plain decimal digits (a URL's `sdkappid`, `random`): no sign, no spaces. */
export function isUint32Text(text: string): boolean {
  return /^\d{1,10}$/.test(text) && Number(text) <= MAX_UINT32;
}
