// Everything the first screen loads, in one chunk. Rolldown 1.2 (Vite 8) splits a module that
// the entry and some lazily loaded chunk both import into a "common" chunk of its own, and
// merges it back into the entry only when it proves that safe; from one import graph to the
// next it stops proving it, and index.html then names eight tiny chunks instead of one (58.0
// KiB gzipped against 55.4, measured on this tree). This plugin collects the modules the entry
// reaches by static imports once the graph is complete, and a codeSplitting group keeps them
// together in the entry's chunk; lazy chunks import what they share from it, as with Rollup.
import type { Plugin } from 'vite';

/** A plugin that records the entry's static module graph, and a test for a codeSplitting group. */
export function initialChunk(): { plugin: Plugin; isInitial: (id: string) => boolean } {
  let initial = new Set<string>();
  const plugin: Plugin = {
    name: 'chat-rest-playground:initial-chunk',
    apply: 'build',
    buildEnd() {
      const seen = new Set<string>();
      const stack = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
        if (seen.has(id)) continue;
        seen.add(id);
        stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
      initial = seen;
    },
  };
  return { plugin, isInitial: (id) => initial.has(id) };
}
