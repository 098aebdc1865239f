// Where each locale's table of each area comes from: one module per (locale, area), so Vite
// makes one chunk of each and a page downloads only the active locale's tables of the parts it
// shows (issue 15, requirement 4). Loading goes through lib/lazy: a failure is a value, retried.
// The entry knows only the core tables; the others' list and the formatters are in areas.ts,
// which comes with the switcher (switch.ts), as does the formatters' loader.
import { lazy, type Lazy } from '../lazy/lazy';
import type { Locale } from './locale';
import { msg, type Area, type MessageTable } from './message';

const CORE = import.meta.glob<{ default: MessageTable }>('./messages/*/core.ts');

const part = (locale: Locale) =>
  msg(locale === 'zh-CN' ? 'core.part.textsZh' : 'core.part.textsEn');
// The other tables' list comes with the switcher (lib/i18n/switch.ts): one chunk, not two.
const areas = () => import('./switch');
const loaders = new Map<string, Lazy<MessageTable>>();

/** The loader of `area`'s table in `locale` (one per pair, so a loaded table is not fetched twice). */
export function tableLoader(locale: Locale, area: Area): Lazy<MessageTable> {
  const id = `./messages/${locale}/${area}.ts`;
  let l = loaders.get(id);
  if (!l) {
    l = lazy(part(locale), async () => {
      const importer = CORE[id] ?? (await areas()).AREA_TABLES[id];
      if (!importer) throw new Error(`No table ${id}`);
      return (await importer()).default;
    });
    loaders.set(id, l);
  }
  return l;
}
