// The shape every endpoint description takes. An endpoint is data: the form, the validation,
// the editor's JSON schema and the docs beside the fields are all derived from one of these,
// and what is particular to it (widgets) is carried by the same object, so everything about an
// endpoint lives in its module (src/lib/api/endpoints/), its answer tables and its advice
// (`.views.ts`, `.advice.ts`) beside it: they load with the parts that read them.
import type { Text } from '../i18n/message';
import type { BitmaskWidget } from './widgets';

/**
 * A field's wire type. `uint32` is an integer from 0 to 4294967295; `integer[]` an array of
 * integers (mark_contact's bit numbers); `object` and `object[]` carry their members in
 * `fields` (ContactItem, MarkItem), to any depth.
 */
export type FieldType =
  'string' | 'uint32' | 'integer' | 'string[]' | 'integer[]' | 'object' | 'object[]';

/** A JSON value, as a field's default holds one. */
export type FieldValue =
  string | number | boolean | null | readonly FieldValue[] | { readonly [key: string]: FieldValue };

/** One request field, as the documentation page describes it. */
export interface FieldDescription {
  /** The wire name, verbatim (`From_Account`, `TopTimeStamp`). */
  name: string;
  type: FieldType;
  required: boolean;
  /**
   * The value a new request starts with. For `object` and `object[]` it is derived from `fields`
   * (body-defaults.ts: an object of its fields' defaults, a list of `minItems` such objects) and
   * this is left out.
   */
  default?: FieldValue;
  /**
   * The documentation page's description, as a person reads it beside the field: a message of
   * the `fields` area (its English and Chinese words are in lib/i18n/messages/<locale>/fields.ts).
   */
  description: Text;
  /** For a string: whether the empty string is refused. */
  nonEmpty?: boolean;
  /** For arrays: the fewest items (a required list that must not be empty says 1). */
  minItems?: number;
  /** For arrays: the most items. */
  maxItems?: number;
  /** For a string (or each string of string[]): the most UTF-8 bytes the service accepts. */
  maxBytes?: number;
  /**
   * For a string whose limit the pages disagree on (a group name: 32 bytes on older pages and in
   * the error table, 64 on the newest English page): the smaller one. Between it and maxBytes is
   * a warning, not an error, and the sandbox refuses it as the older pages say.
   */
  warnBytes?: number;
  /** For integer, uint32 and integer[] (each item): the smallest and largest value. */
  minimum?: number;
  maximum?: number;
  /** For `object` and `object[]` (each item): the members, described as the body's are. */
  fields?: readonly FieldDescription[];
  /** A cursor the answer hands back: the name of the response field to copy into this one. */
  cursorFrom?: string;
  /** Allowed values, when the field is an enumeration (for example Type 1 or 2). */
  enum?: readonly (string | number)[];
  /** Words for each `enum` value, in its order, as the form's choice shows them. */
  enumLabels?: readonly Text[];
  /**
   * Required only while another field has a given value (recentcontact/delete: To_Account when
   * Type is 1, ToGroupid when Type is 2). `required` stays false for such a field; while the
   * condition does not hold the field does not apply, and a value sent anyway is probably a
   * leftover.
   */
  requiredWhen?: FieldCondition;
  /**
   * Left out of a new request's body (an optional field the documentation's first sample does
   * not send); `default` is then the value the form offers when the field is added.
   */
  startsAbsent?: boolean;
}

/** "Another field has this value": the condition of FieldDescription.requiredWhen. */
export interface FieldCondition {
  /** The wire name of the field the condition reads. */
  field: string;
  equals: string | number;
}

/** An error code specific to an endpoint, with its documented meaning. */
export interface EndpointError {
  code: number;
  meaning: string;
}

/** One REST endpoint, described once. */
export interface EndpointDescription {
  /** Stable id used in history and share links: never change it once shipped. */
  id: string;
  /** Path after the host, without a leading slash: `v4/recentcontact/get_list`. */
  path: string;
  /** The English page's title, as history and links name the endpoint (the picker translates it). */
  title: string;
  /** What the endpoint does, in a sentence (a `fields` message). */
  summary: Text;
  /** Calls per second the service allows. */
  rateLimit?: number;
  fields: readonly FieldDescription[];
  errors: readonly EndpointError[];
  /**
   * Any JSON object is a valid body and its names are not checked (raw mode): `fields` is then
   * empty and no name is reported as unknown.
   */
  freeBody?: boolean;
  /** How "Next page" and "Fetch all pages" work for this endpoint, when it pages. */
  pagination?: {
    /** Response field that is 1 on the last page. */
    completeField: string;
    /** Response field holding the page's items. */
    itemsField: string;
    /** Item fields that together identify an item, to flag one seen twice across pages. */
    itemKeyFields?: readonly string[];
  };
  /**
   * Top-level fields of which exactly one must be sent (multiaccount_import's two body forms,
   * Accounts or AccountList): none, or more than one, is an error.
   */
  exactlyOneOf?: readonly string[];
  /**
   * The answer field that lists all of From_Account's conversation groups ({GroupName, GroupId}),
   * so other answers can show group names for ContactGroupId's numbers (get_contact_group's and
   * search_contact_group's GroupItem).
   */
  groupDirectory?: string;
  /** Form widgets beyond a plain input, by field name (AssistFlags' bits). */
  widgets?: Readonly<Record<string, BitmaskWidget>>;
}

/** Where a request goes: the built-in sandbox, a documented region, or a custom host. */
export type RegionChoice =
  | { kind: 'sandbox' }
  | { kind: 'region'; id: string; backup: boolean }
  | { kind: 'custom'; host: string };

/**
 * How a request is sent to a real host (the sandbox runs in the page): 'auto' finds the way that
 * works per host (lib/transport/auto.ts); 'direct' and 'proxy' are the person's explicit choice.
 */
export type SendVia = 'auto' | 'direct' | 'proxy';

/**
 * A request as a person composed it, with no secret in it: no key, no UserSig. This is what
 * history keeps and share links carry.
 */
export interface RequestSnapshot {
  region: RegionChoice;
  /** As typed (validated elsewhere), so a half-typed value survives a round trip. */
  sdkAppId: string;
  identifier: string;
  /**
   * An EndpointDescription id, such as `get_list`, or a raw-mode id such as
   * `raw:v4/openim/sendmsg` (see raw.ts); endpointById reads both.
   */
  endpoint: string;
  /** The body text exactly as in the editor; it may not parse. */
  body: string;
}

/**
 * What a validation finding is about. `duplicate` and `advice` are warnings only: a name that
 * appears twice in the text, or a value that is valid but probably not what was meant.
 */
export type FieldIssueKind =
  | 'not-object'
  | 'missing'
  | 'type'
  | 'range'
  | 'empty'
  | 'unknown'
  | 'too-many'
  | 'duplicate'
  | 'advice';

/**
 * One finding about a request body; `field` is null when it is about the body as a whole. A
 * nested field is named by its path as text (`MarkItem[0].ContactItem.Type`, field-path.ts).
 */
export interface FieldIssue {
  field: string | null;
  kind: FieldIssueKind;
  message: Text;
}

/** Errors block a send (the server would refuse the body); warnings are shown and sent as is. */
export interface BodyValidation {
  errors: FieldIssue[];
  warnings: FieldIssue[];
  ok: boolean;
}
