// The bench's command line: `npm run bench -- --only history,compare --runs 3`. With no options
// every section runs, 7 times where a section repeats; the bundle figures come from the build and
// are always printed.

/** The sections `--only` may name, in the order they run. */
export const SECTIONS = [
  'loads',
  'slow',
  'history',
  'fetchall',
  'compare',
  'usersig',
  'share',
] as const;

/** One of the bench's sections. */
export type Section = (typeof SECTIONS)[number];

/** What the command line asked for. */
export interface BenchOptions {
  /** The sections to run (all of them unless `--only` named some). */
  only: ReadonlySet<Section>;
  /** Runs per repeated measurement (`--runs`), 7 unless told. */
  runs: number;
}

const isSection = (s: string): s is Section => (SECTIONS as readonly string[]).includes(s);

const USAGE = `usage: npm run bench -- [--only ${SECTIONS.join(',')}] [--runs N]`;

/** The options in `argv` (process.argv.slice(2)); throws with the usage on a bad one. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  let only: Set<Section> = new Set(SECTIONS);
  let runs = 7;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=') ? arg.split('=', 2) : [arg, undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--only') {
      const names = value()
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const bad = names.filter((n) => !isSection(n));
      if (names.length === 0 || bad.length > 0) {
        throw new Error(`unknown section ${bad.join(', ') || '(none)'}; ${USAGE}`);
      }
      only = new Set(names.filter(isSection));
    } else if (flag === '--runs') {
      runs = Number(value());
      if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a count; ${USAGE}`);
    } else {
      throw new Error(`unknown option ${arg}; ${USAGE}`);
    }
  }
  return { only, runs };
}
