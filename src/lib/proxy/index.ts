// The proxy's shared, browser-safe part: where it may forward and what it answers. The Node
// handler is src/server/proxy-handler.ts, imported only by scripts/ and the Vite plugins.
export * from './access';
export * from './hosts';
export * from './protocol';
export * from './target';
