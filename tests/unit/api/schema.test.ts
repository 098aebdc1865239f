// The editor's JSON Schema, derived from the description.
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/texts';
import { GET_LIST } from '../../../src/lib/api/endpoints/get-list';
import { schemaUri, toJsonSchema } from '../../../src/lib/api/schema';

describe('toJsonSchema(GET_LIST)', () => {
  const schema = toJsonSchema(GET_LIST, en);
  const prop = (n: string) => schema.properties?.[n];

  it('is a draft-07 object schema requiring the six fields and allowing others', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe(schemaUri(GET_LIST));
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(GET_LIST.fields.map((f) => f.name));
    // Unknown names are our validator's warnings, not squiggles.
    expect(schema.additionalProperties).toBe(true);
    expect(Object.keys(schema.properties ?? {})).toEqual(GET_LIST.fields.map((f) => f.name));
  });

  it('makes From_Account a non-empty string', () => {
    expect(prop('From_Account')).toMatchObject({ type: 'string', minLength: 1, default: '' });
  });

  it('makes the cursors and AssistFlags uint32 integers with their defaults', () => {
    for (const f of GET_LIST.fields.filter((x) => x.type === 'uint32')) {
      expect(prop(f.name)).toMatchObject({
        type: 'integer',
        minimum: 0,
        maximum: 4294967295,
        default: f.default,
      });
    }
  });

  it('carries the page’s words in description and markdownDescription (hover)', () => {
    for (const f of GET_LIST.fields) {
      expect(prop(f.name)?.description?.startsWith(en(f.description))).toBe(true);
      expect(prop(f.name)?.markdownDescription).toContain(`**${f.name}**`);
      expect(prop(f.name)?.markdownDescription).toContain('required');
    }
    expect(prop('TopTimeStamp')?.markdownDescription).toContain("copy the response's TopTimeStamp");
  });

  it('explains each AssistFlags bit with its value', () => {
    const s = prop('AssistFlags');
    expect(s?.description).toContain('Bit 0: Whether to support pinned conversations');
    expect(s?.description).toContain('Bit 2: Whether to support paginating pinned conversations');
    expect(s?.markdownDescription).toContain(
      '- Bit 0 (value 1): Whether to support pinned conversations',
    );
    expect(s?.markdownDescription).toContain(
      '- Bit 1 (value 2): Whether to return an empty conversation',
    );
    expect(s?.markdownDescription).toContain(
      '- Bit 2 (value 4): Whether to support paginating pinned conversations',
    );
    expect(s?.markdownDescription).toContain('Default: `7`');
  });

  it('is plain JSON (it survives a round trip, as Monaco receives it)', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});
