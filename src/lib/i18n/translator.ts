// Renders texts in one locale from the tables loaded for it. Pure: the tables and formatters are
// given, so the unit tests render through the English and Chinese tables directly
// (tests/unit/i18n/texts.ts). The page starts without formatters (core messages are plain
// text) and gets them with its first other table (lib/i18n/formats.ts).
import type { Formats } from './formats';
import type { Locale } from './locale';
import { areaOf, type Area, type Fmt, type Message, type MessageTable, type Text } from './message';

/** The tables of one locale, by area; an area is absent until its chunk has loaded. */
export type LoadedTables = Partial<Record<Area, MessageTable>>;

/** Texts rendered in one locale. */
export class Translator implements Fmt {
  readonly locale: Locale;
  readonly #tables: LoadedTables;
  /** The formatters; null until the first table that is not core has loaded. */
  readonly formats: Formats | null;

  constructor(locale: Locale, tables: LoadedTables, formats: Formats | null = null) {
    this.locale = locale;
    this.#tables = tables;
    this.formats = formats;
  }

  /** The tables this translator renders from (a switch of locale keeps the set of areas). */
  get areas(): Area[] {
    return Object.keys(this.#tables) as Area[];
  }

  /** A copy with one more area's table. */
  with(area: Area, table: MessageTable, formats = this.formats): Translator {
    return new Translator(this.locale, { ...this.#tables, [area]: table }, formats);
  }

  // A message worded with a formatter before any such message's table is in is a bug.
  #f(): Formats {
    if (!this.formats) throw new Error('The formatters are not loaded (only core texts are)');
    return this.formats;
  }

  /**
   * `text` in this locale. A key whose area has not loaded is a bug (every view loads its area
   * with its chunk), and bugs throw.
   */
  t = (text: Text): string => {
    if (typeof text === 'string') return text;
    const table = this.#tables[areaOf(text.key)];
    if (!table) throw new Error(`The ${areaOf(text.key)} texts are not loaded (${text.key})`);
    const m: Message | undefined = table[text.key];
    if (m === undefined) throw new Error(`No message ${text.key} in ${this.locale}`);
    return typeof m === 'string' ? m : (m as (p: unknown, f: Fmt) => string)(text.params, this);
  };

  number = (n: number): string => this.#f().number(n, this.locale);
  date = (unixSeconds: number): string => this.#f().date(unixSeconds, this.locale);
  duration = (seconds: number): string => this.#f().duration(seconds, this.locale);
  plural = (n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }) =>
    forms[this.#f().plural(n, this.locale)] ?? forms.other;
}
