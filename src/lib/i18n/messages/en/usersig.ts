import type { Fmt } from '../../message';

export default {
  'usersig.placeholder': (p: { n: number }, f: Fmt) => f.number(p.n),
} satisfies Record<`usersig.${string}`, unknown>;
