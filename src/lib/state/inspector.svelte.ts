// The Inspect panel's state (issue 7): the pasted text, the key to check the signature with (in
// memory only, never stored), and the report. The inspector library loads on first use, through
// a dynamic import(), so it costs the initial bundle nothing.
import { msg, type Msg, type Text } from '../i18n/message';
import type { FieldIssue } from '../api/types';
import type { InspectReport } from '../inspect';
import { lazy, type Lazy } from '../lazy/lazy';
import type { BuilderPlan } from '../inspect/present';
import type { InspectRunner } from '../inspect/worker-client';
import type { Workspace } from './workspace.svelte';

/** The inspector library as the panel uses it (src/lib/inspect/kit.ts). */
export type InspectKit = typeof import('../inspect/kit');

const INSPECT_KIT = lazy(msg('core.part.inspectorModel'), () => import('../inspect/kit'));

/** The world the inspector depends on; tests replace the clock, the loader and the timers. */
export interface InspectorWorld {
  /** Milliseconds, like Date.now: the moment a paste is judged at. */
  now?: () => number;
  loadKit?: () => Promise<InspectKit>;
  /** Quiet time after the last keystroke before the text is inspected again. */
  debounceMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
}

/** What "Load into builder" did, for the confirmation. `id` tells two loads of the same text apart. */
export interface LoadedNote {
  id: number;
  summary: Msg;
  /** The plan's notes, and what the builder said on loading it (English until it is localised). */
  notes: Text[];
  /** True when the builder has no key for the loaded app yet: it must be typed before it signs. */
  needsKey: boolean;
}

/** State and verbs of the UserSig inspector. */
export class Inspector {
  /** The paste, as typed: a UserSig, a request URL or a curl command. */
  text = $state('');
  /** The app's SecretKey, to check the signature (70009). Memory only: never stored or sent. */
  key = $state('');
  showKey = $state(false);
  /** The report on the text and key as they were when it was made; null before the first. */
  report = $state.raw<InspectReport<FieldIssue> | null>(null);
  /** The library, once loaded. */
  kit = $state.raw<InspectKit | null>(null);
  /** Why the library could not be loaded (a chunk that failed to download); empty otherwise. */
  loadError = $state<Text>('');
  /** True from a change of the text or key until its report is in. */
  pending = $state(false);
  loaded = $state.raw<LoadedNote | null>(null);

  /** What "Load into builder" would do with the current report. */
  plan: BuilderPlan | null = $derived.by(() => {
    if (!this.kit || !this.report || this.report.kind !== 'request') return null;
    return this.kit.builderPlan(this.report, {
      endpoint: this.#ws.draft.endpoint.id,
      body: this.#ws.draft.text,
    });
  });

  #ws: Workspace;
  #now: () => number;
  #kitLoader: Lazy<InspectKit>;
  #debounceMs: number;
  #setTimer: (fn: () => void, ms: number) => unknown;
  #clearTimer: (id: unknown) => void;
  #timer: unknown = null;
  #generation = 0;
  #loads = 0;
  /** Inspects off the main thread; null where there is no Worker; undefined until the kit is in. */
  #runner: InspectRunner | null | undefined;

  constructor(ws: Workspace, world: InspectorWorld = {}) {
    this.#ws = ws;
    this.#now = world.now ?? Date.now;
    this.#kitLoader = world.loadKit
      ? lazy(msg('core.part.inspectorModel'), world.loadKit)
      : INSPECT_KIT;
    this.#debounceMs = world.debounceMs ?? 250;
    this.#setTimer = world.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.#clearTimer =
      world.clearTimer ?? ((id) => clearTimeout(id as ReturnType<typeof setTimeout>));
  }

