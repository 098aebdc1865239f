// The body's rules and the form's edits load on demand in the page (state/body-rules-chunk.ts),
// right after the first paint; every draft a test makes starts with them, as one made after
// that would. (tests/unit/state/form-edits-wait.svelte.test.ts makes drafts before they load.)
import { BODY_RULES, FORM_EDITS } from '../../src/lib/state/body-rules-chunk';

for (const [name, part] of [
  ['body rules', BODY_RULES],
  ['form edits', FORM_EDITS],
] as const) {
  const loaded = await part.load();
  if (!loaded.ok) throw new Error(`The ${name} did not load: ${loaded.failure.cause}`);
}
