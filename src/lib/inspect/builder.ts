// "Load into builder": turns an inspected request into what the request builder edits. No
// secret crosses over: the UserSig stays in the report, and the builder signs its own.
import type { RegionChoice } from '../api/types';
import { msg, type Msg, type Text } from '../i18n/message';
import type { InspectReport } from './inspect';

/** What the builder needs to show a pasted request: where it goes, who asks, which endpoint, the body. */
export interface BuilderRequest {
  region: RegionChoice;
  /** As the paste had it (the builder validates), so a half-right value survives. */
  sdkAppId: string;
  identifier: string;
  /** The path without a leading slash: `v4/recentcontact/get_list`. */
  endpointPath: string;
  /** The body text exactly as pasted; empty when the paste had none (see `bodyFromPaste`). */
  body: string;
}

/** A field of BuilderRequest. */
export type BuilderField = keyof BuilderRequest;

/** The outcome of toBuilderRequest: the request with notes on where values came from, or what is missing. */
export type BuilderLoad =
  | { ok: true; request: BuilderRequest; bodyFromPaste: boolean; notes: Msg[] }
  | { ok: false; message: Text; missing: BuilderField[] };

/** Turns an inspect report into a request for the builder, or says what the paste lacks. */
export function toBuilderRequest(report: InspectReport<unknown>): BuilderLoad {
  const all: BuilderField[] = ['region', 'sdkAppId', 'identifier', 'endpointPath', 'body'];
  switch (report.kind) {
    case 'empty':
    case 'unknown':
      return { ok: false, message: msg('inspect.builder.nothing'), missing: all };
    case 'too-large':
      return { ok: false, message: report.classification.reason, missing: all };
    case 'unreadable':
      return {
        ok: false,
        message: msg('inspect.builder.unreadable', { reason: report.problem.message }),
        missing: all,
      };
    case 'usersig':
      return {
        ok: false,
        message: msg('inspect.builder.userSigOnly'),
        missing: ['region', 'endpointPath', 'body'],
      };
    case 'request':
      break;
  }
  const r = report.request;
  const inside = report.userSig?.decoded.ok ? report.userSig.decoded : null;
  const notes: Msg[] = [];
  const missing: BuilderField[] = [];

  let sdkAppId = r.sdkappid ?? '';
  if (sdkAppId === '' && inside) {
    sdkAppId = String(inside.sdkAppId);
    notes.push(msg('inspect.builder.sdkAppIdFromUserSig', { sdkAppId }));
  }
  if (sdkAppId === '') missing.push('sdkAppId');
  let identifier = r.identifier ?? '';
  if (identifier === '' && inside) {
    identifier = inside.identifier;
    notes.push(
      msg('inspect.builder.identifierFromUserSig', { identifier: JSON.stringify(identifier) }),
    );
  }
  if (identifier === '') missing.push('identifier');
  if (r.path === '') missing.push('endpointPath');
  if (missing.length > 0) {
    return {
      ok: false,
      message: msg('inspect.builder.missing', { fields: missing.join(', ') }),
      missing,
    };
  }

  const region: RegionChoice = r.region
    ? { kind: 'region', id: r.region.id, backup: r.region.backup }
    : { kind: 'custom', host: r.host };
  if (!r.region) notes.push(msg('inspect.builder.customHost', { host: r.host }));
  if (r.scheme !== 'https') notes.push(msg('inspect.builder.scheme', { scheme: r.scheme }));
  const bodyFromPaste = r.body !== null;
  if (!bodyFromPaste) notes.push(msg('inspect.builder.noBodyWrite'));
  return {
    ok: true,
    request: { region, sdkAppId, identifier, endpointPath: r.path, body: r.body?.text ?? '' },
    bodyFromPaste,
    notes,
  };
}
