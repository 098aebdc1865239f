// npm run bench: builds the site and measures it. A script, not a test: it reports figures
// beside their budgets (PASS/FAIL) and writes bench/results.json; it never fails a build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { measureBundle } from './bundle';
import { measureUserSig } from './usersig';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The most the figure may be; undefined when it is reported without a budget. */
  budget?: number;
}

async function main() {
  console.log('Building the site…');
  await build({ root, logLevel: 'warn' });
  const figures: Figure[] = [];
  figures.push(...measureBundle(join(root, 'dist')));
  figures.push(...(await measureUserSig()));

  const rows = figures.map((f) => ({
    figure: f.name,
    value: `${f.value} ${f.unit}`,
    budget: f.budget === undefined ? '' : `${f.budget} ${f.unit}`,
    result: f.budget === undefined ? '' : f.value <= f.budget ? 'PASS' : 'FAIL',
  }));
  const widths = (['figure', 'value', 'budget', 'result'] as const).map((k) =>
    Math.max(k.length, ...rows.map((r) => r[k].length)),
  );
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log('\n' + line(['figure', 'value', 'budget', 'result']));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line([r.figure, r.value, r.budget, r.result]));

  const out = join(root, 'bench', 'results.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    JSON.stringify({ date: new Date().toISOString(), node: process.version, figures }, null, 2) +
      '\n',
  );
  console.log(`\nWrote ${out}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
