// Compare's texts in English: two answers of one endpoint side by side (components/response/
// CompareView.svelte, lib/response/compare.ts). Loaded with Compare, from the Response panel or
// History.
import type { Fmt, Text } from '../../message';

export default {
  'compare.title': 'Compare',
  'compare.close': 'Close',
  'compare.nothing': (p: { reasons: Text[] }, f: Fmt) =>
    `Nothing to compare: ${p.reasons.map(f.t).join('; ')}.`,
  'compare.counts': (
    p: { added: number; removed: number; changed: number; same: number },
    f: Fmt,
  ) =>
    `${f.number(p.added)} added, ${f.number(p.removed)} removed, ${f.number(p.changed)} changed, ${f.number(p.same)} the same`,
  'compare.fields': (p: { n: number }, f: Fmt) =>
    `; ${f.number(p.n)} top-level ${f.plural(p.n, { one: 'field', other: 'fields' })} changed`,
  'compare.end': '.',
  'compare.sep': '; ',
  'compare.same': 'The two answers are the same.',
  'compare.topFields': 'Top-level fields',
  'compare.field': 'Field',
  'compare.before': 'Before',
  'compare.after': 'After',
  'compare.removed': 'Removed',
  'compare.added': 'Added',
  'compare.changed': 'Changed',
  'compare.more': (p: { n: number }, f: Fmt) => `… and ${f.number(p.n)} more.`,
  'compare.absent': '(absent)',
  'compare.cut': (p: { label: string }) =>
    `${p.label}: history kept only the start of its large answer, which cannot be read as JSON`,
  'compare.unreadable': (p: { label: string }) => `${p.label} has no answer that can be read`,
  'compare.unreadPages': (p: { label: string; unread: number; pages: number }, f: Fmt) =>
    `${p.label}: ${f.number(p.unread)} of ${f.number(p.pages)} page(s) could not be read (history kept only part of a large answer, or it was not JSON), so their items are not compared.`,
};
