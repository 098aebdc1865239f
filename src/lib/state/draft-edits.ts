// What the draft's edits of the body do once the form's edits have loaded: write the value (or
// take the member or item out, or add the row) in the text, keep what an edit took out to give
// back, and drop what the form had pending (and typed) where the text now says what is there.
// The module the draft loads (FORM_EDITS in state/body-rules-chunk.ts), in the form's edits'
// chunk, not in the first download (issue 18). The draft keeps its state, its verbs and what
// they do before this is in (an input shows what was typed, the edit waits: #withEdits), and
// hands this a DraftPort of what an edit reads and writes, as the Sender hands send-run.ts a
// SendPort.
import { pathText, valueAt, type FieldPath } from '../api/field-path';
import { removeFieldFromBodyText, setFieldWithDependents } from '../api/form-edits';
import type { JsonScan } from '../api/json-scan';
import type { PathEdits } from '../api/path-edits';
import { msg } from '../i18n/message';
import type { RequestDraft } from './request.svelte';

// The form's edits the draft calls itself (switching endpoints, parsing what was typed).
export { bodyTextForSwitch, parseFieldInput } from '../api/form-edits';

/** What the form remembers between edits (RequestDraft's own): the edits read and replace it. */
export interface FormMemory {
  /** Values the form took out when a field stopped applying, given back if it applies again. */
  kept: Record<string, unknown>;
  /** The text last typed in each form input (read only while it still means the body's value). */
  typed: Record<string, string>;
}

/** What an edit works with: the draft's body and form state, its memory, its nested edits. */
export interface DraftPort {
  /** The draft: an edit reads its body and what the form shows, sets pending and the message. */
  draft: Pick<RequestDraft, 'endpoint' | 'text' | 'values' | 'check' | 'pending' | 'formMessage'>;
  memory: FormMemory;
  /** The edits below the top level, once the nested form has given them (usePathEdits). */
  nested: () => PathEdits | null;
  /** Puts the edited text in, as the draft puts in any text (it clears the message). */
  write: (text: string) => void;
}

/**
 * The derived scan of the current text, which the edits start from; undefined until the rules
 * bring the scanner, and the edit then scans the text itself.
 */
function scanOf({ draft }: DraftPort): JsonScan | undefined {
  return draft.check.scan ?? undefined;
}

/** The nested edits, or why the form cannot use them yet (it loads them). */
function nestedEdits({ draft, nested }: DraftPort): PathEdits | null {
  const edits = nested();
  if (!edits) draft.formMessage = msg('rules.fe.loading');
  return edits;
}

/** RequestDraft.setValueAt: the value and the fields that follow it, keeping what they take out. */
export function setValueAt(port: DraftPort, path: FieldPath, value: unknown): void {
  const { draft, memory } = port;
  const { endpoint, text } = draft;
  const [name] = path;
  let result;
  if (path.length === 1 && typeof name === 'string') {
    result = setFieldWithDependents(endpoint, text, name, value, memory.kept, scanOf(port));
  } else {
    const nested = nestedEdits(port);
    if (!nested) return;
    result = nested.setPathWithDependents(endpoint, text, path, value, memory.kept, scanOf(port));
  }
  if (!result.ok) {
    draft.formMessage = result.message;
    return;
  }
  memory.kept = { ...memory.kept, ...result.removed };
  forget(port, pathText(path), false);
  port.write(result.text);
}

/** RequestDraft.removeAt: the member or item taken out, a member's value kept to add back. */
export function removeAt(port: DraftPort, path: FieldPath): void {
  const { draft, memory } = port;
  const [name] = path;
  let result;
  if (path.length === 1 && typeof name === 'string') {
    result = removeFieldFromBodyText(draft.text, name, scanOf(port));
  } else {
    const nested = nestedEdits(port);
    if (!nested) return;
    result = nested.removeAtPath(draft.text, path, scanOf(port));
  }
  if (!result.ok) {
    draft.formMessage = result.message;
    return;
  }
  const key = pathText(path);
  const value = valueAt(draft.values, path);
  if (value !== undefined && typeof path.at(-1) === 'string') {
    memory.kept = { ...memory.kept, [key]: value };
  }
  // A list item gone moves the ones after it: what was typed for them no longer lines up.
  forget(port, typeof path.at(-1) === 'number' ? pathText(path.slice(0, -1)) : key, true);
  port.write(result.text);
}

/** RequestDraft.addRow into the list at `path`: `row` at its end. */
export function addRow(port: DraftPort, path: FieldPath, row: Record<string, unknown>): void {
  const { draft } = port;
  const list = valueAt(draft.values, path);
  // An edit that waited before this one took the list out: the row is the list again.
  if (!Array.isArray(list)) {
    setValueAt(port, path, [row]);
    return;
  }
  const nested = nestedEdits(port);
  if (!nested) return;
  const { text, endpoint } = draft;
  const result = nested.insertItemAtPath(
    text,
    path,
    list.length,
    row,
    endpoint.fields,
    scanOf(port),
  );
  if (!result.ok) {
    draft.formMessage = result.message;
    return;
  }
  port.write(result.text);
}

/** Drops what the form had pending (and typed) at a path, and below it when `below`. */
function forget({ draft, memory }: DraftPort, key: string, below: boolean): void {
  const inside = (k: string) =>
    k === key || (below && (k.startsWith(`${key}[`) || k.startsWith(`${key}.`)));
  const pending = Object.entries(draft.pending).filter(([k]) => !inside(k));
  if (pending.length !== Object.keys(draft.pending).length) {
    draft.pending = Object.fromEntries(pending);
  }
  if (below) {
    memory.typed = Object.fromEntries(Object.entries(memory.typed).filter(([k]) => !inside(k)));
  }
}
