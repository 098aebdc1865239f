// What the Inspect panel says about a report, in words: the verdict's status line, how long a
// UserSig stays valid at the clock's current second, the decode steps, the URL-versus-UserSig
// mismatches, and the snapshot "Load into builder" hands to the workspace. Pure: the time is a
// parameter, so the panel's countdown stays live while the report itself is made once.
import type { EndpointDescription, FieldIssue, RequestSnapshot } from '../api/types';
import type { DecodeStep } from '../usersig';
import { msg, type Msg, type Text } from '../i18n/message';
import { formatDuration } from '../time/format';
import { defaultBodyText } from '../api/body-defaults';
import { isUint32Text } from '../json/value';
import { toBuilderRequest } from './builder';
import { endpointByPath } from './deps';
import type { InspectReport } from './inspect';
import type { KnownRegion, RequestCheck } from './request';
import type { UserSigProblem, UserSigView } from './usersig-report';
import { describeTarget, type Verdict } from './verdict';

/** How a verdict looks: the server says yes, says no, cannot be told yet, or the UserSig is of the old scheme. */
export type VerdictTone = 'accepted' | 'rejected' | 'undecided' | 'old';

/** A verdict as the status line shows it. */
export interface VerdictLine {
  tone: VerdictTone;
  /** In capitals, as a log line would put it: ACCEPTED, REJECTED 70009, KEY NEEDED, OLD SCHEME (v1). */
  label: Msg;
  /** The ErrorCode the server would answer; null when accepted or not known. */
  code: number | null;
  /**
   * What the server would do and why. It names dates but no durations, so it does not change
   * from one second to the next: it is read out by screen readers whenever it changes.
   */
  message: Msg;
  /** Without the key: what can be told, and what cannot. */
  canTell: Msg[];
  cannotTell: Msg[];
  /** What even an accepted UserSig does not settle. */
  caveats: Msg[];
}

/** How long a UserSig is still valid, or since when it has expired, at `nowSec`. */
export function validityAt(
  expiresAt: number,
  nowSec: number,
): { expired: boolean; seconds: number; text: Msg } {
  const left = expiresAt - nowSec;
  // Valid while now <= time + expire (usersig.md), so the last second itself still counts.
  return left >= 0
    ? { expired: false, seconds: left, text: msg('inspect.validity.left', { seconds: left }) }
    : { expired: true, seconds: -left, text: msg('inspect.validity.ago', { seconds: -left }) };
}

/** A duration without its trailing zero units: "180 d" rather than "180 d 0 h 0 min 0 s". */
export function compactDuration(seconds: number, locale?: string): string {
  const full = formatDuration(seconds, locale);
  return full.replace(/(?: 0 \S+)+$/, '');
}

/** The most characters of one pasted value (a body, a userbuf) the panel shows: the page stays quick to lay out. */
export const MAX_SHOWN_CHARS = 20_000;

/** `text`, cut to MAX_SHOWN_CHARS with a word on how much was left out. */
export function clipForDisplay(text: string, max: number = MAX_SHOWN_CHARS): Text {
  if (text.length <= max) return text;
  return msg('inspect.clipped', { start: text.slice(0, max), more: text.length - max });
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

// judgeUserSig words the expiry with a duration as of the inspection; the panel counts it live
// elsewhere, so the status line names the date alone.
const NOT_EXPIRED_ITEM = 'inspect.canTell.notExpired';

/**
 * The status line for a verdict. `decoded` is the UserSig the verdict is about (null when there
 * is none): its expiry is worded as a local date and time in the locale it is rendered in.
 */
export function verdictLine(
  verdict: Verdict,
  decoded: UserSigView | UserSigProblem | null,
): VerdictLine {
  const base = { canTell: [], cannotTell: [], caveats: [] };
  const expiresAt = decoded?.ok ? decoded.expiresAt : null;
  switch (verdict.status) {
    case 'accepted': {
      return {
        ...base,
        tone: 'accepted',
        label: msg('inspect.label.accepted'),
        code: null,
        message: msg('inspect.line.accepted', {
          target: describeTarget(verdict.against),
          until: expiresAt,
        }),
        caveats: verdict.caveats,
      };
    }
    case 'rejected': {
      let message = verdict.message;
      if (verdict.check === 'parse' && decoded && !decoded.ok) {
        // The decode problem itself is shown beside the steps; the status line only says which.
        message = msg('inspect.line.parse', { step: decoded.step });
      } else if (verdict.check === 'expired' && verdict.expiredAt !== undefined) {
        message = msg('inspect.line.expired', { at: verdict.expiredAt, keyUsed: verdict.keyUsed });
      }
      return {
        ...base,
        tone: 'rejected',
        label: msg('inspect.label.rejected', { code: verdict.code }),
        code: verdict.code,
        message,
      };
    }
    case 'old-scheme':
      return {
        ...base,
        tone: 'old',
        label: msg('inspect.label.old'),
        code: null,
        message: verdict.message,
      };
    case 'needs-key':
      return {
        ...base,
        tone: 'undecided',
        label: msg('inspect.label.needsKey'),
        code: null,
        message: verdict.message,
        canTell: verdict.canTell.map((item) =>
          expiresAt !== null && item.key === NOT_EXPIRED_ITEM
            ? msg('inspect.canTell.notExpiredAt', { until: expiresAt })
            : item,
        ),
        cannotTell: verdict.cannotTell,
      };
  }
}

/** One step of decoding a UserSig, in the order the server takes them. */
export interface DecodeStepLine {
  step: Exclude<DecodeStep, 'empty' | 'v1'>;
  label: Msg;
  state: 'passed' | 'failed' | 'not reached';
}

const DECODE_STEPS: readonly { step: DecodeStepLine['step']; label: Msg }[] = [
  { step: 'alphabet', label: msg('inspect.step.alphabet') },
  { step: 'base64', label: msg('inspect.step.base64') },
  { step: 'zlib', label: msg('inspect.step.zlib') },
  { step: 'json', label: msg('inspect.step.json') },
  { step: 'field', label: msg('inspect.step.field') },
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
  message: Msg;
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
        message: msg('inspect.mismatch.sdkAppId', { url: r.sdkappid, inside: inside.sdkAppId }),
      });
    }
  }
  if (r.identifier !== null && r.identifier !== '' && r.identifier !== inside.identifier) {
    out.push({
      field: 'identifier',
      inUrl: r.identifier,
      inUserSig: inside.identifier,
      code: 70013,
      message: msg('inspect.mismatch.identifier', {
        url: JSON.stringify(r.identifier),
        inside: JSON.stringify(inside.identifier),
      }),
    });
  }
  return out;
}

