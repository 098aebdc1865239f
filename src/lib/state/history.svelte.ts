// The History panel's state: to be built (issue 5). Records every send through sender.onRecord.
import type { Sender } from './sender.svelte';
import type { Workspace } from './workspace.svelte';

/** State and verbs of request history. */
export class HistoryModel {
  constructor(_ws: Workspace, _sender: Sender) {}
}
