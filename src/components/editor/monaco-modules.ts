// Monaco's editor and its two workers: the first of three groups loadMonaco imports at once. Each
// group's modules are imported statically, so the bundler makes each one graph behind one dynamic
// import. Sixteen separate imports made about a hundred small chunks shared between them: each
// one more request and one more <link rel=modulepreload> the page inserts on the main thread. One
// single group made one 4 MB chunk whose evaluation was one task of 250 ms after Send; three keep
// the tasks as short as before with a third of the files (issue 18, item 3). The core the three
// share is cut into four chunks by folder (vite.config.ts), so two cores parse it at once.
import * as monaco from 'monaco-editor/editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';

export { EditorWorker, JsonWorker, monaco };
