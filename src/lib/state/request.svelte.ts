// The request being built. The body text is the one source of truth (STYLE.md rule 3): the form
// reads values parsed from it and writes by editing that text in place; text that does not parse
// stays exactly as typed, and the form shows the last values that did, marked out of date.
// The text is parsed (and, once the rules have brought the scanner, scanned) once per change:
// `check` is derived from it, and everything that needs the value, the members' offsets or the
// issues reads that one result.
import { msg, type Text } from '../i18n/message';
import { checkRequestBodyWith, type BodyRules, type FieldIssues } from '../api/body-check';
import { accountField, defaultBodyText, defaultObject, fieldDefault } from '../api/body-defaults';
import { formatBody } from '../api/body-format';
import { pathText, valueAt, type FieldPath } from '../api/field-path';
import type { PathEdits } from '../api/path-edits';
import { fieldInputText } from '../api/form-input-text';
import { GET_LIST } from '../api/endpoints/get-list';
import { isRawEndpointId, parseRawPath, rawEndpointById, rawEndpointId } from '../api/raw';
import { hasAdvice } from '../api/readiness';
import type { EndpointDescription, FieldDescription } from '../api/types';
import type { LoadFailure } from '../lazy/lazy';
import { BODY_RULES, FORM_EDITS } from './body-rules-chunk';
import type { DraftPort, FormMemory } from './draft-edits';

type FormEdits = typeof import('./draft-edits');

/** What a form input shows when what was typed there does not make a valid value yet. */
export interface PendingInput {
  raw: string;
  message: Text;
}

/** State and verbs of the request body for one endpoint. */
export class RequestDraft {
  endpoint = $state.raw<EndpointDescription>(GET_LIST);
  text = $state('');
  /** The last body that parsed as an object: what the form shows while the text does not. */
  lastValid = $state.raw<Record<string, unknown>>({});
  /** Form inputs whose text is not a valid value yet, by the field's path as text. */
  pending = $state<Record<string, PendingInput>>({});
  /** Why the form could not write (for example, the JSON has an error). */
  formMessage = $state<Text>('');
  /**
   * Fields the person has changed (in the form or the editor): their errors show beside them.
   * `all` after a Send, which shows every error. A new body (another endpoint, Reset, a loaded
   * request) starts untouched, so a fresh page shows no error for a field nobody filled in yet.
   */
  touched = $state<{ all: boolean; names: Readonly<Record<string, true>> }>({
    all: false,
    names: {},
  });
  /** The UserID a new body's account field starts with (the sandbox's sample account), or ''. */
  sampleAccount = $state('');

  /**
   * Raw mode's path field as typed, or null when the endpoint is a described one. While it does
   * not parse, the endpoint stays at the last path that did and Send is blocked (Workspace).
   */
  rawPath = $state<string | null>(null);
  /** Whether the request is in raw mode (any `v4/<service>/<command>` with a free body). */
  isRaw = $derived(isRawEndpointId(this.endpoint.id));
  /** The path field checked: null outside raw mode, else the path or why it is not one. */
  rawPathCheck = $derived(this.rawPath === null ? null : parseRawPath(this.rawPath));

