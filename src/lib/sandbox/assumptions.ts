// What the sandbox decides where the documentation is silent (docs/reference/session-apis.md
// lists each "not documented"), in the words the page shows beside Reset and the README repeats.
// Each is tested (tests/unit/sandbox/family.test.ts) and none is presented as Tencent's. The
// sentences are in the bench tables (messages/<locale>/bench.ts); the English ones are the README's.
import { msg, type Msg } from '../i18n/message';

/** The sandbox's assumptions, one sentence each. */
export const SANDBOX_ASSUMPTIONS: readonly Msg[] = [
  msg('bench.as.1'),
  msg('bench.as.2'),
  msg('bench.as.3'),
  msg('bench.as.4'),
  msg('bench.as.5'),
  msg('bench.as.6'),
  msg('bench.as.7'),
  msg('bench.as.8'),
  msg('bench.as.9'),
  msg('bench.as.10'),
  msg('bench.as.11'),
  msg('bench.as.12'),
];
