// The page's sandbox as a part of the page shows it: what it holds (the summary beside the
// connection settings), Reset, and the names of an account's conversation groups for the answer
// tables. The sandbox itself is one per page and loads on demand (Sender's PAGE_SANDBOX, shared
// with sending); each view that shows it makes one of these (they load with those views, not
// with the first screen), opens it while mounted and closes it after.
import type { Msg } from '../i18n/message';
import type { LoadFailure, LoadResult } from '../lazy/lazy';
import type { PageSandbox, SandboxSummary } from '../sandbox/page';
import { PAGE_SANDBOX } from './sender.svelte';

/** State and verbs of the page's sandbox. */
export class SandboxModel {
  summary = $state.raw<SandboxSummary | null>(null);
  /** Why the sandbox's state is not kept (storage off, full, damaged); null when it is. */
  note = $state<Msg | null>(null);
  resetting = $state(false);
  loadFailure = $state.raw<LoadFailure | null>(null);
  /** Counts the sandbox's changes, so what reads it (group names) follows them. */
  #version = $state(0);
  #sandbox: PageSandbox | null = null;
  #load: () => Promise<LoadResult<PageSandbox>>;
  #opening: Promise<void> | null = null;
  #stop: (() => void) | null = null;

  constructor({
    load = PAGE_SANDBOX.load,
  }: { load?: () => Promise<LoadResult<PageSandbox>> } = {}) {
    this.#load = load;
  }

  /** Loads the sandbox (once) and follows its changes; a failed download is kept to show. */
  open(): Promise<void> {
    if (this.#opening) return this.#opening;
    const attempt: Promise<void> = this.#load().then((r) => {
      // Closed (or opened again) while loading: this attempt is no longer wanted.
      if (this.#opening !== attempt) return;
      if (!r.ok) {
        this.loadFailure = r.failure;
        this.#opening = null;
        return;
      }
      this.loadFailure = null;
      this.#sandbox = r.value;
      this.#stop = r.value.onChange(() => this.#refresh());
      this.#refresh();
    });
    this.#opening = attempt;
    return attempt;
  }

  /** Stops following the sandbox (the view that showed it is gone). */
  close(): void {
    this.#stop?.();
    this.#stop = null;
    this.#opening = null;
  }

  /** Back to the seed: what the sandbox held before anyone changed it. */
  async reset(): Promise<void> {
    await this.open();
    if (!this.#sandbox || this.resetting) return;
    this.resetting = true;
    try {
      await this.#sandbox.reset();
    } finally {
      this.resetting = false;
    }
  }

  /** The account's group names by GroupId, when the sandbox is loaded; else null. */
  groupNames(account: string): ReadonlyMap<number, string> | null {
    void this.#version;
    return this.#sandbox ? this.#sandbox.store.groupNames(account) : null;
  }

  #refresh(): void {
    const s = this.#sandbox;
    if (!s) return;
    this.summary = s.summary();
    this.note = s.note;
    this.#version++;
  }
}