  /** The values the form took out (to give back) and what was typed in its inputs (FormMemory). */
  #memory: FormMemory = { kept: {}, typed: {} };
  /**
   * The edits below the top level (api/path-edits.ts), given by the nested form when it loads
   * (usePathEdits): only endpoints with nested fields need them, and only that form edits there.
   */
  #pathEdits: PathEdits | null = null;
  /** What the form's edits (state/draft-edits.ts) read and write of this draft once loaded. */
  readonly #port: DraftPort = {
    draft: this,
    memory: this.#memory,
    nested: () => this.#pathEdits,
    write: (text) => this.#write(text),
  };

  /** The body's rules once loaded (BODY_RULES); null until then. */
  rules = $state.raw<BodyRules | null>(BODY_RULES.peek() ?? null);
  /** Why the rules or the form's edits could not load: under the editor, with a Retry (loadRules). */
  rulesFailure = $state.raw<LoadFailure | null>(null);
  /** The form's edits once loaded (FORM_EDITS); until then an edit waits for them (#withEdits). */
  #edits = $state.raw<FormEdits | null>(FORM_EDITS.peek() ?? null);
  /** Whether the form's edits are in (a failure to load them, shown beside Send, is over). */
  get editsIn(): boolean {
    return this.#edits !== null;
  }
  /**
   * Edits made before the form's edits had loaded, applied in order as they arrive: each only to
   * the body it was made on (#body), so a body put in meanwhile (another endpoint, a request
   * loaded from history or a link, Reset) drops them, as it would have replaced their result.
   */
  #waiting: ((edits: FormEdits) => void)[] = [];
  /** Counts the bodies put in whole (#replaced): the one an edit waiting was made on. */
  #body = 0;
  /** What was typed in each input meanwhile, by path: the input shows it until its edit lands. */
  #early = $state<Record<string, string>>({});
  /** The values set meanwhile at the top level (a flag ticked, a list chosen): the form shows them. */
  #earlyValues = $state.raw<Readonly<Record<string, unknown>>>({});

  /** The one analysis of the text: parse, value, members, issues (once the rules are in). */
  check = $derived(checkRequestBodyWith(this.rules, this.endpoint, this.text));
  /** True while the text does not parse as an object: the form shows lastValid, out of date. */
  stale = $derived(this.check.object === null);
  /** What the form shows: the body's values, or the last ones that parsed (and any set meanwhile). */
  values = $derived.by(() => {
    const values = this.check.object ?? this.lastValid;
    const early = this.#earlyValues;
    return Object.keys(early).length === 0 ? values : { ...values, ...early };
  });
  /** The body as the service will probably take it: parses, no errors (warnings are fine). */
  sendable = $derived(this.check.validation?.ok === true && Object.keys(this.pending).length === 0);
  /** There is something the service will probably refuse or misread (listed beside Send). */
  hasAdvice = $derived(hasAdvice(this.check, this.pending));

  constructor(endpoint: EndpointDescription = GET_LIST, { text }: { text?: string } = {}) {
    this.setEndpoint(endpoint);
    this.setText(text ?? defaultBodyText(endpoint));
    if (!this.rules || !this.#edits) void this.loadRules();
  }

  /**
   * Loads the body's rules and the form's edits (again, after a failure): the analysis checks
   * with the rules from then on, and the edits made meanwhile are applied, in order.
   */
  async loadRules(): Promise<void> {
    const [rules, edits] = await Promise.all([BODY_RULES.load(), FORM_EDITS.load()]);
    if (rules.ok) this.rules = rules.value;
    if (edits.ok && !this.#edits) {
      this.#edits = edits.value;
      for (const apply of this.#waiting.splice(0)) {
        try {
          apply(edits.value);
        } catch (err) {
          // One edit's bug must not lose the ones after it; report it where developers look.
          queueMicrotask(() => {
            throw err;
          });
        }
      }
    }
    this.rulesFailure = !rules.ok ? rules.failure : !edits.ok ? edits.failure : null;
  }

  /**
   * Null when no edit made in the form waits for its code; else a promise that the edits have
   * landed in the text (null), or why that code could not load (the edits keep waiting for the
   * next try). Send and Fetch all wait on it: what was typed goes out.
   */
  editsLanded(): Promise<LoadFailure | null> | null {
    if (this.#waiting.length === 0) return null;
    return this.ensureEdits();
  }

  /** Loads the form's edits if they are not in yet: null once they are, else why they could not. */
  async ensureEdits(): Promise<LoadFailure | null> {
    if (!this.#edits) await this.loadRules();
    return this.#edits ? null : this.rulesFailure;
  }

  /**
   * Runs an edit of the body with the form's edits: now when they are in, else once they are
   * (they load right after the first paint), if the body it was made on is still the one.
   * Meanwhile the form shows what was typed (#early) or set at the top level (#earlyValues).
   */
  #withEdits(apply: (edits: FormEdits) => void): void {
    if (this.#edits) {
      apply(this.#edits);
      return;
    }
    const body = this.#body;
    this.#waiting.push((edits) => {
      if (body === this.#body) apply(edits);
    });
    // The first edit to wait asks for them; after a failure, each edit tries again.
    if (this.#waiting.length === 1 || this.rulesFailure) void this.loadRules();
  }

  /** A body put in whole: the edits still waiting were made on another, and go with it. */
  #replaced(): void {
    this.#body++;
    this.#waiting = [];
    if (Object.keys(this.#early).length > 0) this.#early = {};
    if (Object.keys(this.#earlyValues).length > 0) this.#earlyValues = {};
  }

  /**
   * Switches to another endpoint; the caller sets the body next. A raw endpoint fills the path
   * field with its path (a request loaded from history or a link).
   */
  setEndpoint(endpoint: EndpointDescription): void {
    this.#replaced();
    this.endpoint = endpoint;
    this.pending = {};
    this.#memory.kept = {};
    this.touched = { all: false, names: {} };
    this.rawPath = isRawEndpointId(endpoint.id) ? endpoint.path : null;
  }

  /**
   * The person picked another endpoint: its default body, keeping who the request is for
   * (From_Account) when both endpoints have it (bodyTextForSwitch). Picking the same one again
   * changes nothing.
   */
  switchEndpoint(endpoint: EndpointDescription): void {
    if (endpoint.id === this.endpoint.id) return;
    this.#withEdits(({ bodyTextForSwitch }) => {
      if (endpoint.id === this.endpoint.id) return;
      const text = bodyTextForSwitch(this.endpoint, this.values, endpoint, this.#defaults());
      this.setEndpoint(endpoint);
      this.setText(text);
    });
  }

  /**
   * Prepares a request (from an answer's row or an error's fix): this endpoint, this body, laid
   * out as Format lays it out. It does not send.
   */
  prepare(endpoint: EndpointDescription, body: Readonly<Record<string, unknown>>): void {
    this.setEndpoint(endpoint);
    this.setText(formatBody(body, endpoint));
  }

  /**
   * Raw mode, from a described endpoint: the path field starts with that endpoint's path (to be
   * typed over; the form is offered back while it stays a described path) and the body is `{}`.
   */
  enterRaw(): void {
    if (this.isRaw) return;
    const raw = rawEndpointById(rawEndpointId(this.endpoint.path));
    if (!raw) return;
    this.setEndpoint(raw);
    this.setText(defaultBodyText(raw, this.#defaults()));
  }

  /** Raw mode's path field changed: a path that parses becomes the endpoint, the body stays. */
  setRawPath(text: string): void {
    this.rawPath = text;
    const parsed = parseRawPath(text);
    if (!parsed.ok) return;
    const raw = rawEndpointById(rawEndpointId(parsed.path));
    if (raw && raw.id !== this.endpoint.id) this.endpoint = raw;
  }

  /** Replaces the body text (a loaded entry, a link, Next page). */
  setText(text: string): void {
    this.#replaced();
    // The text now says what each field is: drop what the form had pending.
    if (this.#write(text)) this.pending = {};
  }

  /** The person edited the text in the editor: the fields whose value changed count as touched. */
  edit(text: string): void {
    const before = this.check.object;
    this.setText(text);
    const after = this.check.object;
    if (!before || !after) return;
    const changed = this.endpoint.fields
      .map((f) => f.name)
      .filter((name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]));
    for (const name of changed) this.touch(name);
  }

  /** Marks a field as touched by the person: its errors show from now on. */
  touch(name: string): void {
    if (this.touched.all || this.touched.names[name]) return;
    this.touched = { all: false, names: { ...this.touched.names, [name]: true } };
  }

  /** Shows every field's errors, as after pressing Send. */
  touchAll(): void {
    if (!this.touched.all) this.touched = { all: true, names: this.touched.names };
  }

  /**
   * The issues the form shows beside a field: its warnings always, its errors once it has been
   * touched (or Send pressed).
   */
  shownIssues(name: string): FieldIssues {
    const issues = this.check.byField[name];
    if (!issues) return NO_ISSUES;
    // A row's member (`MarkItem[0].SetMark`) is touched by itself, or with its top-level field
    // when the editor changed that.
    const top = /^[^.[]*/.exec(name)?.[0] ?? name;
    if (this.touched.all || this.touched.names[name] || this.touched.names[top]) return issues;
    return issues.errors.length === 0 ? issues : { errors: [], warnings: issues.warnings };
  }

  /**
   * Sets the sample account (the sandbox's, or '' on leaving it): it fills the account field
   * while that still holds its empty default, and leaving takes it out again where it is still
   * the sample, as the signer's sandbox credentials come and go (Workspace). Anything typed
   * since is kept; a body that does not parse is left alone.
   */
  setSampleAccount(account: string): void {
    const previous = this.sampleAccount;
    this.sampleAccount = account;
    const field = accountField(this.endpoint);
    const value = this.check.object?.[field?.name ?? ''];
    if (!field || typeof value !== 'string') return;
    if (!(account && value === '') && !(!account && previous && value === previous)) return;
    // A body still as it started becomes the one it starts with now, without the form's edits
    // (so the first screen's body has the sandbox's sample account before they have loaded),
    // written as the edit would write it: only the account's own input forgets what it had.
    if (this.text === defaultBodyText(this.endpoint, { account: value })) {
      if (Object.hasOwn(this.pending, field.name))
        this.pending = withoutKey(this.pending, field.name);
      this.#write(defaultBodyText(this.endpoint, { account }));
    } else this.setValue(field.name, account);
  }

  /** What the form input of a (top-level) field shows. */
  inputText(field: FieldDescription): string {
    return this.inputTextAt([field.name], field);
  }

  /** What the form input of the field at `path` shows (`['MarkItem', 0, 'SetMark']`). */
  inputTextAt(path: FieldPath, field: FieldDescription): string {
    const key = pathText(path);
    const early = this.#early[key];
    if (early !== undefined) return early;
    const pending = this.pending[key];
    if (pending) return pending.raw;
    const value = valueAt(this.values, path);
    // A list is typed one item per line: the line just started is empty and not in the value
    // yet, so what was typed is shown for as long as it still means the value in the body.
    const typed = this.#memory.typed[key];
    const edits = this.#edits;
    if ((field.type === 'string[]' || field.type === 'integer[]') && typed !== undefined && edits) {
      const parsed = edits.parseFieldInput(field, typed);
      if (parsed.ok && JSON.stringify(parsed.value) === JSON.stringify(value)) return typed;
    }
    return fieldInputText(field, value);
  }

  /** The value at a path in what the form shows (undefined where there is none). */
  valueAt(path: FieldPath): unknown {
    return valueAt(this.values, path);
  }

  /** Sets a field from what was typed in its form input; a value that is not valid yet waits. */
  setField(field: FieldDescription, raw: string): void {
    this.setFieldAt([field.name], field, raw);
  }

  /** setField for the field at `path`. */
  setFieldAt(path: FieldPath, field: FieldDescription, raw: string): void {
    const key = pathText(path);
    this.#memory.typed[key] = raw;
    this.touch(key);
    if (!this.#edits) this.#early = { ...this.#early, [key]: raw };
    this.#withEdits(({ parseFieldInput }) => {
      if (Object.hasOwn(this.#early, key)) this.#early = withoutKey(this.#early, key);
      const parsed = parseFieldInput(field, raw);
      if (!parsed.ok) {
        this.pending = { ...this.pending, [key]: { raw, message: parsed.message } };
        return;
      }
      this.setValueAt(path, parsed.value);
    });
  }

  /**
   * Sets a field to a wire value, editing only that value in the text; fields whose requiredWhen
   * reads it follow (delete's Type 2 takes To_Account out and puts ToGroupid in).
   */
  setValue(name: string, value: unknown): void {
    this.setValueAt([name], value);
  }

  /** Takes the nested edits (from the nested form's chunk); until then only top-level fields edit. */
  usePathEdits(edits: PathEdits): void {
    this.#pathEdits = edits;
  }

  /** setValue at any depth: a ContactItem's Type brings To_Account or ToGroupId with it. */
  setValueAt(path: FieldPath, value: unknown): void {
    const [name] = path;
    const early = !this.#edits && path.length === 1 && typeof name === 'string' ? name : null;
    if (early !== null) this.#earlyValues = { ...this.#earlyValues, [early]: value };
    this.#withEdits((edits) => {
      if (early !== null && Object.hasOwn(this.#earlyValues, early)) {
        this.#earlyValues = withoutKey(this.#earlyValues, early);
      }
      edits.setValueAt(this.#port, path, value);
    });
  }

  /** Adds an absent optional field (Peer_Account) at its default, or the value it last had. */
  addField(field: FieldDescription): void {
    this.addFieldAt([field.name], field);
  }

  /** addField for the field at `path` (a MarkItem row's ClearMark). */
  addFieldAt(path: FieldPath, field: FieldDescription): void {
    const key = pathText(path);
    const { kept } = this.#memory;
    const value = Object.hasOwn(kept, key) ? kept[key] : undefined;
    this.setValueAt(path, value ?? fieldDefault(field));
  }

  /** Takes a field out of the body (an optional one, or one left over that does not apply). */
  removeField(name: string): void {
    this.removeAt([name]);
  }

  /** Takes the member or list item at `path` out of the body, keeping a member's value to add back. */
  removeAt(path: FieldPath): void {
    this.#withEdits((edits) => edits.removeAt(this.#port, path));
  }

  /** Adds a row at the end of a list of objects (a MarkItem), at its fields' defaults. */
  addRow(path: FieldPath, field: FieldDescription): void {
    const row = defaultObject(field.fields ?? []);
    // No list yet: the row becomes its value, which the form shows at once (setValueAt).
    if (!Array.isArray(valueAt(this.values, path))) this.setValueAt(path, [row]);
    else this.#withEdits((edits) => edits.addRow(this.#port, path, row));
  }

  /** Puts new text in; true when it parses as an object (which becomes lastValid). */
  #write(text: string): boolean {
    this.text = text;
    this.formMessage = '';
    // Reading the derived analysis here is its one computation for this text: every later
    // reader (the form, the status line, Send) gets the same result without scanning again.
    const { object } = this.check;
    if (object) this.lastValid = object;
    return object !== null;
  }

  /** Pretty-prints the body; text that does not parse is left as typed and explained. */
  format(): boolean {
    const parse = this.check.parse;
    if (!parse.ok) {
      const { line, column, message } = parse;
      this.formMessage = msg('rules.fe.format', { line, column, message });
      return false;
    }
    this.setText(formatBody(parse.value, this.endpoint));
    return true;
  }

  /** Back to the endpoint's default body (with the sample account, on the sandbox). */
  reset(): void {
    this.touched = { all: false, names: {} };
    this.setText(defaultBodyText(this.endpoint, this.#defaults()));
  }

  #defaults(): { account: string } {
    return { account: this.sampleAccount };
  }
}

const NO_ISSUES: FieldIssues = { errors: [], warnings: [] };

/** A copy of `record` without `key` (what waited at that key has landed). */
function withoutKey<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const { [key]: _landed, ...rest } = record;
  return rest;
}
