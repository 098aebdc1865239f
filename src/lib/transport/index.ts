// Sending a WireRequest and reading what comes back.
export * from './send';
export * from './outcome';
export * from './auto';
export * from './probe';
export * from './proxy-check';
export * from './route';
