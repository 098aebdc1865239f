// Monaco 0.57 ships no typings for its internal suggest controller; it is imported for its side effect.
declare module 'monaco-editor/editor/contrib/suggest/browser/suggestController';
// The JSON language's mode, which its register entry imports lazily; imported ahead for its side effect.
declare module 'monaco-editor/languages/features/json/jsonMode';
