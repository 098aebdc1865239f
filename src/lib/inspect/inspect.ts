// "Paste anything, see what the server will say" (issue 7): one entry point that classifies a
// paste, reads it, decodes the UserSig in it and judges it. Pasted text is parsed, never run.
import { msg, type Text } from '../i18n/message';
import { isUint32Text } from '../json/value';
import { classifyPaste, type PasteClass } from './classify';
import { parseCurl, type ReadProblem } from './curl';
import { excerptAt, type Excerpt } from './excerpt';
import {
  checkRequest,
  parseRequestUrl,
  type RegionOfHost,
  type RequestInput,
  type RequestReport,
  type ValidateBody,
} from './request';
import { inspectUserSig, type UserSigReport } from './usersig-report';
import { judgeUserSig, type Verdict } from './verdict';

/** The world inspectPaste depends on: the clock, the key (optional), and the api library's lookups. */
export interface InspectOptions<I> {
  /** Milliseconds, like Date.now (the default). */
  now?: () => number;
  /** The app's SecretKey, held by the caller in memory only; never put in the report. */
  key?: string;
  regionOfHost: RegionOfHost;
  validateBody: ValidateBody<I>;
  /** Whether the service refuses a body with this issue; without it, every issue is taken to be one. */
  isBodyError?: (issue: I) => boolean;
}

/** A read problem with the pasted text around it, when a place is to blame. */
export interface UnreadablePaste {
  message: Text;
  at?: ReadProblem['at'];
  excerpt: Excerpt | null;
}

/**
 * The longest paste read: 1 MB of ASCII. A UserSig is a few hundred characters and a request
 * URL under 8 KB, so anything longer is a mistake (a log file, a whole export); reading it
 * would only keep the page busy.
 */
export const MAX_PASTE_CHARS = 1_000_000;

/** What inspectPaste found, by kind of paste; `I` is the type of validateBody's issues. */
export type InspectReport<I = unknown> =
  | { kind: 'empty'; classification: PasteClass }
  | { kind: 'unknown'; classification: PasteClass }
  | { kind: 'too-large'; classification: PasteClass }
  | { kind: 'unreadable'; classification: PasteClass; problem: UnreadablePaste }
  | { kind: 'usersig'; classification: PasteClass; userSig: UserSigReport; verdict: Verdict }
  | {
      kind: 'request';
      classification: PasteClass;
      request: RequestReport<I>;
      /** The usersig from the query, decoded; null when the URL has none. */
      userSig: UserSigReport | null;
      verdict: Verdict;
    };

/** A query value percent-decoded with its "+" kept; as written where an escape is broken. */
function readKeepingPlus(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function unreadable(
  classification: PasteClass,
  text: string,
  problem: ReadProblem,
): InspectReport<never> {
  return {
    kind: 'unreadable',
    classification,
    problem: {
      message: problem.message,
      ...(problem.at ? { at: problem.at } : {}),
      excerpt: problem.at ? excerptAt(text, problem.at.position) : null,
    },
  };
}

/** Inspects anything pasted: a UserSig, a request URL or a curl command, down to the server's likely answer. */
export async function inspectPaste<I>(
  text: string,
  options: InspectOptions<I>,
): Promise<InspectReport<I>> {
  const { now = Date.now, regionOfHost, validateBody, isBodyError } = options;
  const key = options.key;
  const judgeOptions = key === undefined ? { now } : { now, key };
  if (text.length > MAX_PASTE_CHARS) {
    const mb = (text.length / 1_000_000).toFixed(1);
    const reason = msg('inspect.read.tooLarge', { mb, max: MAX_PASTE_CHARS });
    return { kind: 'too-large', classification: { kind: 'too-large', reason } };
  }
  const classification = classifyPaste(text);

  switch (classification.kind) {
    case 'empty':
    case 'unknown':
    case 'too-large':
      return { kind: classification.kind, classification };
    case 'usersig': {
      const userSig = await inspectUserSig(classification.userSig, {
        now,
        notes: classification.notes,
      });
      return {
        kind: 'usersig',
        classification,
        userSig,
        verdict: await judgeUserSig(userSig, null, judgeOptions),
      };
    }
    case 'url':
    case 'curl': {
      let input: RequestInput;
      if (classification.kind === 'curl') {
        const curl = parseCurl(classification.text);
        if (!curl.ok) return unreadable(classification, classification.text, curl.problem);
        const { url, method, headers, body, notes } = curl.request;
        input = { source: 'curl', url, method, headers, body, notes };
      } else {
        input = {
          source: 'url',
          url: classification.text,
          method: null,
          headers: [],
          body: null,
          notes: [],
        };
      }
      const parsed = parseRequestUrl(input.url);
      if (!parsed.ok) return unreadable(classification, classification.text, parsed.problem);
      const param = parsed.parsed.query.find((p) => p.name === 'usersig');
      // The server reads the usersig as the query decodes it: no further cleaning, so a second
      // layer of URL-encoding shows up as the "%" the server would trip on. A "+" decodes to a
      // space, which fails the same way (70003); it is shown as the "+" it was, since that names
      // the cause (standard base64) better than a space would.
      const sigText = param?.raw.includes('+') ? readKeepingPlus(param.raw) : param?.value;
      const userSig =
        sigText === undefined || sigText === ''
          ? null
          : await inspectUserSig(sigText, { now, source: 'query' });
      const inside = userSig?.decoded.ok ? userSig.decoded : null;
      const request = checkRequest(
        input,
        parsed.parsed,
        { regionOfHost, validateBody, isBodyError },
        inside,
        inside !== null,
      );
      const identity = {
        sdkAppId:
          request.sdkappid !== null && isUint32Text(request.sdkappid)
            ? Number(request.sdkappid)
            : null,
        identifier: request.identifier === '' ? null : request.identifier,
      };
      const verdict = await judgeUserSig(userSig, identity, judgeOptions);
      return { kind: 'request', classification, request, userSig, verdict };
    }
  }
}
