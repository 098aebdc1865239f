export {
  inspectPaste,
  MAX_PASTE_CHARS,
  type InspectOptions,
  type InspectReport,
  type UnreadablePaste,
} from './inspect';
export {
  classifyPaste,
  readUserSigText,
  type PasteClass,
  type PasteKind,
  type UserSigText,
} from './classify';
export {
  parseCurl,
  type CurlHeader,
  type CurlParseResult,
  type CurlRequest,
  type ReadProblem,
} from './curl';
export {
  capNotes,
  detectShellDialect,
  lineColumn,
  lineFinder,
  MAX_NOTES,
  noteList,
  splitShellWords,
  type ReadNote,
  type ShellDialect,
  type ShellToken,
  type SplitResult,
  type TextPosition,
} from './shell-words';
export { excerptAt, visibleChar, EXCERPT_RADIUS, type Excerpt } from './excerpt';
export {
  checkRequest,
  MAX_QUERY_PARAMS,
  parseQuery,
  parseRequestUrl,
  QUERY_PARAMS,
  type BodyReport,
  type KnownRegion,
  type ParsedUrl,
  type QueryParam,
  type RegionOfHost,
  type RequestCheck,
  type RequestCheckName,
  type RequestInput,
  type RequestReport,
  type UserSigIdentity,
  type ValidateBody,
} from './request';
export {
  inspectUserSig,
  type UserBufView,
  type UserSigProblem,
  type UserSigReport,
  type UserSigSource,
  type UserSigView,
} from './usersig-report';
export {
  judgeUserSig,
  type RequestIdentity,
  type Verdict,
  type VerdictCode,
  type VerifyTarget,
} from './verdict';
export {
  toBuilderRequest,
  type BuilderField,
  type BuilderLoad,
  type BuilderRequest,
} from './builder';
