import type { Fmt, Translation } from '../../message';
import type en from '../en/history';

export default {
  'history.placeholder': (p: { n: number }, f: Fmt) => f.number(p.n),
} satisfies Translation<typeof en>;
