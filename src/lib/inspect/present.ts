// What the Inspect panel says about a report, in words: the verdict's status line, how long a
// UserSig stays valid at the clock's current second, the decode steps, the URL-versus-UserSig
// mismatches, and the snapshot "Load into builder" hands to the workspace. Pure: the time is a
// parameter, so the panel's countdown stays live while the report itself is made once.
import type { EndpointDescription, FieldIssue, RequestSnapshot } from '../api/types';
import type { DecodeStep } from '../usersig';
import { formatDuration, formatLocal } from '../time/format';
import { defaultBodyText } from '../api/body-defaults';
import { isUint32Text } from '../json/value';
import { toBuilderRequest } from './builder';
import { endpointByPath } from './deps';
import type { InspectReport } from './inspect';
import type { KnownRegion, RequestCheck } from './request';
import type { UserSigProblem, UserSigView } from './usersig-report';
import type { Verdict, VerifyTarget } from './verdict';

/** How a verdict looks: the server says yes, says no, cannot be told yet, or the UserSig is of the old scheme. */
export type VerdictTone = 'accepted' | 'rejected' | 'undecided' | 'old';

/** A verdict as the status line shows it. */
export interface VerdictLine {
  tone: VerdictTone;
  /** In capitals, as a log line would put it: ACCEPTED, REJECTED 70009, KEY NEEDED, OLD SCHEME (v1). */
  label: string;
  /** The ErrorCode the server would answer; null when accepted or not known. */
  code: number | null;
  /**
   * What the server would do and why. It names dates but no durations, so it does not change
   * from one second to the next: it is read out by screen readers whenever it changes.
   */
  message: string;
  /** Without the key: what can be told, and what cannot. */
  canTell: string[];
  cannotTell: string[];
  /** What even an accepted UserSig does not settle. */
  caveats: string[];
}

/** How long a UserSig is still valid, or since when it has expired, at `nowSec`. */
export function validityAt(
  expiresAt: number,
  nowSec: number,
): { expired: boolean; seconds: number; text: string } {
  const left = expiresAt - nowSec;
  // Valid while now <= time + expire (usersig.md), so the last second itself still counts.
  return left >= 0
    ? { expired: false, seconds: left, text: `valid for another ${formatDuration(left)}` }
    : { expired: true, seconds: -left, text: `expired ${formatDuration(-left)} ago` };
}

/** A duration without its trailing zero units: "180 d" rather than "180 d 0 h 0 min 0 s". */
export function compactDuration(seconds: number): string {
  const full = formatDuration(seconds);
  return full.replace(/(?: 0 (?:h|min|s))+$/, '');
}

/** The most characters of one pasted value (a body, a userbuf) the panel shows: the page stays quick to lay out. */
export const MAX_SHOWN_CHARS = 20_000;

