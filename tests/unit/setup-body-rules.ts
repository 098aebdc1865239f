// The body's rules load on demand in the page (state/body-rules-chunk.ts), right after
// the first paint; every draft a test makes starts with them, as one made after that would.
import { BODY_RULES } from '../../src/lib/state/body-rules-chunk';

const loaded = await BODY_RULES.load();
if (!loaded.ok) throw new Error(`The body rules did not load: ${loaded.failure.cause}`);
