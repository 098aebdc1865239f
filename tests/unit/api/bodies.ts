// Bodies the body tests share: get_list's good body, its fields by name, and a made-up endpoint
// that uses the field types get_list does not (signed integer, string array, enumerations).
import { GET_LIST } from '../../../src/lib/api/endpoints/get-list';
import { defaultBody } from '../../../src/lib/api/body-defaults';
import type { EndpointDescription, FieldDescription } from '../../../src/lib/api/types';

export const CURSORS = ['TimeStamp', 'StartIndex', 'TopTimeStamp', 'TopStartIndex'] as const;
export const UINT32_FIELDS = [...CURSORS, 'AssistFlags'] as const;
export const good = (): Record<string, unknown> => ({
  ...defaultBody(GET_LIST),
  From_Account: 'id1',
});
export const field = (name: string): FieldDescription => {
  const f = GET_LIST.fields.find((x) => x.name === name);
  if (!f) throw new Error(name);
  return f;
};

/** A second, made-up endpoint: the other field types, so the generic code is exercised. */
export const OTHER: EndpointDescription = {
  id: 'other',
  path: 'v4/test/other',
  title: 'Other',
  summary: 'A test endpoint.',
  fields: [
    {
      name: 'Peer_Account',
      type: 'string[]',
      required: true,
      default: [],
      maxItems: 3,
      description: 'Peers',
    },
    { name: 'Type', type: 'uint32', required: true, default: 1, enum: [1, 2], description: 'Type' },
    { name: 'Delta', type: 'integer', required: false, default: 0, description: 'Delta' },
    {
      name: 'Mode',
      type: 'string',
      required: false,
      default: 'a',
      enum: ['a', 'b'],
      description: 'Mode',
    },
  ],
  errors: [],
};
