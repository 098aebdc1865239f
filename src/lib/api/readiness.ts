// What stands between the request and the service, in two kinds (STYLE.md, "Advice, not a
// gate"); the advice's sentences are in advice.ts, which loads only when there is some. A blocker makes the request impossible to build: no host to send it to, no UserSig to
// sign it with, a raw path that is not a path. Send refuses those and says why. Everything about
// the body is advice: a body that does not parse, a missing or mistyped field, a value still
// being typed, a name the endpoint does not know. The service answers those (60003, 50002, …),
// and seeing that answer is half of debugging, so they are listed beside Send and the body goes
// out byte for byte as typed.
import type { ErrorAction } from '../errors/codes';
import { msg, type Text } from '../i18n/message';
import type { BodyAnalysis } from './body-analysis';

/** The signer's fields, as validateSignForm names them. */
export type SignFieldName = 'sdkAppId' | 'key' | 'identifier' | 'expire';

/** Something that makes the request impossible to send, and the control that fixes it. */
export interface Blocker {
  /**
   * What is missing: the host, the raw path, what the UserSig needs, the signing code (it could
   * not load: its action signs again, which downloads it again), or only time (being signed).
   */
  kind: 'host' | 'path' | 'usersig' | 'code' | 'signing';
  message: Text;
  /** Where "fix it" goes (navigation's action), or null when the message is all there is. */
  action: NonNullable<ErrorAction> | null;
}

/** What a blocker check reads; plain values, so the rule is tested without the models. */
export interface BlockerInput {
  /** Why the custom host does not parse; '' when it does, or when no custom host is chosen. */
  customHostError: Text;
  /** There is somewhere to send to: the sandbox, a region, or a custom host that parses. */
  hasOrigin: boolean;
  /** Raw mode's path field checked; null outside raw mode. */
  rawPath: { ok: true } | { ok: false; message: Text } | null;
  /** The signer's messages by field while it cannot sign; null when its form is complete. */
  signErrors: Partial<Record<SignFieldName, Text>> | null;
  /** A UserSig has been made for the current form (false while it is being signed). */
  hasUserSig: boolean;
  /** Why the signing code could not load ("Could not load the signing code — …"); null if it did. */
  signCodeFailure: Text | null;
}

// The control each signer field is fixed at; the validity has no target of its own: its field
// is beside the key.
const SIGN_ACTION: Readonly<Record<SignFieldName, NonNullable<ErrorAction>>> = {
  sdkAppId: 'sdkappid',
  key: 'key',
  identifier: 'identifier',
  expire: 'key',
};

/** What makes the request impossible to send, in the order the page shows its controls. */
export function sendBlockers(input: BlockerInput): Blocker[] {
  const out: Blocker[] = [];
  if (input.customHostError) {
    out.push({
      kind: 'host',
      message: msg('core.ready.host', { error: input.customHostError }),
      action: 'region',
    });
  } else if (!input.hasOrigin) {
    out.push({
      kind: 'host',
      message: msg('core.ready.noHost'),
      action: 'region',
    });
  }
  if (input.rawPath && !input.rawPath.ok) {
    out.push({
      kind: 'path',
      message: msg('core.ready.path', { error: input.rawPath.message }),
      action: null,
    });
  }
  if (input.signErrors) {
    for (const [field, message] of Object.entries(input.signErrors) as [SignFieldName, Text][]) {
      out.push({
        kind: 'usersig',
        message: msg('core.ready.noUserSig', { why: message }),
        action: SIGN_ACTION[field],
      });
    }
  } else if (input.signCodeFailure && !input.hasUserSig) {
    out.push({
      kind: 'code',
      message: msg('core.ready.noUserSig', { why: input.signCodeFailure }),
      action: 'resign',
    });
  } else if (!input.hasUserSig) {
    out.push({
      kind: 'signing',
      message: msg('core.ready.signing'),
      action: null,
    });
  }
  return out;
}

/** What the form holds that the body does not (typed text that is not a value yet), by field. */
export type PendingInputs = Readonly<Record<string, { raw: string; message: Text }>>;

/**
 * Whether there is any advice about the body (advice.ts lists it): the Send bar loads the list
 * only then. The same findings bodyAdvice lists, counted without building their sentences.
 */
export function hasAdvice(check: BodyAnalysis, pending: PendingInputs = {}): boolean {
  const { parse, validation } = check;
  return (
    !parse.ok ||
    (validation?.errors.length ?? 0) + (validation?.warnings.length ?? 0) > 0 ||
    Object.keys(pending).length > 0
  );
}
