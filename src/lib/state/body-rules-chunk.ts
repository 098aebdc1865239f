// The body's rules, most of the analysis' code, and the form's edits: not in the first download
// (issue 18). The first draft asks for both as it is made (RequestDraft.loadRules); until the
// rules (which bring the scanner) are in, the text is parsed (the form shows its values) but not
// scanned or checked, and
// an edit made in the form before the edits are in waits for them. A module of its own so that
// loading them ahead (the unit tests' setup) loads nothing else.
import { msg } from '../i18n/message';
import { lazy } from '../lazy/lazy';

/** The body's rules (api/body-rules.ts), loaded on demand. */
export const BODY_RULES = lazy(msg('core.part.bodyRules'), () => import('../api/body-rules'));

/**
 * The form's edits of the body text (api/form-edits.ts), as the draft applies them
 * (draft-edits.ts), loaded on demand.
 */
export const FORM_EDITS = lazy(msg('core.part.formEdits'), () => import('./draft-edits'));
