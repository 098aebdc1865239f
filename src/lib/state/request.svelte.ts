// The request being built. The body text is the one source of truth (STYLE.md rule 3): the form
// reads values parsed from it and writes by editing that text in place; text that does not parse
// stays exactly as typed, and the form shows the last values that did, marked out of date.
import type { BodyAdvisor } from '../api/validate';
import {
  defaultBodyText,
  fieldInputText,
  formatBody,
  isPlainObject,
  parseFieldInput,
  setFieldInBodyText,
  validateBodyText,
} from '../api/validate';
import { GET_LIST } from '../api/get-list';
import type { EndpointDescription, FieldDescription } from '../api/types';

/** What a form input shows when what was typed there does not make a valid value yet. */
export interface PendingInput {
  raw: string;
  message: string;
}

/** State and verbs of the request body for one endpoint. */
export class RequestDraft {
  endpoint = $state.raw<EndpointDescription>(GET_LIST);
  text = $state('');
  /** The last body that parsed as an object: what the form shows while the text does not. */
  lastValid = $state.raw<Record<string, unknown>>({});
  /** Form inputs whose text is not a valid value yet, by field name. */
  pending = $state<Record<string, PendingInput>>({});
  /** Why the form could not write (for example, the JSON has an error). */
  formMessage = $state('');

  advise = $state.raw<BodyAdvisor | undefined>(undefined);

  check = $derived(validateBodyText(this.endpoint, this.text, { advise: this.advise }));
  /** True while the text does not parse as an object: the form shows lastValid, out of date. */
  stale = $derived(!this.check.parse.ok || !isPlainObject(this.check.parse.value));
  values = $derived(
    this.check.parse.ok && isPlainObject(this.check.parse.value)
      ? this.check.parse.value
      : this.lastValid,
  );
  /** The body can be sent: it parses and has no errors (warnings are fine). */
  sendable = $derived(this.check.validation?.ok === true && Object.keys(this.pending).length === 0);

  constructor(
    endpoint: EndpointDescription = GET_LIST,
    { advise, text }: { advise?: BodyAdvisor; text?: string } = {},
  ) {
    this.endpoint = endpoint;
    this.advise = advise;
    this.setText(text ?? defaultBodyText(endpoint));
  }

  /** Switches to another endpoint; the caller sets the body next. */
  setEndpoint(endpoint: EndpointDescription, advise?: BodyAdvisor): void {
    this.endpoint = endpoint;
    this.advise = advise;
    this.pending = {};
  }

  /** Replaces the body text (from the editor, a loaded entry, a link). */
  setText(text: string): void {
    this.text = text;
    this.formMessage = '';
    const parse = validateBodyText(this.endpoint, text).parse;
    if (parse.ok && isPlainObject(parse.value)) {
      this.lastValid = parse.value;
      // The text now says what each field is: drop what the form had pending.
      this.pending = {};
    }
  }

  /** What the form input of a field shows. */
  inputText(field: FieldDescription): string {
    return this.pending[field.name]?.raw ?? fieldInputText(field, this.values[field.name]);
  }

  /** Sets a field from what was typed in its form input; a value that is not valid yet waits. */
  setField(field: FieldDescription, raw: string): void {
    const parsed = parseFieldInput(field, raw);
    if (!parsed.ok) {
      this.pending = { ...this.pending, [field.name]: { raw, message: parsed.message } };
      return;
    }
    this.setValue(field.name, parsed.value);
  }

  /** Sets a field to a wire value, editing only that value in the text. */
  setValue(name: string, value: unknown): void {
    const result = setFieldInBodyText(this.text, name, value, this.endpoint);
    if (!result.ok) {
      this.formMessage = result.message;
      return;
    }
    const { [name]: _dropped, ...rest } = this.pending;
    this.pending = rest;
    this.text = result.text;
    this.formMessage = '';
    const parse = validateBodyText(this.endpoint, result.text).parse;
    if (parse.ok && isPlainObject(parse.value)) this.lastValid = parse.value;
  }

  /** Pretty-prints the body; text that does not parse is left as typed and explained. */
  format(): boolean {
    const parse = this.check.parse;
    if (!parse.ok) {
      this.formMessage = `Cannot format: ${parse.message} (line ${parse.line}, column ${parse.column}).`;
      return false;
    }
    this.setText(formatBody(parse.value, this.endpoint));
    return true;
  }

  /** Back to the endpoint's default body. */
  reset(): void {
    this.setText(defaultBodyText(this.endpoint));
  }
}