  /** Loads the library (once); call when the view opens so the first paste answers at once. */
  async open(): Promise<InspectKit | null> {
    // A failed chunk download can succeed later (the network came back): the next call tries again.
    const loaded = await this.#kitLoader.load();
    this.kit = loaded.ok ? loaded.value : this.kit;
    this.loadError = loaded.ok
      ? ''
      : msg('inspect.ui.loadError', {
          message: loaded.failure.message,
          cause: loaded.failure.cause,
        });
    return loaded.ok ? loaded.value : null;
  }

  /** Sets the paste; it is inspected after a short pause in typing, or at once when `now` is true (a paste). */
  setText(text: string, { now = false }: { now?: boolean } = {}): void {
    this.text = text;
    this.#changed(now);
  }

  /** Sets the key the signature is checked with. */
  setKey(key: string): void {
    this.key = key;
    this.#changed(false);
  }

  /** Takes the builder's key, as typed in its signer, for the verdict. */
  useBuilderKey(): void {
    this.key = this.#ws.signer.key;
    this.#changed(true);
  }

  /** Empties the paste and the report (the key stays, as a person typing several pastes expects). */
  clear(): void {
    this.setText('', { now: true });
  }

  /**
   * Inspects the text with the key now; resolves once this report (or a newer one) is in. A
   * result that a later change has overtaken is dropped, so the panel never shows a stale one.
   */
  async inspect(): Promise<void> {
    this.#cancelTimer();
    const generation = ++this.#generation;
    this.pending = true;
    const kit = await this.open();
    if (!kit) {
      if (generation === this.#generation) this.pending = false;
      return;
    }
    const report = await this.#report(kit, this.text, this.key);
    // Null: a newer inspection took over before this one finished.
    if (generation !== this.#generation || report === null) return;
    this.report = report;
    this.pending = false;
  }

  // Off the main thread where a worker runs (a pathological paste never blocks the page), else
  // here (jsdom, old browsers), under the size cap. A worker that fails leaves it to this thread.
  async #report(
    kit: InspectKit,
    text: string,
    key: string,
  ): Promise<InspectReport<FieldIssue> | null> {
    if (this.#runner === undefined) this.#runner = kit.inspectRunner();
    if (this.#runner) {
      const reply = await this.#runner({ text, key, nowMs: this.#now() });
      if (reply === null) return null;
      if (reply.ok) return reply.report;
    }
    return kit.inspectPaste(text, {
      now: this.#now,
      ...(key === '' ? {} : { key }),
      ...kit.INSPECT_DEPS,
    });
  }

  /**
   * True when the report judged a UserSig still valid that has expired since (`nowMs` is the
   * app clock): its verdict no longer holds and the panel asks for a new one.
   */
  outdatedAt(nowMs: number): boolean {
    const r = this.report;
    if (!r || (r.kind !== 'usersig' && r.kind !== 'request') || this.pending) return false;
    const d = r.userSig?.decoded;
    return !!d?.ok && !d.expired && Math.floor(nowMs / 1000) > d.expiresAt;
  }

  /**
   * Loads the pasted request into the builder (region, SDKAppID, identifier, endpoint, body).
   * The pasted UserSig stays here: the builder signs its own. Returns the note to confirm with,
   * or null when there is nothing to load.
   */
  loadIntoBuilder(): LoadedNote | null {
    const plan = this.plan;
    if (!plan?.ok) return null;
    const problem = this.#ws.load(plan.snapshot);
    const note: LoadedNote = {
      id: ++this.#loads,
      summary: plan.summary,
      notes: problem ? [...plan.notes, problem] : plan.notes,
      needsKey: !this.#ws.target.isSandbox && this.#ws.signer.key === '',
    };
    this.loaded = note;
    return note;
  }

  #changed(immediately: boolean): void {
    this.#cancelTimer();
    this.pending = true;
    if (immediately || this.#debounceMs <= 0) {
      void this.inspect();
      return;
    }
    this.#timer = this.#setTimer(() => {
      this.#timer = null;
      void this.inspect();
    }, this.#debounceMs);
  }

  #cancelTimer(): void {
    if (this.#timer !== null) this.#clearTimer(this.#timer);
    this.#timer = null;
  }
}
