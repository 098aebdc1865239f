// The JSON Schema (draft-07) Monaco's JSON language uses for completion, hover docs and
// squiggles, derived from an EndpointDescription. Unknown names are allowed on purpose: they are
// warnings from validateBody (kept and sent), not schema errors.
import { msg, type Text } from '../i18n/message';
import type { EndpointDescription, FieldDescription } from './types';
import { MAX_UINT32 } from '../json/value';
import { schemaUri } from './schema-uri';
import { conditionParts } from './field-rules';
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

/** Renders a text in the page's language (I18n.t): the hover docs speak it. */
export type RenderText = (text: Text) => string;

/**
 * The endpoint's request body as a draft-07 JSON Schema with hover docs, its descriptions
 * rendered with `t` (the page's language; the `fields` texts must be loaded).
 */
export function toJsonSchema(desc: EndpointDescription, t: RenderText): JsonSchema {
  const body = objectSchema(desc.fields, t);
  if (desc.exactlyOneOf) {
    // multiaccount_import: one of its two body forms.
    body.oneOf = desc.exactlyOneOf.map((name) => ({ required: [name] }));
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: schemaUri(desc),
    title: `${desc.title} (${desc.path})`,
    description: t(desc.summary),
    ...body,
  };
}

/** An object of these fields: properties, required names and the conditional ones. */
function objectSchema(fields: readonly FieldDescription[], t: RenderText): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const f of fields) properties[f.name] = fieldSchema(f, t);
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

function fieldSchema(f: FieldDescription, t: RenderText): JsonSchema {
  const s: JsonSchema = {
    description: plainDescription(f, t),
    markdownDescription: markdownDescription(f, t),
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
      Object.assign(s, objectSchema(f.fields ?? [], t));
      break;
    case 'object[]':
      s.type = 'array';
      s.items = objectSchema(f.fields ?? [], t);
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

function plainDescription(f: FieldDescription, t: RenderText): string {
  return [t(f.description), ...extraNotes(f).map(t)].join('\n');
}

function markdownDescription(f: FieldDescription, t: RenderText): string {
  const need = f.requiredWhen
    ? t(msg('fields.hover.when', conditionParts(f.requiredWhen)))
    : f.required
      ? t(msg('fields.hover.required'))
      : '';
  const head = `**${f.name}** · ${t(typeLabel(f))}${need}`;
  // "Bit N: …" lines (AssistFlags) become a list with each bit's value, so a person adding
  // bits up need not compute powers of two.
  const body = t(f.description)
    .split('\n')
    .map((line) => {
      // "Bit 0: …" in English, "Bit 0：…" (a full-width colon) in Chinese.
      const bit = /^Bit (\d+)[:：] ?(.*)$/.exec(line);
      if (!bit?.[1]) return line;
      const value = 2 ** Number(bit[1]);
      return t(msg('fields.hover.bit', { bit: Number(bit[1]), value, doc: bit[2] ?? '' }));
    })
    .join('\n');
  const notes = extraNotes(f)
    .map((n) => `\n\n${t(n)}`)
    .join('');
  const fallback = t(msg('fields.hover.default', { json: JSON.stringify(fieldDefault(f)) }));
  return `${head}\n\n${body.replace(/[:：]\n- /, (c) => `${c.slice(0, 1)}\n\n- `)}${notes}\n\n${fallback}`;
}

function extraNotes(f: FieldDescription): Text[] {
  const notes: Text[] = [];
  if (f.cursorFrom) notes.push(msg('fields.hover.cursor', { from: f.cursorFrom }));
  if (f.requiredWhen) {
    notes.push(
      msg('fields.hover.requiredWhen', { ...conditionParts(f.requiredWhen), name: f.name }),
    );
  }
  if (f.type === 'string' && f.nonEmpty) notes.push(msg('fields.hover.nonEmpty'));
  if (f.maxBytes !== undefined) {
    notes.push(
      f.warnBytes !== undefined
        ? msg('fields.hover.bytesDisputed', { most: f.maxBytes, older: f.warnBytes })
        : msg('fields.hover.bytes', { most: f.maxBytes }),
    );
  }
  return notes;
}

function typeLabel(f: FieldDescription): Text {
  if (f.type === 'uint32') return msg('fields.hover.uint32', { max: MAX_UINT32 });
  const most = f.maxItems;
  if (f.type === 'string[]') return msg('fields.hover.strings', { most });
  if (f.type === 'integer[]') return msg('fields.hover.integers', { most });
  if (f.type === 'object[]') return msg('fields.hover.objects', { most });
  return msg('fields.hover.type', { type: f.type });
}
