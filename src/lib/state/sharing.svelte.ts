// Share links' state: to be built (issue 6).
import type { Workspace } from './workspace.svelte';

/** State and verbs of share links. */
export class Sharing {
  constructor(_ws: Workspace) {}
}