/** A check's severity as a word, so it never rests on colour alone. */
export function severityLabel(severity: RequestCheck['severity']): Msg {
  return msg(`inspect.severity.${severity}`);
}

/** How much a body issue matters: an error the server would refuse, or a warning (unknown field, advice, a repeated name). */
export function issueSeverity(issue: FieldIssue): 'error' | 'warning' {
  return issue.kind === 'advice' || issue.kind === 'unknown' || issue.kind === 'duplicate'
    ? 'warning'
    : 'error';
}

/** Where a request goes, in words: the region's name, its backup domain, or an unknown host. */
export function regionText(region: KnownRegion | null, hostname: string): Text {
  if (!region) return msg('inspect.region.unknown', { hostname });
  return region.backup ? msg('inspect.region.backup', { name: region.name }) : region.name;
}

/** What "Load into builder" would do: the snapshot for Workspace.load and what to tell the person, or why it cannot. */
export type BuilderPlan =
  | {
      ok: true;
      snapshot: RequestSnapshot;
      /** One sentence for the confirmation: what was loaded, and that the UserSig was not. */
      summary: Msg;
      notes: Msg[];
    }
  | { ok: false; message: Text };

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
  const notes = load.notes.filter(
    (n) => load.bodyFromPaste || n.key !== 'inspect.builder.noBodyWrite',
  );
  let endpoint = now.endpoint;
  let body = now.body;
  let what: Msg;
  if (!desc) {
    notes.push(msg('inspect.plan.undescribed', { path: r.endpointPath }));
    what = msg('inspect.plan.whatKept');
  } else {
    endpoint = desc.id;
    const name: Text = desc.freeBody ? msg('inspect.plan.raw', { path: desc.path }) : desc.id;
    if (load.bodyFromPaste) {
      body = r.body;
      what = msg('inspect.plan.whatPasted', { name });
    } else if (desc.id === now.endpoint) {
      notes.push(msg('inspect.plan.bodyKept'));
      what = msg('inspect.plan.whatKeptBody', { name });
    } else {
      // The builder's body is another endpoint's: its fields would mean nothing here.
      body = defaultBodyText(desc);
      notes.push(msg('inspect.plan.bodyDefault', { id: desc.id }));
      what = msg('inspect.plan.whatDefault', { name });
    }
  }
  const where: Text =
    report.kind === 'request' ? regionText(report.request.region, report.request.hostname) : '';
  const region: Text =
    r.region.kind === 'custom' ? msg('inspect.plan.customHost', { host: r.region.host }) : where;
  return {
    ok: true,
    snapshot: { region: r.region, sdkAppId: r.sdkAppId, identifier: r.identifier, endpoint, body },
    summary: msg('inspect.plan.summary', {
      region,
      sdkAppId: r.sdkAppId,
      identifier: JSON.stringify(r.identifier),
      what,
    }),
    notes,
  };
}
