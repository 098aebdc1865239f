// What the inspector model needs from this library, in one module it loads through a dynamic
// import() the first time the view opens: the parsers and the verdict stay out of the initial bundle.
export { inspectPaste } from './inspect';
export { INSPECT_DEPS } from './deps';
export { builderPlan } from './present';
export { inspectRunner } from './worker-client';
