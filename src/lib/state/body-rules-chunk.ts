// The body's rules, most of the analysis' code: not in the first download (issue 18). The first
// draft asks for them as it is made (RequestDraft.loadRules); until they are in, the text is
// scanned and parsed (the form shows and edits its values) but not checked. A module of its own
// so that loading it ahead (the unit tests' setup) loads nothing else.
import { msg } from '../i18n/message';
import { lazy } from '../lazy/lazy';

/** The body's rules (api/body-rules.ts), loaded on demand. */
export const BODY_RULES = lazy(msg('core.part.bodyRules'), () => import('../api/body-rules'));
