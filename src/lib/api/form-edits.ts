// The form's edits of the body text: a field set from what was typed (with the fields that depend
// on it), a field taken out, the body carried over to another endpoint. Not in the first
// download (issue 18): the draft loads them right after the first paint with the body's rules
// (state/body-rules-chunk.ts), with the code that applies them to it (state/draft-edits.ts),
// and an edit made before they are in waits for them.
export { bodyTextForSwitch, setFieldWithDependents } from './edits';
export { removeFieldFromBodyText } from './body-edit';
export { parseFieldInput } from './form-input';
