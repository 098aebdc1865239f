// The builder's texts: the field docs (`fields`) and the validation and advice (`rules`) tables
// of the active locale, loaded beside the form when the request panel mounts. The form's inputs
// and field names paint at once; what these tables word appears once they are in (the space
// for it is kept, so nothing jumps far), and a failed download says so with a Retry. A locale
// switch then loads both in the new language before it swaps (I18n keeps every area asked for).
import { createContext } from 'svelte';
import { loadFailureMessage, type LoadFailure } from '../lazy/lazy';
import { msg, type Area } from '../i18n/message';
import type { I18n } from './i18n.svelte';

/** The areas the builder's form, its messages and the Send bar's advice are worded from. */
export const FORM_AREAS: readonly Area[] = ['fields', 'rules'];

/** Whether the builder's texts are in, and why not if they could not load. */
export class FormTexts {
  /** Both tables are loaded in the active locale: their messages may be rendered. */
  ready = $state(false);
  /** Why the tables could not load; null while loading or once loaded. */
  failure = $state.raw<LoadFailure | null>(null);
  readonly #i18n: I18n;

  constructor(i18n: I18n) {
    this.#i18n = i18n;
    void this.load();
  }

  /** Loads the tables (again, after a failure); resolves to whether they are in. */
  async load(): Promise<boolean> {
    this.failure = null;
    const r = await this.#i18n.ensure(FORM_AREAS);
    if (r.ok) this.ready = true;
    else {
      // The tables come through the language switch's chunk, whose own name would say the switch
      // failed: the person sees the form's words missing, so the failure names them.
      const part = msg('core.part.formTexts');
      this.failure = { ...r.failure, part, message: loadFailureMessage(part) };
    }
    return r.ok;
  }
}

export const [getFormTexts, setFormTexts] = createContext<FormTexts>();
