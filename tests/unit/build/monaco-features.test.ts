import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  monacoFeatures,
  stripFeatureImports,
  stubDiffEditor,
} from '../../../scripts/vite-monaco-features';

// Monaco's own worker helper, as installed: the file the plugin rewrites.
const MONACO = fileURLToPath(new URL('../../../node_modules/monaco-editor/', import.meta.url));
const WORKERS = join(MONACO, 'esm/vs/internal/common/workers.js');
const code = readFileSync(WORKERS, 'utf8');
const imports = (text: string) => text.match(/^import .*$/gm) ?? [];

/** The plugin's transform hook, and a context whose error() throws as Vite's does. */
function pluginTransform() {
  const transform = monacoFeatures().transform as (
    this: { error(m: string): never },
    code: string,
    id: string,
  ) => { code: string } | null;
  const ctx = {
    error(m: string): never {
      throw new Error(m);
    },
  };
  return { transform, ctx };
}

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
    const { transform, ctx } = pluginTransform();
    expect(transform.call(ctx, code, WORKERS)?.code).toBe(stripFeatureImports(code));
    expect(transform.call(ctx, code, join(MONACO, 'esm/vs/editor/editor.api.js'))).toBeNull();
    expect(() => transform.call(ctx, 'export {};\n', WORKERS)).toThrow(/has Monaco changed/);
  });
});

// The standalone API's two files that import the diff editors, as installed.
const CODE_EDITOR = join(MONACO, 'esm/vs/editor/standalone/browser/standaloneCodeEditor.js');
const STANDALONE = join(MONACO, 'esm/vs/editor/standalone/browser/standaloneEditor.js');

describe('the standalone API without the diff editors', () => {
  it.each([
    [CODE_EDITOR, 'DiffEditorWidget', '/diffEditor/'],
    [STANDALONE, 'MultiDiffEditorWidget', '/multiDiffEditor/'],
  ])('%s: the import becomes a class that refuses to be made', (file, name, folder) => {
    const before = readFileSync(file, 'utf8');
    expect(imports(before).some((l) => l.includes(folder))).toBe(true);
    const after = stubDiffEditor(before, file);
    if (after === null) throw new Error('nothing replaced');
    expect(imports(after).some((l) => l.includes(folder))).toBe(false);
    // One line for one line: everything else, and every line number, is as it was.
    expect(after.split('\n')).toHaveLength(before.split('\n').length);
    const stub = after.split('\n').find((l) => l.startsWith(`const ${name} = class`));
    if (!stub) throw new Error('no stub');
    const Made = new Function(`${stub}; return ${name};`)() as new () => object;
    // The standalone editor's subclass still evaluates; making one says why it cannot be.
    class Sub extends Made {}
    expect(() => new Sub()).toThrow(/diff editors are not in this build/);
  });

  it('touches no other file, and fails the build when Monaco no longer has those imports', () => {
    const { transform, ctx } = pluginTransform();
    const before = readFileSync(CODE_EDITOR, 'utf8');
    expect(transform.call(ctx, before, CODE_EDITOR)?.code).toBe(
      stubDiffEditor(before, CODE_EDITOR),
    );
    expect(stubDiffEditor(before, WORKERS)).toBeNull();
    expect(() => transform.call(ctx, 'export {};\n', STANDALONE)).toThrow(/has Monaco changed/);
  });
});
