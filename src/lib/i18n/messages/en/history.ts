import type { Fmt } from '../../message';

export default {
  'history.placeholder': (p: { n: number }, f: Fmt) => f.number(p.n),
} satisfies Record<`history.${string}`, unknown>;
