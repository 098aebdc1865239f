// Monaco's JSON language: the second group loadMonaco imports (see monaco-modules.ts).
import * as json from 'monaco-editor/languages/features/json/register';
// The JSON language's own chunk, which Monaco would fetch on its own once a JSON model exists,
// with no one to catch a failure ("Failed to fetch dynamically imported module: …/jsonMode-….js"):
// imported here, it is in the module map before Monaco asks for it.
import 'monaco-editor/languages/features/json/jsonMode';

export { json };
