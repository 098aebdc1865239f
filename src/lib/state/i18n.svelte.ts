// The language the page speaks: the active locale's tables, the texts rendered through them, and
// the switch. The page opens with the core table of its locale loaded (main.ts awaits it before
// mounting, so the first paint is already in that language); every other area's table loads
// with the chunk that shows it (Lazy.svelte's `texts`). Switching loads, through lib/lazy, the
// new locale's table of every area asked for so far, then swaps them all at once: no half
// translated page, nothing typed lost, and a failed download leaves the old language in place
// with a message and a retry.
import type { LoadFailure, LoadResult } from '../lazy/lazy';
import type { Locale } from '../i18n/locale';
import {
  msg,
  type Area,
  type Fmt,
  type MessageKey,
  type MessageTable,
  type ParamsOf,
  type Text,
} from '../i18n/message';
import type { Formats } from '../i18n/formats';
import { formatsLoader, tableLoader } from '../i18n/tables';
import { Translator } from '../i18n/translator';

/** Where `<html lang>` is set; the page's root element by default. */
export interface LangRoot {
  lang: string;
}

type Loaded = { tables: Partial<Record<Area, MessageTable>>; formats: Formats | null };

// The formatters come with the first table that is not core: core messages are plain text.
async function loadTables(locale: Locale, areas: readonly Area[]): Promise<LoadResult<Loaded>> {
  const needsFormats = areas.some((a) => a !== 'core');
  const [f, ...results] = await Promise.all([
    needsFormats ? formatsLoader(locale).load() : null,
    ...areas.map((a) => tableLoader(locale, a).load()),
  ]);
  if (f && !f.ok) return f;
  const tables: Partial<Record<Area, MessageTable>> = {};
  for (const [i, r] of results.entries()) {
    if (!r?.ok) return r as Extract<LoadResult<MessageTable>, { ok: false }>;
    tables[areas[i] as Area] = r.value;
  }
  return { ok: true, value: { tables, formats: f ? f.value : null } };
}

/** The page's language: its texts, its formatters, and the verbs that change them. */
export class I18n {
  #tr = $state.raw<Translator>(new Translator('en', {}));
  /** The locale the page speaks now. */
  locale: Locale = $derived(this.#tr.locale);
  /** The locale the person chose with the language control; null while the browser's languages decide. */
  chosen = $state<Locale | null>(null);
  /** The locale being loaded by a switch, if any. */
  switching = $state<Locale | null>(null);
  /** Why the last switch could not load its texts; null when it did. */
  failure = $state.raw<LoadFailure | null>(null);

  #root: LangRoot | undefined;
  /** Every area asked for: a switch loads them all in the new locale. Not state: no view reads it. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #wanted = new Set<Area>(['core']);
  #switch = 0;

  private constructor(tr: Translator, chosen: Locale | null, root: LangRoot | undefined) {
    this.#tr = tr;
    this.chosen = chosen;
    this.#root = root;
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
    const r = await loadTables(locale, ['core']);
    if (!r.ok) return r;
    return { ok: true, value: new I18n(new Translator(locale, r.value.tables), chosen, root) };
  }

  /** A model over tables already in hand (tests, and components rendered on their own). */
  static from(tr: Translator, chosen: Locale | null = null, root?: LangRoot): I18n {
    return new I18n(tr, chosen, root);
  }

  /** `text` in the active locale; reading it in a template re-renders on a switch. */
  t = (text: Text): string => this.#tr.t(text);

  /** The message `key` in the active locale: what a component writes for its own labels. */
  m = <K extends MessageKey>(
    key: K,
    ...params: [ParamsOf<K>] extends [never] ? [] : [ParamsOf<K>]
  ): string => this.#tr.t(msg(key, ...params));

  /** The active locale's formatters (numbers, dates, durations, plurals). */
  get fmt(): Fmt {
    return this.#tr;
  }

  /**
   * Makes sure `areas`' tables are loaded in the active locale. Synchronous when they already
   * are, so a view shown again renders at once; else a promise of the outcome.
   */
  ensure(areas: readonly Area[]): LoadResult<void> | Promise<LoadResult<void>> {
    for (const a of areas) this.#wanted.add(a);
    const missing = areas.filter((a) => !this.#tr.areas.includes(a));
    if (missing.length === 0) return { ok: true, value: undefined };
    const locale = this.#tr.locale;
    return loadTables(locale, missing).then((r): LoadResult<void> | Promise<LoadResult<void>> => {
      if (!r.ok) return r;
      // A switch may have happened meanwhile: the tables then belong to the old locale.
      if (this.#tr.locale !== locale) return this.ensure(areas);
      let tr = this.#tr;
      for (const [a, table] of Object.entries(r.value.tables) as [Area, MessageTable][]) {
        tr = tr.with(a, table, r.value.formats ?? tr.formats);
      }
      this.#tr = tr;
      return { ok: true, value: undefined };
    });
  }

  /** Switches to `locale` and remembers the choice; the old language stays until its texts are in. */
  async choose(locale: Locale): Promise<void> {
    this.chosen = locale;
    if (locale === this.#tr.locale) {
      this.switching = null;
      this.failure = null;
      return;
    }
    const attempt = ++this.#switch;
    this.switching = locale;
    this.failure = null;
    let r = await loadTables(locale, [...this.#wanted]);
    // An area asked for while the switch was loading is loaded too, so nothing is left behind.
    while (r.ok && this.#wanted.size > Object.keys(r.value.tables).length) {
      r = await loadTables(locale, [...this.#wanted]);
    }
    if (attempt !== this.#switch) return;
    this.switching = null;
    if (!r.ok) {
      this.failure = r.failure;
      return;
    }
    this.#tr = new Translator(locale, r.value.tables, r.value.formats ?? this.#tr.formats);
    if (this.#root) this.#root.lang = locale;
  }

  /** Tries the last failed switch again. */
  retry(): Promise<void> {
    return this.choose(this.chosen ?? this.#tr.locale);
  }
}
