// What the initial JS is made of: a build plugin that notes every chunk's modules and their
// rendered (tree-shaken, not yet minified) length, summed by package or source folder. It only
// reads the bundle, so the measured output is byte for byte what a plain build writes.
import { dirname, relative } from 'node:path';
import type { Plugin } from 'vite';
import { round } from './figures';

/** One source of code in a chunk: a package, or a folder of src/. */
export interface CompositionPart {
  source: string;
  /** Rendered length in KB (after tree-shaking, before minifying). */
  kb: number;
  /** Share of the chunks' rendered code, in %. */
  share: number;
}

/** Chunk file name → module id → rendered length. */
export type ChunkModules = Map<string, Map<string, number>>;

/** A plugin filling `into` with each chunk's module lengths as the build writes them. */
export function chunkModules(into: ChunkModules): Plugin {
  return {
    name: 'bench-chunk-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        const modules = new Map<string, number>();
        for (const [id, m] of Object.entries(item.modules)) modules.set(id, m.renderedLength);
        into.set(item.fileName, modules);
      }
    },
  };
}

/** Where a module comes from: its package (the last node_modules in the path), or its src folder. */
function sourceOf(id: string, root: string): string {
  if (id.startsWith('\0')) return '(bundler helpers)';
  const path = id.replace(/\?.*$/, '');
  const i = path.lastIndexOf('/node_modules/');
  if (i >= 0) {
    const [scope, name] = path.slice(i + '/node_modules/'.length).split('/');
    return scope?.startsWith('@') ? `${scope}/${name ?? ''}` : (scope ?? path);
  }
  const rel = relative(root, path);
  return rel.startsWith('..') ? path : dirname(rel);
}

/** The rendered code of `files` summed by source, largest first. */
export function composition(
  modules: ChunkModules,
  files: readonly string[],
  root: string,
): CompositionPart[] {
  const bySource = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    for (const [id, length] of modules.get(file) ?? []) {
      const source = sourceOf(id, root);
      bySource.set(source, (bySource.get(source) ?? 0) + length);
      total += length;
    }
  }
  return [...bySource]
    .sort((a, b) => b[1] - a[1])
    .map(([source, length]) => ({
      source,
      kb: round(length / 1024),
      share: round((100 * length) / Math.max(total, 1), 0),
    }));
}
