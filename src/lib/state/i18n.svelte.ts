// The language the page speaks: the active locale's tables, the texts rendered through them, and
// the switch. The page opens with the core table of its locale loaded (main.ts awaits it before
// mounting, so the first paint is already in that language). Everything else (loading another
// area's table, switching locale) is in lib/i18n/switch.ts, a chunk loaded through lib/lazy the
// first time it is needed: the first screen holds only this model and the core table (issue 15,
// item 4). A switch loads the new locale's table of every area asked for so far, then swaps them
// all at once: no half translated page, nothing typed lost, and a failed download (of the
// switcher or of a table) leaves the old language in place with a message and a retry.
import { lazy, type LoadFailure, type LoadResult } from '../lazy/lazy';
import type { Locale } from '../i18n/locale';
import {
  msg,
  type Area,
  type Fmt,
  type MessageKey,
  type ParamsOf,
  type Text,
} from '../i18n/message';
import { tableLoader } from '../i18n/tables';
import { Translator } from '../i18n/translator';

/** Where `<html lang>` is set; the page's root element by default. */
export interface LangRoot {
  lang: string;
}

const SWITCHER = lazy(msg('core.part.language'), () => import('../i18n/switch'));

/** The page's language: its texts, its formatters, and the verbs that change them. */
export class I18n {
  /** The active translator; set only here and by lib/i18n/switch.ts. */
  tr = $state.raw<Translator>(new Translator('en', {}));
  /** The locale the person chose with the language control; null while the browser's languages decide. */
  chosen = $state<Locale | null>(null);
  /** The locale being loaded by a switch, if any. */
  switching = $state<Locale | null>(null);
  /** Why the last switch could not load its texts; null when it did. */
  failure = $state.raw<LoadFailure | null>(null);

  readonly root: LangRoot | undefined;
  /** Every area asked for: a switch loads them all in the new locale. Not state: no view reads it. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly wanted = new Set<Area>(['core']);
  /** Counts switches, so only the last one started lands (lib/i18n/switch.ts). */
  attempt = 0;

  private constructor(tr: Translator, chosen: Locale | null, root: LangRoot | undefined) {
    this.tr = tr;
    this.chosen = chosen;
    this.root = root;
    if (root) root.lang = tr.locale;
  }

  /**
   * Loads `locale`'s core table and makes the model; a failure (the connection dropped before
   * the page got its texts) is a value, for the page to say so.
   */
  static async start(
    locale: Locale,
    chosen: Locale | null,
    { root = globalThis.document?.documentElement }: { root?: LangRoot } = {},
  ): Promise<LoadResult<I18n>> {
    const r = await tableLoader(locale, 'core').load();
    if (!r.ok) return r;
    return { ok: true, value: new I18n(new Translator(locale, { core: r.value }), chosen, root) };
  }

  /** A model over tables already in hand (tests, and components rendered on their own). */
  static from(tr: Translator, chosen: Locale | null = null, root?: LangRoot): I18n {
    return new I18n(tr, chosen, root);
  }

  /** The locale the page speaks now. */
  get locale(): Locale {
    return this.tr.locale;
  }

  /** `text` in the active locale; reading it in a template re-renders on a switch. */
  t = (text: Text): string => this.tr.t(text);

  /** The message `key` in the active locale: what a component writes for its own labels. */
  m = <K extends MessageKey>(
    key: K,
    ...params: [ParamsOf<K>] extends [never] ? [] : [ParamsOf<K>]
  ): string => this.tr.t(msg(key, ...params));

  /** The active locale's formatters (numbers, dates, durations, plurals). */
  get fmt(): Fmt {
    return this.tr;
  }

  /**
   * Makes sure `areas`' tables are loaded in the active locale. Synchronous when they already
   * are, so a view shown again renders at once; else a promise of the outcome.
   */
  ensure(areas: readonly Area[]): LoadResult<void> | Promise<LoadResult<void>> {
    for (const a of areas) this.wanted.add(a);
    if (areas.every((a) => this.tr.areas.includes(a))) return { ok: true, value: undefined };
    return SWITCHER.load().then((s) => (s.ok ? s.value.ensure(this, areas) : s));
  }

  /** Switches to `locale` and remembers the choice; the old language stays until its texts are in. */
  async choose(locale: Locale): Promise<void> {
    this.chosen = locale;
    this.switching = locale === this.locale ? null : locale;
    this.failure = null;
    // A later choice wins over a switch still loading, even a choice of the current locale.
    const attempt = ++this.attempt;
    if (!this.switching) return;
    const s = await SWITCHER.load();
    if (s.ok) return s.value.choose(this, locale, attempt);
    if (attempt !== this.attempt) return;
    this.switching = null;
    this.failure = s.failure;
  }

  /** Tries the last failed switch again. */
  retry(): Promise<void> {
    return this.choose(this.chosen ?? this.locale);
  }
}
