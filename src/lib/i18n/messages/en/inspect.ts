import type { Fmt } from '../../message';

export default {
  'inspect.placeholder': (p: { n: number }, f: Fmt) => f.number(p.n),
} satisfies Record<`inspect.${string}`, unknown>;
