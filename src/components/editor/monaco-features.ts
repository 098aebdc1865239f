// The editor features the request editor uses: the third group loadMonaco imports (see
// monaco-modules.ts). They must be registered before any editor is made: features registered
// after editor.create() never attach to it (monaco-notes.md).
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/suggest/register';
// 0.57's suggest register entry leaves out the controller that shows the completion list.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/linesOperations/register';