/** `text`, cut to MAX_SHOWN_CHARS with a word on how much was left out. */
export function clipForDisplay(text: string, max: number = MAX_SHOWN_CHARS): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (${(text.length - max).toLocaleString('en-US')} more characters not shown)`;
}

/** How much of a long paste its box shows: laying out 100,000 lines takes a browser a second. */
export const MAX_BOX_CHARS = 20_000;
export const MAX_BOX_LINES = 500;

/**
 * What the paste box shows of `text`: all of it, or its beginning (`cut`) when it is longer
 * than MAX_BOX_CHARS or MAX_BOX_LINES. The whole text is still what is inspected.
 */
export function pasteInBox(text: string): { text: string; cut: boolean } {
  let end = Math.min(text.length, MAX_BOX_CHARS);
  let nl = -1;
  for (let line = 0; line < MAX_BOX_LINES; line++) {
    nl = text.indexOf('\n', nl + 1);
    if (nl < 0 || nl >= end) return { text: text.slice(0, end), cut: end < text.length };
  }
  end = nl;
  return { text: text.slice(0, end), cut: true };
}

/** A JSON text indented for reading; the text as it is when it does not parse. */
export function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function describeTarget(t: VerifyTarget): string {
  const from = (f: VerifyTarget['sdkAppIdFrom']): string =>
    f === 'request' ? 'the URL' : 'the UserSig itself';
  return t.sdkAppIdFrom === t.identifierFrom
    ? `SDKAppID ${t.sdkAppId} and identifier ${JSON.stringify(t.identifier)} from ${from(t.sdkAppIdFrom)}`
    : `SDKAppID ${t.sdkAppId} from ${from(t.sdkAppIdFrom)} and identifier ${JSON.stringify(t.identifier)} from ${from(t.identifierFrom)}`;
}

// judgeUserSig words the expiry with a duration as of the inspection; the panel counts it live
// elsewhere, so the status line names the date alone.
const NOT_EXPIRED_ITEM = /so not 70001\.$/;

const STEP_NAMES: Record<DecodeStep, string> = {
  empty: 'first',
  alphabet: 'alphabet',
  base64: 'base64',
  zlib: 'zlib',
  json: 'JSON',
  field: 'fields',
  v1: 'fields',
};

/**
 * The status line for a verdict. `decoded` is the UserSig the verdict is about (null when there
 * is none): its expiry is worded as a local date and time, in `locale`.
 */
export function verdictLine(
  verdict: Verdict,
  decoded: UserSigView | UserSigProblem | null,
  locale?: string,
): VerdictLine {
  const base = { canTell: [], cannotTell: [], caveats: [] };
  const expiresAt = decoded?.ok ? decoded.expiresAt : null;
  switch (verdict.status) {
    case 'accepted': {
      const until = expiresAt === null ? '' : `, and valid until ${formatLocal(expiresAt, locale)}`;
      return {
        ...base,
        tone: 'accepted',
        label: 'ACCEPTED',
        code: null,
        message: `The server would accept this UserSig: checked against ${describeTarget(verdict.against)}, signed with this key${until}.`,
        caveats: verdict.caveats,
      };
    }
    case 'rejected': {
      let message = verdict.message;
      if (verdict.check === 'parse' && decoded && !decoded.ok) {
        // The decode problem itself is shown beside the steps; the status line only says which.
        message = `The UserSig does not decode (the ${STEP_NAMES[decoded.step]} step fails): the server answers 70003 whatever the key.`;
      } else if (verdict.check === 'expired' && verdict.expiredAt !== undefined) {
        message = `The UserSig expired on ${formatLocal(verdict.expiredAt, locale)}: the server answers 70001${verdict.keyUsed ? '' : ' whatever the key'}. Sign a new one.`;
      }
      return {
        ...base,
        tone: 'rejected',
        label: verdict.code === null ? 'REJECTED' : `REJECTED ${verdict.code}`,
        code: verdict.code,
        message,
      };
    }
    case 'old-scheme':
      return {
        ...base,
        tone: 'old',
        label: 'OLD SCHEME (v1)',
        code: null,
        message: verdict.message,
      };
    case 'needs-key':
      return {
        ...base,
        tone: 'undecided',
        label: 'KEY NEEDED',
        code: null,
        message: verdict.message,
        canTell: verdict.canTell.map((item) =>
          expiresAt !== null && NOT_EXPIRED_ITEM.test(item)
            ? `It has not expired (it is valid until ${formatLocal(expiresAt, locale)}), so not 70001.`
            : item,
        ),
        cannotTell: verdict.cannotTell,
      };
  }
}

/** One step of decoding a UserSig, in the order the server takes them. */
export interface DecodeStepLine {
  step: Exclude<DecodeStep, 'empty' | 'v1'>;
  label: string;
  state: 'passed' | 'failed' | 'not reached';
}

const DECODE_STEPS: readonly { step: DecodeStepLine['step']; label: string }[] = [
  { step: 'alphabet', label: 'Characters: only A–Z, a–z, 0–9, *, - and _' },
  { step: 'base64', label: 'Base64: *, - and _ read back as +, / and =, then decoded' },
  { step: 'zlib', label: 'zlib: the bytes inflate' },
  { step: 'json', label: 'JSON: the inflated text is a JSON object' },
  {
    step: 'field',
    label: 'Fields: TLS.ver, TLS.identifier, TLS.sdkappid, TLS.time, TLS.expire and TLS.sig',
  },
];

/**
 * The decode steps with the one that failed marked; a v1 UserSig passes every step but the
 * last (its fields are the old scheme's). An empty UserSig has no steps to show.
 */
export function decodeSteps(problem: UserSigProblem): DecodeStepLine[] {
  if (problem.step === 'empty') return [];
  const failed = problem.step === 'v1' ? 'field' : problem.step;
  const at = DECODE_STEPS.findIndex((s) => s.step === failed);
  return DECODE_STEPS.map((s, i) => ({
    ...s,
    state: i < at ? 'passed' : i === at ? 'failed' : 'not reached',
  }));
}

/** An identifier or SDKAppID in the URL that differs from the one the UserSig was made for. */
export interface Mismatch {
  field: 'sdkappid' | 'identifier';
  inUrl: string;
  inUserSig: string;
  /** The ErrorCode the server answers for it: 70014 for the SDKAppID, 70013 for the identifier. */
  code: 70014 | 70013;
  message: string;
}

/** The URL's sdkappid and identifier compared with the UserSig's own; told without the key. */
export function mismatches(report: InspectReport<unknown>): Mismatch[] {
  if (report.kind !== 'request' || !report.userSig?.decoded.ok) return [];
  const inside = report.userSig.decoded;
  const r = report.request;
  const out: Mismatch[] = [];
  // A sdkappid that is not a uint32 is a problem of its own (the checks say so), not a mismatch.
  if (r.sdkappid !== null && isUint32Text(r.sdkappid)) {
    if (Number(r.sdkappid) !== inside.sdkAppId) {
      out.push({
        field: 'sdkappid',
        inUrl: r.sdkappid,
        inUserSig: String(inside.sdkAppId),
        code: 70014,
        message: `The URL says sdkappid=${r.sdkappid}, but the UserSig was made for SDKAppID ${inside.sdkAppId}: the server answers 70014.`,
      });
    }
  }
  if (r.identifier !== null && r.identifier !== '' && r.identifier !== inside.identifier) {
    out.push({
      field: 'identifier',
      inUrl: r.identifier,
      inUserSig: inside.identifier,
      code: 70013,
      message: `The URL says identifier=${JSON.stringify(r.identifier)}, but the UserSig was made for ${JSON.stringify(inside.identifier)}: the server answers 70013.`,
    });
  }
  return out;
}

/** A check's severity as a word, so it never rests on colour alone. */
export function severityLabel(severity: RequestCheck['severity']): string {
  return { ok: 'OK', info: 'Note', warning: 'Warning', error: 'Error' }[severity];
}

/** How much a body issue matters: an error the server would refuse, or a warning (unknown field, advice, a repeated name). */
export function issueSeverity(issue: FieldIssue): 'error' | 'warning' {
  return issue.kind === 'advice' || issue.kind === 'unknown' || issue.kind === 'duplicate'
    ? 'warning'
    : 'error';
}

/** Where a request goes, in words: the region's name, its backup domain, or an unknown host. */
export function regionText(region: KnownRegion | null, hostname: string): string {
  if (!region) return `Unknown host: ${hostname} is not a documented region's domain.`;
  return region.backup ? `${region.name} (backup domain)` : region.name;
}

