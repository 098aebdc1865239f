// Reads the get_list documentation page (docs/reference/get_list-seed.txt, verbatim)
// so tests compare the description with the page itself rather than with a transcription.
import { readFileSync } from 'node:fs';

/** The page's text. */
export const PAGE = readFileSync(
  new URL('../../../docs/reference/get_list-seed.txt', import.meta.url),
  'utf8',
);

/** The text between two markers of the page (the first occurrence of each after the previous). */
export function section(start: string, end: string): string {
  const a = PAGE.indexOf(start);
  if (a < 0) throw new Error(`marker not found: ${start}`);
  const b = PAGE.indexOf(end, a + start.length);
  if (b < 0) throw new Error(`marker not found: ${end}`);
  return PAGE.slice(a + start.length, b);
}

/** One row of the page's "Request fields" table. */
export interface DocField {
  name: string;
  type: string;
  required: string;
  description: string;
}

/** The "Request fields" table: rows are a name, a type, Yes/No, then description lines. */
export function docRequestFields(): DocField[] {
  const lines = section('Request fields\n', '\nSample response')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const header = ['Field', 'Type', 'Required', 'Description'];
  if (lines.slice(0, 4).join('|') !== header.join('|')) throw new Error('unexpected table header');
  const rows: DocField[] = [];
  const isRowStart = (k: number) =>
    ['String', 'Integer', 'Array'].includes(lines[k + 1] ?? '') &&
    ['Yes', 'No'].includes(lines[k + 2] ?? '');
  let k = 4;
  while (k < lines.length) {
    if (!isRowStart(k)) throw new Error(`not a row start: ${lines[k]}`);
    const row = {
      name: lines[k] as string,
      type: lines[k + 1] as string,
      required: lines[k + 2] as string,
    };
    k += 3;
    const desc: string[] = [];
    while (k < lines.length && !isRowStart(k)) desc.push(lines[k++] as string);
    rows.push({ ...row, description: desc.join('\n') });
  }
  return rows;
}

/** The page's own error codes table: code → description. */
export function docErrors(): Map<number, string> {
  const lines = section('specific to this API:\nError Code\nDescription\n', '\nAPI Debugging Tool')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const out = new Map<number, string>();
  for (let k = 0; k + 1 < lines.length; k += 2) out.set(Number(lines[k]), lines[k + 1] as string);
  return out;
}

/** The page's sample request body, parsed. */
export function docSampleRequest(): unknown {
  return JSON.parse(section('Sample request\n', '\nRequest fields'));
}

/** The page's sample request URL. */
export function docSampleUrl(): string {
  return section('Sample request URL\n\n', '\n').trim();
}

/** The "Name: domain" lines of the page's region list. */
export function docRegions(): { name: string; domain: string }[] {
  return section('SDKAppID is located.\n', 'v4/recentcontact/get_list\n')
    .split('\n')
    .map((l) => /^(.+): (\S+)$/.exec(l.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ name: m[1] as string, domain: m[2] as string }));
}
