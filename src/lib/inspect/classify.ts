// Says what a paste is before anything reads it in depth: a UserSig, a request URL, a curl
// command, nothing, or something else (and then why). Only shapes are looked at here.
import { msg, type Msg } from '../i18n/message';
import { firstOutsideAlphabet } from '../usersig/base64';
import type { ReadNote } from './shell-words';

/** What a paste looks like. */
export type PasteKind = 'usersig' | 'url' | 'curl' | 'empty' | 'unknown' | 'too-large';

/** A UserSig taken out of a paste: the text decoded next, and what was done to get it. */
export interface UserSigText {
  userSig: string;
  /** True when anything around the UserSig (whitespace, quotes, `usersig=`) was removed. */
  trimmed: boolean;
  /** True when percent-escapes (%2A, %5F, ...) were decoded. */
  urlDecoded: boolean;
  notes: ReadNote[];
}

/** What classifyPaste found, with the reason in words. */
export type PasteClass =
  | { kind: 'empty'; reason: Msg }
  | { kind: 'unknown'; reason: Msg }
  | { kind: 'too-large'; reason: Msg }
  | { kind: 'url'; reason: Msg; text: string }
  | { kind: 'curl'; reason: Msg; text: string }
  | ({ kind: 'usersig'; reason: Msg } & UserSigText);

// Straight and typographic quotes people copy around a value, in open/close pairs.
const QUOTE_PAIRS: [string, string][] = [
  ['"', '"'],
  ["'", "'"],
  ['`', '`'],
  ['\u201c', '\u201d'],
  ['\u2018', '\u2019'],
  ['<', '>'],
];

function stripQuotes(text: string): string {
  let t = text;
  for (;;) {
    const pair = QUOTE_PAIRS.find(
      ([open, close]) => t.length >= 2 && t.startsWith(open) && t.endsWith(close),
    );
    if (!pair) return t;
    t = t.slice(pair[0].length, t.length - pair[1].length).trim();
  }
}

const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/;

/** Takes the UserSig out of a paste: trims whitespace, quotes and `usersig=`, and undoes URL-encoding. */
export function readUserSigText(text: string): UserSigText {
  const notes: ReadNote[] = [];
  let s = text.trim();
  const removed: ('ws' | 'quotes' | 'prefix')[] = [];
  if (s !== text) removed.push('ws');
  const unquoted = stripQuotes(s);
  if (unquoted !== s) removed.push('quotes');
  s = unquoted;
  const prefix = /^&?usersig=/i.exec(s);
  if (prefix) {
    s = s.slice(prefix[0].length).replace(/&.*$/s, '');
    removed.push('prefix');
  }
  if (removed.length > 0) {
    notes.push({
      severity: 'info',
      message: msg('inspect.cl.removed', { parts: removed }),
    });
  }
  let urlDecoded = false;
  // PHP's rawurlencode and some HTTP clients write *, - and _ as %2A, %2D and %5F; a UserSig copied
  // from a log or a query string can even carry two layers (%252A).
  for (let round = 0; round < 3 && PERCENT_ESCAPE.test(s); round++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(s);
    } catch {
      break; // a malformed escape: the decode step will point at the "%"
    }
    if (decoded === s) break;
    s = decoded;
    urlDecoded = true;
    notes.push({
      severity: 'warning',
      message: round === 0 ? msg('inspect.cl.encoded') : msg('inspect.cl.twice'),
    });
  }
  return { userSig: s, trimmed: removed.length > 0, urlDecoded, notes };
}

const CURL_START = /^(?:[$%]\s+)?(?:\S*[\\/])?curl(?:\.exe)?(?=\s|$)/i;
const CURL_ANYWHERE = /(?:^|[\s;|&(])curl(?:\.exe)?\s/i;
const HOST_PATH = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::\d+)?\/\S*$/;
// A piece of UserSig-alphabet text, allowing the percent-escapes of a URL-encoded one.
const USERSIG_PIECE = /^(?:[A-Za-z0-9*\-_]|%[0-9A-Fa-f]{2})+$/;

/** Says whether a paste is a UserSig, a request URL, a curl command, empty, or unknown (and why). */
export function classifyPaste(text: string): PasteClass {
  const t = text.trim();
  if (t === '') return { kind: 'empty', reason: msg('inspect.read.empty') };
  if (CURL_START.test(t)) {
    return { kind: 'curl', reason: msg('inspect.read.curl'), text: t };
  }
  const u = stripQuotes(t);
  if (/^https?:\/\//i.test(u)) {
    return { kind: 'url', reason: msg('inspect.read.url'), text: u };
  }
  if (HOST_PATH.test(u)) {
    return {
      kind: 'url',
      reason: msg('inspect.read.hostPath'),
      text: 'https://' + u,
    };
  }
  if (CURL_ANYWHERE.test(t)) {
    return { kind: 'curl', reason: msg('inspect.read.curlInside'), text: t };
  }
  if (/^fetch\s*\(/.test(t)) {
    return {
      kind: 'unknown',
      reason: msg('inspect.read.fetch'),
    };
  }
  if (/^(Invoke-WebRequest|Invoke-RestMethod|iwr|irm)\b/i.test(t)) {
    return {
      kind: 'unknown',
      reason: msg('inspect.read.powershell'),
    };
  }
  if (/^[{[]/.test(u)) {
    return {
      kind: 'unknown',
      reason: msg('inspect.read.json'),
    };
  }
  if (/^\/?v4\//.test(u) || /(^|&)usersig=.*&/i.test(u)) {
    return {
      kind: 'unknown',
      reason: msg('inspect.read.partial'),
    };
  }
  const read = readUserSigText(text);
  const pieces = read.userSig.split(/\s+/);
  // A zlib stream starts with 0x78 and a level byte, which base64 writes as "eA", "eF", "eJ" or
  // "eN"; a short word without that start is more likely anything else than a UserSig.
  const zlibStart = /^e[AFJN]/.test(read.userSig);
  if (pieces.length === 1 && (zlibStart || read.userSig.length >= 32)) {
    const bad = firstOutsideAlphabet(read.userSig);
    return {
      kind: 'usersig',
      reason: bad < 0 ? msg('inspect.read.userSig') : msg('inspect.read.userSigOdd'),
      ...read,
    };
  }
  if (pieces.length > 1 && zlibStart && pieces.every((p) => USERSIG_PIECE.test(p))) {
    return {
      kind: 'usersig',
      reason: msg('inspect.read.wrapped'),
      ...read,
    };
  }
  return {
    kind: 'unknown',
    reason: msg('inspect.read.unknown'),
  };
}
