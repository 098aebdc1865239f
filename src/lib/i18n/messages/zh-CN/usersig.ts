import type { Fmt, Translation } from '../../message';
import type en from '../en/usersig';

export default {
  'usersig.placeholder': (p: { n: number }, f: Fmt) => f.number(p.n),
} satisfies Translation<typeof en>;
