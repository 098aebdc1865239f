// History must never hold a credential. The full request URL carries an admin UserSig that may
// stay valid for months (chat-rest-facts.md), IndexedDB outlives the tab, and export files get
// attached to bug reports. So the write path never trusts its input:
// - every entry is rebuilt from its known fields, so an unknown field (a stray `url`, `key` or
//   `userSig` property, or a $state proxy's extras) can never ride along into storage;
// - every string in it is scrubbed: `usersig=` query values get the app's one UserSig mask
//   (maskUserSigs, the same text the Exact request view shows), bare UserSig-shaped tokens,
//   `TLS.sig` values, 64-hex-digit keys and any secret the app names exactly are replaced.
// Scrubbing errs towards removing too much: a false positive costs a few characters of a
// debugging record; a false negative leaks a key.
import { maskUserSigs } from '../api/url';
import { utf8Length } from '../bytes/utf8-length';
import { mapTextStrings } from '../transport/stored-text';
import { ENTRY_VERSION, RESPONSE_CAP_BYTES, capText } from './entry';
import type { HistoryEntry, HistoryOutcome, HistoryPage } from './entry';

/** What replaces a removed UserSig. */
export const USERSIG_REDACTED = '[UserSig removed]';
/** What replaces a removed key. */
export const KEY_REDACTED = '[key removed]';
/** What replaces a secret the app named (see scrubSecrets' `secrets`). */
export const SECRET_REDACTED = '[secret removed]';

/** Named secrets shorter than this are not replaced: they would match ordinary text. */
const MIN_SECRET_LENGTH = 8;

// A UserSig is zlib output in base64 (UserSig alphabet `*-_` or standard `+/=`); zlib's first
// byte 0x78 makes it start with "eJ" (default level), "eN", "eF" or "eA". Real ones run to
// 150+ characters; 80 keeps well clear of ordinary words. No word boundary is required, so a
// UserSig glued to other text (`usersig%3DeJw...`) is still found.
const BARE_USERSIG = /e[JNFA][A-Za-z0-9*_+/-]{78,}={0,2}/g;
// The signature inside a decoded UserSig is enough, with the other fields, to rebuild it.
const TLS_SIG = /("TLS\.sig"\s*:\s*")[^"]*/g;
// Tencent Cloud Chat keys are 64 hex digits.
const HEX_KEY = /\b[0-9a-fA-F]{64}\b/g;

// The longest part of a secret the patterns can miss when the text is cut through it: a bare
// UserSig's cut end is still matched while 80 characters of it remain, a key's 64.
const LONGEST_MISSED_PART = 80;

/**
 * The scrubbed text of a response history will cut to `maxBytes`: only a prefix is scrubbed
 * when the text is much longer (issue 14.3: scrubbing a 7 MB answer whole, to keep 256 KB of
 * it, held the page). A secret cut by the prefix's end may survive in part, shorter than the
 * longest part a pattern misses (or a named secret's length); the prefix is taken long enough
 * that such a part lies past what the cut keeps (every character is at least one UTF-8 byte),
 * and where scrubbing shrank it too much for that, the whole text is scrubbed instead.
 */
export function scrubForCap(
  text: string,
  secrets: readonly string[],
  maxBytes: number = RESPONSE_CAP_BYTES,
): { text: string; fullBytes: number | null } {
  const missed = Math.max(LONGEST_MISSED_PART, ...secrets.map((x) => x.length));
  const take = maxBytes + 4 * missed;
  if (text.length <= take) return { text: scrubSecrets(text, secrets), fullBytes: null };
  const prefix = scrubSecrets(text.slice(0, take), secrets);
  if (prefix.length < maxBytes + missed)
    return { text: scrubSecrets(text, secrets), fullBytes: null };
  return { text: prefix, fullBytes: utf8Length(text) };
}

/** Removes anything in `text` that looks like a UserSig, a signed URL's UserSig or a key. */
export function scrubSecrets(text: string, secrets: readonly string[] = []): string {
  // maskUserSigs leaves a value that is already masked alone, and its mask holds nothing the
  // patterns below match, so scrubbing twice changes nothing (re-imported entries keep their
  // content hashes).
  let out = maskUserSigs(text)
    .replace(BARE_USERSIG, USERSIG_REDACTED)
    .replace(TLS_SIG, `$1${USERSIG_REDACTED}`)
    .replace(HEX_KEY, KEY_REDACTED);
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH) out = out.split(secret).join(SECRET_REDACTED);
  }
  return out;
}

/**
 * Rebuilds an entry from its known fields only, scrubs every string (scrubSecrets) and caps
 * every response; the only way an entry reaches storage or an export file.
 */
export function sanitizeEntry(entry: HistoryEntry, secrets: readonly string[] = []): HistoryEntry {
  const scrub = (text: string) => scrubSecrets(text, secrets);
  const region = entry.region;
  const scrubResponse = (text: string) => scrubForCap(text, secrets);
  return {
    v: ENTRY_VERSION,
    id: scrub(entry.id),
    time: entry.time,
    // Same key order as parseRegion, so the content hash of an entry does not depend on its path.
    region:
      region.kind === 'sandbox'
        ? { kind: 'sandbox' }
        : region.kind === 'region'
          ? { kind: 'region', id: scrub(region.id), backup: region.backup }
          : { kind: 'custom', host: scrub(region.host) },
    host: scrub(entry.host),
    sdkAppId: scrub(entry.sdkAppId),
    identifier: scrub(entry.identifier),
    endpoint: scrub(entry.endpoint),
    sentVia: entry.sentVia,
    starred: entry.starred,
    kind: entry.kind,
    pages: entry.pages.map((page) => sanitizePage(page, scrub, scrubResponse)),
    combinedCount: entry.combinedCount,
  };
}

function sanitizePage(
  page: HistoryPage,
  scrub: (text: string) => string,
  scrubResponse: (text: string) => { text: string; fullBytes: number | null },
): HistoryPage {
  // Scrub before capping: a UserSig straddling the cut would otherwise survive in part.
  const scrubbed = scrubResponse(page.response);
  const capped = capText(scrubbed.text, RESPONSE_CAP_BYTES, scrubbed.fullBytes ?? undefined);
  return {
    body: scrub(page.body),
    outcome: sanitizeOutcome(page.outcome, scrub),
    response: capped.text,
    cut: capped.cut ?? (page.cut && { fullBytes: page.cut.fullBytes, note: scrub(page.cut.note) }),
  };
}

function sanitizeOutcome(o: HistoryOutcome, scrub: (text: string) => string): HistoryOutcome {
  return o.kind === 'transport'
    ? {
        kind: o.kind,
        failure: scrub(o.failure),
        // A descriptor's parameters are data (a bad URL's text can hold a UserSig): every
        // string in them is scrubbed too.
        message: mapTextStrings(o.message, scrub),
        durationMs: o.durationMs,
      }
    : {
        kind: o.kind,
        httpStatus: o.httpStatus,
        actionStatus: o.actionStatus === null ? null : scrub(o.actionStatus),
        errorCode: o.errorCode,
        errorInfo: o.errorInfo === null ? null : scrub(o.errorInfo),
        durationMs: o.durationMs,
        sizeBytes: o.sizeBytes,
      };
}
