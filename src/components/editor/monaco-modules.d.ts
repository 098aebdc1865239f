// Monaco 0.57 ships no typings for its internal suggest controller; it is imported for its side effect.
declare module 'monaco-editor/editor/contrib/suggest/browser/suggestController';
