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
// Monaco's worker helper would import some seventy features more, dropped at build time
// (scripts/vite-monaco-features.ts); these are the ones an editor of a request body wants back.
// Format Document (in the context menu, beside Format).
import 'monaco-editor/features/format/register';
// Ctrl+Left/Right and Ctrl+Backspace by word, Ctrl+D and Ctrl+Alt+Up/Down for more cursors,
// Ctrl+U to undo a cursor move, Shift+Alt+Right to widen the selection to the enclosing value,
// Ctrl+L to select a line.
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/lineSelection/register';
// Invisible and look-alike characters in a pasted body (a zero-width space in an account ID)
// are outlined.
import 'monaco-editor/features/unicodeHighlighter/register';
