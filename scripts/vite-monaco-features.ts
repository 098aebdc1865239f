// Monaco 0.57's worker helper (esm/vs/internal/common/workers.js), which its JSON language imports
// for createWebWorker, also imports some seventy editor features for their side effects: inline
// completions, sticky scroll, rename, code lens, the diff editor, the quick-access commands. Each
// one is downloaded, parsed and evaluated, and each editor made afterwards instantiates its
// contribution. This plugin drops those side-effect imports from that one file, so the editor
// has only what src/components/editor/monaco-features.ts registers (issue 18, item 3).
//
// Its standalone API also imports the diff editor and the multi-file diff editor, for
// monaco.editor.createDiffEditor and createMultiDiffEditor, which this app never calls: 172 KB of
// the 3.3 MB of script Monaco's chunks hold, and 4 KB of their styles, parsed on the page's two
// cores while the editor is awaited. The plugin puts a class in their place whose constructor
// says they are not in this build, so the standalone editor's own subclass still evaluates.
import type { Plugin } from 'vite';

const WORKERS = /\/monaco-editor\/esm\/vs\/internal\/common\/workers\.js$/;
/** A side-effect import of an editor feature: `import '../../editor/contrib/…/x.js';`. */
const FEATURE =
  /^import '\.\.\/\.\.\/editor\/(?:contrib|standalone\/browser|browser\/widget\/diffEditor)\/[^']+\.js';\n/gm;

/** The files that import the diff editors, and each import line the plugin replaces. */
const DIFF_EDITORS: readonly { file: RegExp; line: RegExp; name: string }[] = [
  {
    file: /\/monaco-editor\/esm\/vs\/editor\/standalone\/browser\/standaloneCodeEditor\.js$/,
    line: /^import \{ DiffEditorWidget \} from '\.\.\/\.\.\/browser\/widget\/diffEditor\/diffEditorWidget\.js';$/m,
    name: 'DiffEditorWidget',
  },
  {
    file: /\/monaco-editor\/esm\/vs\/editor\/standalone\/browser\/standaloneEditor\.js$/,
    line: /^import \{ MultiDiffEditorWidget \} from '\.\.\/\.\.\/browser\/widget\/multiDiffEditor\/multiDiffEditorWidget\.js';$/m,
    name: 'MultiDiffEditorWidget',
  },
];

/** Replaces `file`'s import of a diff editor with a class that refuses to be made; null: no such import. */
export function stubDiffEditor(code: string, id: string): string | null {
  const entry = DIFF_EDITORS.find((d) => d.file.test(id));
  if (!entry || !entry.line.test(code)) return null;
  return code.replace(
    entry.line,
    `const ${entry.name} = class { constructor() { throw new Error('Monaco\\'s diff editors are not in this build (scripts/vite-monaco-features.ts)'); } };`,
  );
}

/** Removes the editor features' side-effect imports from Monaco's worker helper. */
export function stripFeatureImports(code: string): string {
  return code.replace(FEATURE, '');
}

export function monacoFeatures(): Plugin {
  return {
    name: 'chat-rest-playground:monaco-features',
    enforce: 'pre',
    transform(code, id) {
      if (DIFF_EDITORS.some((d) => d.file.test(id))) {
        const stubbed = stubDiffEditor(code, id);
        if (stubbed === null)
          this.error(`${id}: no diff editor import to replace; has Monaco changed?`);
        return { code: stubbed, map: null };
      }
      if (!WORKERS.test(id)) return null;
      const stripped = stripFeatureImports(code);
      if (stripped === code)
        this.error(`${id}: no editor feature imports found to drop; has Monaco changed?`);
      return { code: stripped, map: null };
    },
  };
}
