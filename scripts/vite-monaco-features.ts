// Monaco 0.57's worker helper (esm/vs/internal/common/workers.js), which its JSON language imports
// for createWebWorker, also imports some seventy editor features for their side effects: inline
// completions, sticky scroll, rename, code lens, the diff editor, the quick-access commands. Each
// one is downloaded, parsed and evaluated, and each editor made afterwards instantiates its
// contribution. This plugin drops those side-effect imports from that one file, so the editor
// has only what src/components/editor/monaco-features.ts registers (issue 18, item 3).
import type { Plugin } from 'vite';

const WORKERS = /\/monaco-editor\/esm\/vs\/internal\/common\/workers\.js$/;
/** A side-effect import of an editor feature: `import '../../editor/contrib/…/x.js';`. */
const FEATURE =
  /^import '\.\.\/\.\.\/editor\/(?:contrib|standalone\/browser|browser\/widget\/diffEditor)\/[^']+\.js';\n/gm;

/** Removes the editor features' side-effect imports from Monaco's worker helper. */
export function stripFeatureImports(code: string): string {
  return code.replace(FEATURE, '');
}

export function monacoFeatures(): Plugin {
  return {
    name: 'chat-rest-playground:monaco-features',
    enforce: 'pre',
    transform(code, id) {
      if (!WORKERS.test(id)) return null;
      const stripped = stripFeatureImports(code);
      if (stripped === code)
        this.error(`${id}: no editor feature imports found to drop; has Monaco changed?`);
      return { code: stripped, map: null };
    },
  };
}
