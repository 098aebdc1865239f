// The editor's text as a value: JSON.parse is the judge of the value, and the scanner
// (json-scan.ts) gives the words and the place of a syntax error, the same in every browser.
import { msg, type Msg } from '../i18n/message';
import { lineColumnOf } from '../text/line-column';
import { scanJson, type JsonScan } from './json-scan';

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
 * Parses the editor's text; a syntax error comes back with a message, line and column. The
 * caller that has already scanned the text passes the scan, so the text is scanned once.
 */
export function parseBodyText(text: string, scan: JsonScan = scanJson(text)): BodyParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    if (!scan.ok) return syntaxError(text, scan.offset, scan.message);
    // The scanner and the engine disagree (a scanner bug): take the engine's position, if any.
    return syntaxError(text, enginePosition(e, text), msg('rules.j.invalid'));
  }
  return { ok: true, value, duplicates: scan.ok ? scan.duplicates : [] };
}

function syntaxError(text: string, offset: number, message: Msg): BodySyntaxError {
  const { line, column } = lineColumnOf(text, offset);
  return { ok: false, message, line, column, offset: Math.max(0, Math.min(offset, text.length)) };
}

/**
 * Where the engine says the error is. Engines disagree on wording and on whether they give a
 * place at all; V8 says "at position 12". Used only when the scanner and the engine disagree.
 */
function enginePosition(e: unknown, text: string): number {
  const pos = /position (\d+)/.exec(e instanceof Error ? e.message : '');
  return pos ? Number(pos[1]) : text.length;
}
