// The bench's one result type, the statistics it uses, and the table it prints.

/** One measured figure, with its budget when it has one. */
export interface Figure {
  name: string;
  /** null when it could not be measured: `note` says why ("n/a (…)"). */
  value: number | null;
  unit: string;
  /** The most the figure may be (the least, with `atLeast`); undefined when it has no budget. */
  budget?: number;
  /** The budget is a floor (frames per second): PASS at or above it. */
  atLeast?: boolean;
  /** The budget is only a guide (the 4x-slowed runs: budget × 4): marked "info", never FAIL. */
  info?: boolean;
  /** Shown beside the value: runs, spread, what was counted, or why it is n/a. */
  note?: string;
}

/** A yes/no figure: PASS or FAIL, with what it was decided on. */
export interface Check {
  name: string;
  pass: boolean | null;
  note: string;
}

/** The middle value (the lower middle for an even count); NaN for none. */
export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
}

/** n rounded to `digits` decimals. */
export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** The median of the measured values, or null when none was measured. */
export function medianOrNull(xs: readonly (number | null)[], digits = 1): number | null {
  const got = xs.filter((x): x is number => x !== null && Number.isFinite(x));
  return got.length === 0 ? null : round(median(got), digits);
}

/** "5 runs: 120–180" or "3 of 5 runs: 120–180", for a note. */
export function spread(xs: readonly (number | null)[], digits = 0): string {
  const got = xs.filter((x): x is number => x !== null && Number.isFinite(x));
  if (got.length === 0) return `0 of ${xs.length} runs`;
  const runs =
    got.length === xs.length ? `${xs.length} runs` : `${got.length} of ${xs.length} runs`;
  return `${runs}: ${round(Math.min(...got), digits)}–${round(Math.max(...got), digits)}`;
}

/** PASS, FAIL, info or blank: a figure against its budget. */
export function verdict(f: Figure): string {
  if (f.budget === undefined) return '';
  if (f.value === null) return 'n/a';
  if (f.info) return 'info';
  return (f.atLeast ? f.value >= f.budget : f.value <= f.budget) ? 'PASS' : 'FAIL';
}

/** The table `npm run bench` prints: figure, value, budget, result, note. */
export function formatTable(figures: readonly Figure[], checks: readonly Check[]): string {
  const rows = [
    ...figures.map((f) => [
      f.name,
      f.value === null ? 'n/a' : `${f.value} ${f.unit}`,
      f.budget === undefined
        ? ''
        : `${f.info ? '(' : ''}${f.atLeast ? '≥' : '≤'} ${f.budget} ${f.unit}${f.info ? ')' : ''}`,
      verdict(f),
      f.note ?? '',
    ]),
    ...checks.map((c) => [
      c.name,
      '',
      '',
      c.pass === null ? 'n/a' : c.pass ? 'PASS' : 'FAIL',
      c.note,
    ]),
  ];
  const head = ['figure', 'value', 'budget', 'result', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
