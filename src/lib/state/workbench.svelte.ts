// The workbench's panels that open and close: the connection details (the key, the validity,
// the UserSig itself, how requests go), the recent sends beside the request, and the keyboard
// help. Layout state only; what each panel shows lives in its own model.
import type { Target } from './target.svelte';

/** Which of the workbench's panels are open. */
export class Workbench {
  #target: Target;
  /**
   * The person's choice for the details, per kind of place: on the sandbox its public values
   * are filled in and the details start closed; a real service needs the key typed after every
   * reload, so there they start open. Null: not chosen yet, the default holds.
   */
  #details = $state<{ sandbox: boolean | null; service: boolean | null }>({
    sandbox: null,
    service: null,
  });
  /** The connection details are shown. */
  detailsOpen = $derived.by(() =>
    this.#target.isSandbox ? (this.#details.sandbox ?? false) : (this.#details.service ?? true),
  );
  /** The recent sends are shown beside the request. */
  recentOpen = $state(false);
  /** The keyboard shortcuts are listed. */
  helpOpen = $state(false);

  constructor(target: Target) {
    this.#target = target;
  }

  /** Shows or hides the connection details, for this kind of place (sandbox or service). */
  setDetails(open: boolean): void {
    const kind = this.#target.isSandbox ? 'sandbox' : 'service';
    this.#details = { ...this.#details, [kind]: open };
  }

  /** Shows or hides the recent sends. */
  toggleRecent(): void {
    this.recentOpen = !this.recentOpen;
  }
}
