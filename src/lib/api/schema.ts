// The JSON Schema (draft-07) Monaco's JSON language uses for completion, hover docs and
// squiggles, derived from an EndpointDescription. Unknown names are allowed on purpose: they are
// warnings from validateBody (kept and sent), not schema errors.
import type { EndpointDescription, FieldDescription } from './types';
import { MAX_UINT32 } from '../json/value';
import { schemaUri } from './schema-uri';
import { conditionText } from './field-rules';
import { fieldDefault } from './body-defaults';

/** A JSON Schema node, as far as this file writes one. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  /** Monaco shows this on hover instead of `description` when present. */
  markdownDescription?: string;
  type?: 'object' | 'string' | 'integer' | 'array';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  enum?: (string | number)[];
  const?: string | number;
  default?: unknown;
  examples?: unknown[];
  /** Draft-07 conditionals: requiredWhen becomes `{ if: Type is 1, then: To_Account required }`. */
  allOf?: JsonSchema[];
  if?: JsonSchema;
  then?: JsonSchema;
  /** multiaccount_import's body forms: exactly one of these holds. */
  oneOf?: JsonSchema[];
}

export { schemaUri };

/** The endpoint's request body as a draft-07 JSON Schema with hover docs. */
export function toJsonSchema(desc: EndpointDescription): JsonSchema {
  const body = objectSchema(desc.fields);
  if (desc.exactlyOneOf) {
    // multiaccount_import: one of its two body forms.
    body.oneOf = desc.exactlyOneOf.map((name) => ({ required: [name] }));
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: schemaUri(desc),
    title: `${desc.title} (${desc.path})`,
    description: desc.summary,
    ...body,
  };
}

/** An object of these fields: properties, required names and the conditional ones. */
function objectSchema(fields: readonly FieldDescription[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const f of fields) properties[f.name] = fieldSchema(f);
  // One if/then per conditionally required field; Monaco's JSON service reads draft-07's.
  const conditionals = fields.flatMap((f): JsonSchema[] =>
    f.requiredWhen
      ? [
          {
            if: {
              properties: { [f.requiredWhen.field]: { const: f.requiredWhen.equals } },
              required: [f.requiredWhen.field],
            },
            then: { required: [f.name] },
          },
        ]
      : [],
  );
  return {
    type: 'object',
    properties,
    required: fields.filter((f) => f.required).map((f) => f.name),
    additionalProperties: true,
    ...(conditionals.length > 0 && { allOf: conditionals }),
  };
}

function fieldSchema(f: FieldDescription): JsonSchema {
  const s: JsonSchema = {
    description: plainDescription(f),
    markdownDescription: markdownDescription(f),
    default: fieldDefault(f),
  };
  switch (f.type) {
    case 'string':
      s.type = 'string';
      if (f.nonEmpty) s.minLength = 1;
      break;
    case 'uint32':
      s.type = 'integer';
      s.minimum = f.minimum ?? 0;
      s.maximum = f.maximum ?? MAX_UINT32;
      break;
    case 'integer':
      s.type = 'integer';
      if (f.minimum !== undefined) s.minimum = f.minimum;
      if (f.maximum !== undefined) s.maximum = f.maximum;
      break;
    case 'string[]':
      s.type = 'array';
      s.items = { type: 'string' };
      break;
    case 'integer[]': {
      s.type = 'array';
      const items: JsonSchema = { type: 'integer' };
      if (f.minimum !== undefined) items.minimum = f.minimum;
      if (f.maximum !== undefined) items.maximum = f.maximum;
      s.items = items;
      break;
    }
    case 'object':
      Object.assign(s, objectSchema(f.fields ?? []));
      break;
    case 'object[]':
      s.type = 'array';
      s.items = objectSchema(f.fields ?? []);
      break;
  }
  if (f.type.endsWith('[]')) {
    const least = f.minItems ?? (f.nonEmpty ? 1 : undefined);
    if (least !== undefined) s.minItems = least;
    if (f.maxItems !== undefined) s.maxItems = f.maxItems;
  }
  if (f.enum) s.enum = [...f.enum];
  return s;
}

function plainDescription(f: FieldDescription): string {
  return [f.description, ...extraNotes(f)].join('\n');
}

function markdownDescription(f: FieldDescription): string {
  const need = f.requiredWhen
    ? ` · required when ${conditionText(f.requiredWhen)}`
    : f.required
      ? ' · required'
      : '';
  const head = `**${f.name}** · ${typeLabel(f)}${need}`;
  // "Bit N: …" lines (AssistFlags) become a list with each bit's value, so a person adding
  // bits up need not compute powers of two.
  const body = f.description
    .split('\n')
    .map((line) => {
      const bit = /^Bit (\d+): (.*)$/.exec(line);
      if (!bit?.[1]) return line;
      return `- Bit ${bit[1]} (value ${2 ** Number(bit[1])}): ${bit[2] ?? ''}`;
    })
    .join('\n');
  const notes = extraNotes(f)
    .map((n) => `\n\n${n}`)
    .join('');
  return `${head}\n\n${body.replace(/:\n- /, ':\n\n- ')}${notes}\n\nDefault: \`${JSON.stringify(fieldDefault(f))}\``;
}

function extraNotes(f: FieldDescription): string[] {
  const notes: string[] = [];
  if (f.cursorFrom) {
    notes.push(`Next page: copy the response's ${f.cursorFrom} here unchanged.`);
  }
  if (f.requiredWhen) {
    notes.push(
      `Required when ${conditionText(f.requiredWhen)}; leave it out otherwise. The name is case-sensitive: ${f.name}.`,
    );
  }
  if (f.type === 'string' && f.nonEmpty) notes.push('Must not be empty.');
  if (f.maxBytes !== undefined) {
    notes.push(
      f.warnBytes !== undefined
        ? `At most ${f.maxBytes} bytes in UTF-8 on the newest page; ${f.warnBytes} on the older pages and in the error table (the sandbox enforces ${f.warnBytes}).`
        : `At most ${f.maxBytes} bytes in UTF-8.`,
    );
  }
  return notes;
}

function typeLabel(f: FieldDescription): string {
  if (f.type === 'uint32') return `integer, 0 to ${MAX_UINT32}`;
  const most = f.maxItems ? `, at most ${f.maxItems}` : '';
  if (f.type === 'string[]') return `array of strings${most}`;
  if (f.type === 'integer[]') return `array of integers${most}`;
  if (f.type === 'object[]') return `array of objects${most}`;
  return f.type;
}
