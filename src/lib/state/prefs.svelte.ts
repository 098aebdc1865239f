// The remembered choices (region, SDKAppID, identifier, how to send; never the key): put into
// the builder when the page opens, and stored again whenever they change, except a custom host
// that came in a link (prefsToStore). Storage is injected (prefs-storage.ts).
import type { RegionChoice } from '../api/types';
import type { Locale } from '../i18n/locale';
import type { Msg } from '../i18n/message';
import { prefsToStore, type Prefs } from '../prefs/prefs';
import { readPrefs, writePrefs, type PrefsStorage } from './prefs-storage';
import type { Workspace } from './workspace.svelte';

/** The world the remembered choices touch. */
export interface RememberedChoicesWorld {
  /** Where they are kept; localStorage by default (missing, blocked or full storage is tolerated). */
  storage?: PrefsStorage;
  /** The region of the link the page was opened with, if any (Sharing.openedRegion). */
  linkedRegion?: () => RegionChoice | null;
  /** The language chosen with the language control (I18n.chosen); null while the browser decides. */
  locale?: () => Locale | null;
}

/** The choices that come back on reload, and the verbs that restore and store them. */
export class RememberedChoices {
  /** What was stored when the page opened. */
  readonly stored: Prefs;
  /**
   * Why the choices are not remembered after a reload (storage blocked or full), in words; ''
   * while they are. The app works on either way and loses nothing typed.
   */
  problem = $state<Msg | ''>('');
  #readProblem: Msg | '';

  /** What is to be stored now. */
  toStore: Prefs = $derived.by(() => {
    const { target, signer } = this.#ws;
    const current: Prefs = {
      region: target.choice,
      sdkAppId: signer.sdkAppId,
      identifier: signer.identifier,
      sendVia: target.sendVia,
      proxyBase: target.proxyBase,
      timeoutSeconds: target.timeoutSeconds,
      locale: this.#locale(),
    };
    return prefsToStore(current, this.stored, this.#linkedRegion());
  });

  #ws: Workspace;
  #storage: PrefsStorage | undefined;
  #linkedRegion: () => RegionChoice | null;
  #locale: () => Locale | null;

  constructor(
    ws: Workspace,
    { storage, linkedRegion = () => null, locale }: RememberedChoicesWorld = {},
  ) {
    this.#ws = ws;
    this.#storage = storage;
    this.#linkedRegion = linkedRegion;
    const { prefs, problem } = readPrefs(storage);
    this.stored = prefs;
    // Without a language model (tests of the other choices), the stored choice is kept as it was.
    this.#locale = locale ?? (() => prefs.locale);
    this.#readProblem = problem;
    this.problem = problem;
  }

  /** Puts the stored choices into the builder (a link opened later wins over them). */
  restore(): void {
    const p = this.stored;
    this.#ws.restore(p);
    this.#ws.target.sendVia = p.sendVia;
    this.#ws.target.proxyBase = p.proxyBase;
    this.#ws.target.timeoutSeconds = p.timeoutSeconds;
  }

  /** Stores the choices as they are now; an $effect calls it on every change. */
  save(): void {
    this.problem = writePrefs(this.toStore, this.#storage) || this.#readProblem;
  }
}
