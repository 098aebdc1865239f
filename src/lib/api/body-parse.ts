// The editor's text as a value: JSON.parse is the judge of the value, and the scanner
// (json-scan.ts) gives the words and the place of a syntax error, the same in every browser.
// The scan is a parameter: the first screen parses before the scanner has loaded (it comes with
// the body's rules, right after the first paint: issue 18), and meanwhile says only "not valid
// JSON", where the engine says it stopped (V8 and SpiderMonkey often do), else at the text's end.
import { msg, type Msg } from '../i18n/message';
import { lineColumnOf } from '../text/line-column';
import type { JsonScan } from './json-scan';

/** A JSON syntax error with a message (rules.j.*) and its 1-based place in the text. */
export interface BodySyntaxError {
  ok: false;
  message: Msg;
  /** 1-based; columns count UTF-16 code units, as Monaco does. */
  line: number;
  column: number;
  /** 0-based offset into the text. */
  offset: number;
}

/** The body text parsed, or where and why it does not parse. */
export type BodyParse =
  | {
      ok: true;
      value: unknown;
      /** Paths of names that appear twice in one object; JSON.parse silently keeps the last. */
      duplicates: string[];
    }
  | BodySyntaxError;

/**
 * Parses the editor's text with its scan (scanJson); a syntax error comes back with a message,
 * line and column. Without a scan (null: the scanner has not loaded yet) the error is the
 * engine's place with a plain "not valid JSON", and no duplicate names are found.
 */
export function parseBodyText(text: string, scan: JsonScan | null): BodyParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    if (scan && !scan.ok) return syntaxError(text, scan.offset, scan.message);
    // No scan yet, or the scanner and the engine disagree (a scanner bug): the engine's place.
    return syntaxError(text, enginePosition(e, text), msg('rules.j.invalid'));
  }
  return { ok: true, value, duplicates: scan?.ok ? scan.duplicates : [] };
}

function syntaxError(text: string, offset: number, message: Msg): BodySyntaxError {
  const { line, column } = lineColumnOf(text, offset);
  return { ok: false, message, line, column, offset: Math.max(0, Math.min(offset, text.length)) };
}

/**
 * Where the engine says the error is. Engines disagree on wording and on whether they give a
 * place at all: V8 says "at position 12" (not for an unexpected token), SpiderMonkey "at line 2
 * column 5 of the JSON data", JavaScriptCore nothing; without one, the end of the text. Used
 * only without a scan, or when the two disagree.
 */
function enginePosition(e: unknown, text: string): number {
  const message = e instanceof Error ? e.message : '';
  const pos = /position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  const place = /line (\d+) column (\d+)/.exec(message);
  if (!place) return text.length;
  const [, line, column] = place.map(Number) as [number, number, number];
  let start = 0;
  for (let l = 1; l < line && start >= 0; l++) start = text.indexOf('\n', start) + 1 || -1;
  return start < 0 ? text.length : start + column - 1;
}
