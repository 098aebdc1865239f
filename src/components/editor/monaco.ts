// Monaco, loaded late and narrow (STYLE.md rule 7): one idempotent set-up, JSON language only,
// workers through Vite's `?worker`, and the wanted editor features imported BEFORE any editor is
// created, since features registered afterwards never attach to it (monaco-notes.md).
import type * as MonacoApi from 'monaco-editor/editor';

export type Monaco = typeof MonacoApi;

let loading: Promise<Monaco> | undefined;

/** Loads Monaco with the JSON language and the features the request editor uses, once. */
export function loadMonaco(): Promise<Monaco> {
  loading ??= (async () => {
    // Everything in one round: the workers, the editor and its features download in parallel.
    const [{ default: EditorWorker }, { default: JsonWorker }, monaco] = await Promise.all([
      import('monaco-editor/editor/editor.worker?worker'),
      import('monaco-editor/languages/features/json/json.worker?worker'),
      import('monaco-editor/editor'),
      import('monaco-editor/languages/features/json/register'),
      import('monaco-editor/features/hover/register'),
      import('monaco-editor/features/suggest/register'),
      // 0.57's suggest register entry leaves out the controller that shows the completion list.
      import('monaco-editor/editor/contrib/suggest/browser/suggestController'),
      import('monaco-editor/features/find/register'),
      import('monaco-editor/features/folding/register'),
      import('monaco-editor/features/bracketMatching/register'),
      import('monaco-editor/features/clipboard/register'),
      import('monaco-editor/features/contextmenu/register'),
      import('monaco-editor/features/gotoError/register'),
      import('monaco-editor/features/wordHighlighter/register'),
      import('monaco-editor/features/linesOperations/register'),
    ]);
    // Set before any editor exists: Monaco asks for workers only when a model needs one.
    self.MonacoEnvironment = {
      getWorker: (_id: string, label: string) =>
        label === 'json' ? new JsonWorker() : new EditorWorker(),
    };
    return monaco;
  })();
  return loading;
}
