// "Load into builder": turns an inspected request into what the request builder edits. No
// secret crosses over: the UserSig stays in the report, and the builder signs its own.
import type { RegionChoice } from '../api/types';
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
  | { ok: true; request: BuilderRequest; bodyFromPaste: boolean; notes: string[] }
  | { ok: false; message: string; missing: BuilderField[] };

/** Turns an inspect report into a request for the builder, or says what the paste lacks. */
export function toBuilderRequest(report: InspectReport<unknown>): BuilderLoad {
  const all: BuilderField[] = ['region', 'sdkAppId', 'identifier', 'endpointPath', 'body'];
  switch (report.kind) {
    case 'empty':
    case 'unknown':
      return { ok: false, message: 'There is no request in the paste to load.', missing: all };
    case 'too-large':
      return { ok: false, message: report.classification.reason, missing: all };
    case 'unreadable':
      return {
        ok: false,
        message: `The paste could not be read: ${report.problem.message}`,
        missing: all,
      };
    case 'usersig':
      return {
        ok: false,
        message:
          'A UserSig alone names no host, endpoint or body: paste the request URL or the curl command to load it into the builder.',
        missing: ['region', 'endpointPath', 'body'],
      };
    case 'request':
      break;
  }
  const r = report.request;
  const inside = report.userSig?.decoded.ok ? report.userSig.decoded : null;
  const notes: string[] = [];
  const missing: BuilderField[] = [];

  let sdkAppId = r.sdkappid ?? '';
  if (sdkAppId === '' && inside) {
    sdkAppId = String(inside.sdkAppId);
    notes.push(`The URL has no sdkappid; the SDKAppID ${sdkAppId} was taken from the UserSig.`);
  }
  if (sdkAppId === '') missing.push('sdkAppId');
  let identifier = r.identifier ?? '';
  if (identifier === '' && inside) {
    identifier = inside.identifier;
    notes.push(
      `The URL has no identifier; ${JSON.stringify(identifier)} was taken from the UserSig.`,
    );
  }
  if (identifier === '') missing.push('identifier');
  if (r.path === '') missing.push('endpointPath');
  if (missing.length > 0) {
    return {
      ok: false,
      message: `The paste does not say the ${missing.join(', ')} of the request.`,
      missing,
    };
  }

  const region: RegionChoice = r.region
    ? { kind: 'region', id: r.region.id, backup: r.region.backup }
    : { kind: 'custom', host: r.host };
  if (!r.region)
    notes.push(`${r.host} is not a documented region's host; it was loaded as a custom host.`);
  if (r.scheme !== 'https')
    notes.push(`The paste used ${r.scheme}://; the builder sends over https.`);
  const bodyFromPaste = r.body !== null;
  if (!bodyFromPaste) notes.push('The paste has no body; write it in the builder.');
  return {
    ok: true,
    request: { region, sdkAppId, identifier, endpointPath: r.path, body: r.body?.text ?? '' },
    bodyFromPaste,
    notes,
  };
}
