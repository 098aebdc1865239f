import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { monacoFeatures, stripFeatureImports } from '../../../scripts/vite-monaco-features';

// Monaco's own worker helper, as installed: the file the plugin rewrites.
const MONACO = fileURLToPath(new URL('../../../node_modules/monaco-editor/', import.meta.url));
const WORKERS = join(MONACO, 'esm/vs/internal/common/workers.js');
const code = readFileSync(WORKERS, 'utf8');
const imports = (text: string) => text.match(/^import .*$/gm) ?? [];

describe('the Monaco worker helper without its editor features', () => {
  it('drops every editor feature the helper imports for its side effects', () => {
    const before = imports(code).filter((l) => l.includes('/editor/contrib/'));
    expect(before.length).toBeGreaterThan(50);
    const after = stripFeatureImports(code);
    expect(
      imports(after).filter((l) => /\/editor\/(contrib|standalone\/browser)\//.test(l)),
    ).toEqual([]);
    expect(after).not.toContain('diffEditor.contribution');
  });

  it('keeps what the helper itself uses and exports: the editor API, its styles, createWebWorker', () => {
    const after = stripFeatureImports(code);
    expect(imports(after)).toEqual(
      expect.arrayContaining([
        "import { editor } from '../../editor/editor.api.js';",
        "import '../../base/browser/ui/codicons/codicon/codicon.css';",
      ]),
    );
    expect(after).toContain('export { createWebWorker };');
    // Only import lines go: the rest of the file is as it was.
    const body = (text: string) => text.replace(/^import .*\n/gm, '');
    expect(body(after)).toBe(body(code));
  });

  it('rewrites that one file only, and fails the build when Monaco no longer has those imports', () => {
    const plugin = monacoFeatures();
    const transform = plugin.transform as (
      this: { error(m: string): never },
      code: string,
      id: string,
    ) => { code: string } | null;
    const ctx = {
      error(m: string): never {
        throw new Error(m);
      },
    };
    expect(transform.call(ctx, code, WORKERS)?.code).toBe(stripFeatureImports(code));
    expect(transform.call(ctx, code, join(MONACO, 'esm/vs/editor/editor.api.js'))).toBeNull();
    expect(() => transform.call(ctx, 'export {};\n', WORKERS)).toThrow(/has Monaco changed/);
  });
});
