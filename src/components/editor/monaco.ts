// Monaco, loaded late and narrow (STYLE.md rule 7): JSON language only, workers through Vite's
// `?worker`, and the wanted editor features imported BEFORE any editor is created, since
// features registered afterwards never attach to it (monaco-notes.md). JsonEditor loads this
// through lib/lazy, like every chunk: once, a failure as a value, and the next try downloads again.
import type { Locale } from '../../lib/i18n/locale';
import type * as MonacoApi from 'monaco-editor/editor';
import type { jsonDefaults } from 'monaco-editor/languages/features/json/register';

export type Monaco = typeof MonacoApi;

/** What the JSON body's editor is given, whether Monaco or the plain text box edits it. */
export interface JsonEditorProps {
  value: string;
  onchange: (text: string) => void;
  /**
   * The JSON schema the editor validates against (hover docs come from its descriptions). A
   * promise: the schema's code loads on demand, like the editor that uses it.
   */
  schema: Promise<object>;
  /** A unique model URI, e.g. `inmemory://request/get_list.json`; the schema is bound to it. */
  uri: string;
  label: string;
  describedby?: string;
}

/** Monaco with what the request editor uses of its JSON language. */
export interface LoadedMonaco {
  monaco: Monaco;
  json: typeof jsonDefaults;
}

/**
 * Loads Monaco with the JSON language and the features the request editor uses, its own words
 * (menus, the find widget, hovers) in `locale`.
 */
export async function loadMonaco(locale: Locale): Promise<LoadedMonaco> {
  // Monaco's Chinese messages (29 KB gzipped, only for a Chinese page): they must be in place
  // before its modules run, which read them as they register their actions and widgets.
  if (locale === 'zh-CN') await import('monaco-editor/nls/lang/zh-cn');
  // Three groups, downloaded in parallel, each evaluated as it arrives (monaco-modules.ts).
  const [{ EditorWorker, JsonWorker, monaco }, { json }] = await Promise.all([
    import('./monaco-modules'),
    import('./monaco-json'),
    import('./monaco-features'),
  ]);
  // The JSON worker starts now, so its script downloads and compiles while the editor is being
  // created; Monaco asks for it only once the JSON model exists, and gets this one first.
  let early: Worker | null = new JsonWorker();
  // Set before any editor exists: Monaco asks for workers only when a model needs one.
  self.MonacoEnvironment = {
    getWorker: (_id: string, label: string) => {
      if (label !== 'json') return new EditorWorker();
      const worker = early ?? new JsonWorker();
      early = null;
      return worker;
    },
  };
  return { monaco, json: json.jsonDefaults };
}
