// The proxy's shared, browser-safe part. The Node handler is in ./node and is imported only by
// scripts/proxy.ts and scripts/vite-proxy-plugin.ts, never from here.
export * from './hosts';
export * from './protocol';
export * from './target';
