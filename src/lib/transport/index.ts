// Sending a WireRequest and reading what comes back.
export * from './send';
export * from './outcome';
