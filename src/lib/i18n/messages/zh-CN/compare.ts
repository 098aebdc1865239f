// “对比”的文字（简体中文）：同一接口的两次应答并排比较。
import type { Fmt, Text, Translation } from '../../message';
import type en from '../en/compare';

export default {
  'compare.title': '对比',
  'compare.close': '关闭',
  'compare.nothing': (p: { reasons: Text[] }, f: Fmt) =>
    `无可对比：${p.reasons.map(f.t).join('；')}。`,
  'compare.counts': (
    p: { added: number; removed: number; changed: number; same: number },
    f: Fmt,
  ) =>
    `新增 ${f.number(p.added)} 项，移除 ${f.number(p.removed)} 项，变更 ${f.number(p.changed)} 项，相同 ${f.number(p.same)} 项`,
  'compare.fields': (p: { n: number }, f: Fmt) => `；${f.number(p.n)} 个顶层字段有变更`,
  'compare.end': '。',
  'compare.sep': '；',
  'compare.same': '两次应答相同。',
  'compare.topFields': '顶层字段',
  'compare.field': '字段',
  'compare.before': '之前',
  'compare.after': '之后',
  'compare.removed': '移除',
  'compare.added': '新增',
  'compare.changed': '变更',
  'compare.more': (p: { n: number }, f: Fmt) => `……另有 ${f.number(p.n)} 项。`,
  'compare.absent': '（无）',
  'compare.cut': (p: { label: string }) =>
    `${p.label}：历史记录只保留了这份大应答的开头，无法作为 JSON 读取`,
  'compare.unreadable': (p: { label: string }) => `${p.label}没有可读取的应答`,
  'compare.unreadPages': (p: { label: string; unread: number; pages: number }, f: Fmt) =>
    `${p.label}：${f.number(p.pages)} 页中有 ${f.number(p.unread)} 页无法读取（历史记录只保留了大应答的一部分，或它不是 JSON），因此不比较这些页的条目。`,
} satisfies Translation<typeof en>;
