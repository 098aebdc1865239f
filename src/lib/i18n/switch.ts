// What the language model (state/i18n.svelte.ts) needs only after the first paint: loading
// another area's table beside the chunk that shows it, and switching locale. One chunk, loaded
// through lib/lazy the first time either happens, so the first screen holds neither this code
// nor the list of the other tables (issue 15, item 4).
import type { LoadFailure, LoadResult } from '../lazy/lazy';
import { FORMATS } from './areas';
import type { Locale } from './locale';
import type { Area, MessageTable } from './message';
import { tableLoader } from './tables';
import { Translator } from './translator';

export { AREA_TABLES, FORMATS } from './areas';

// The formatters are in this chunk (core messages need none): every translator made here has them.

/** The parts of the language model this chunk reads and sets. */
export interface I18nState {
  tr: Translator;
  chosen: Locale | null;
  switching: Locale | null;
  failure: LoadFailure | null;
  readonly root: { lang: string } | undefined;
  readonly wanted: Set<Area>;
  attempt: number;
}

type Tables = Partial<Record<Area, MessageTable>>;

/** `areas`' tables in `locale`, or the first failure. */
export async function loadTables(
  locale: Locale,
  areas: readonly Area[],
): Promise<LoadResult<Tables>> {
  const results = await Promise.all(areas.map((a) => tableLoader(locale, a).load()));
  const tables: Tables = {};
  for (const [i, r] of results.entries()) {
    if (!r?.ok) return r as Extract<LoadResult<MessageTable>, { ok: false }>;
    tables[areas[i] as Area] = r.value;
  }
  return { ok: true, value: tables };
}

/** Loads the `areas` the active locale lacks and adds them to the model's translator. */
export async function ensure(s: I18nState, areas: readonly Area[]): Promise<LoadResult<void>> {
  const locale = s.tr.locale;
  const r = await loadTables(
    locale,
    areas.filter((a) => !s.tr.areas.includes(a)),
  );
  if (!r.ok) return r;
  // A switch may have happened meanwhile: the tables then belong to the old locale.
  if (s.tr.locale !== locale) return ensure(s, areas);
  let tr = s.tr;
  for (const [a, table] of Object.entries(r.value) as [Area, MessageTable][]) {
    tr = tr.with(a, table, FORMATS);
  }
  s.tr = tr;
  return { ok: true, value: undefined };
}

/**
 * Loads every area asked for in `locale`, then swaps them all at once; `attempt` is the
 * switch's number, so a later switch wins over this one.
 */
export async function choose(s: I18nState, locale: Locale, attempt: number): Promise<void> {
  let r = await loadTables(locale, [...s.wanted]);
  // An area asked for while the switch was loading is loaded too, so nothing is left behind.
  while (r.ok && s.wanted.size > Object.keys(r.value).length) {
    r = await loadTables(locale, [...s.wanted]);
  }
  if (attempt !== s.attempt) return;
  s.switching = null;
  if (!r.ok) {
    s.failure = r.failure;
    return;
  }
  s.tr = new Translator(locale, r.value, FORMATS);
  if (s.root) s.root.lang = locale;
}