/** What "Load into builder" would do: the snapshot for Workspace.load and what to tell the person, or why it cannot. */
export type BuilderPlan =
  | {
      ok: true;
      snapshot: RequestSnapshot;
      /** One sentence for the confirmation: what was loaded, and that the UserSig was not. */
      summary: string;
      notes: string[];
    }
  | { ok: false; message: string };

/** The builder as it is now: what a paste without a body or with an undescribed endpoint keeps. */
export interface BuilderNow {
  endpoint: string;
  body: string;
}

/**
 * Turns a report into what Workspace.load takes. A described path loads its endpoint, any other
 * `v4/<service>/<command>` loads in raw mode. A paste without a body keeps the builder's body
 * when the endpoint stays the same, else starts from the endpoint's default body (`{}` in raw
 * mode). A path that is not a REST path keeps the builder's endpoint and body, and loads the rest.
 */
export function builderPlan(
  report: InspectReport<unknown>,
  now: BuilderNow,
  endpoints?: readonly EndpointDescription[],
): BuilderPlan {
  const load = toBuilderRequest(report);
  if (!load.ok) return { ok: false, message: load.message };
  const r = load.request;
  const desc = endpointByPath(r.endpointPath, endpoints);
  // toBuilderRequest says "write it in the builder"; here the builder's body stays instead.
  const notes = load.notes.filter((n) => load.bodyFromPaste || !/has no body/.test(n));
  let endpoint = now.endpoint;
  let body = now.body;
  let what: string;
  if (!desc) {
    notes.push(
      `The builder has no description of ${r.endpointPath}: only the region, SDKAppID and identifier were loaded; its endpoint and body stay as they were.`,
    );
    what = 'the endpoint and body as they were';
  } else {
    endpoint = desc.id;
    const name = desc.freeBody ? `${desc.path} in raw mode` : desc.id;
    if (load.bodyFromPaste) {
      body = r.body;
      what = `${name} with the pasted body`;
    } else if (desc.id === now.endpoint) {
      notes.push("The paste has no body: the builder's body was kept.");
      what = `${name}, keeping the builder's body`;
    } else {
      // The builder's body is another endpoint's: its fields would mean nothing here.
      body = defaultBodyText(desc);
      notes.push(`The paste has no body: the builder starts from ${desc.id}'s default body.`);
      what = `${name} with its default body`;
    }
  }
  const where =
    report.kind === 'request' ? regionText(report.request.region, report.request.hostname) : '';
  const region = r.region.kind === 'custom' ? `custom host ${r.region.host}` : where;
  return {
    ok: true,
    snapshot: { region: r.region, sdkAppId: r.sdkAppId, identifier: r.identifier, endpoint, body },
    summary: `Loaded into the builder: ${region}, SDKAppID ${r.sdkAppId}, identifier ${JSON.stringify(r.identifier)}, ${what}. The pasted UserSig was not copied: the builder signs its own with the secret key.`,
    notes,
  };
}
