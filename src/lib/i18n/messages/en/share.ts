import type { Fmt } from '../../message';

export default {
  'share.placeholder': (p: { n: number }, f: Fmt) => f.number(p.n),
} satisfies Record<`share.${string}`, unknown>;
