// The Inspect panel's state: to be built (issue 7).
import type { Workspace } from './workspace.svelte';

/** State and verbs of the UserSig inspector. */
export class Inspector {
  constructor(_ws: Workspace) {}
}
