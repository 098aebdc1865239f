import type { Fmt, Translation } from '../../message';
import type en from '../en/inspect';

export default {
  'inspect.placeholder': (p: { n: number }, f: Fmt) => f.number(p.n),
} satisfies Translation<typeof en>;
