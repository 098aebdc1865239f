// 校验与建议（简体中文）：请求体的问题（body-rules.ts）、表单输入的问题（form-input.ts）、
// 各接口自己的建议（AssistFlags、ClearRamble、mark_contact）以及发送栏旁的建议列表（advice.ts）。
// 字段名保持原样；沙盒的 ErrorInfo 始终用英文表，与真实服务一致。
import type { Fmt, Text, Translation } from '../../message';
import type en from '../en/rules';

const MAX_UINT32 = 4294967295;
const whole = (uint32: boolean) => (uint32 ? `取值 0 到 ${MAX_UINT32} 的整数` : '整数');
const or = (names: readonly string[]) => names.join(' 或 ');
const bitList = (bits: readonly number[]) =>
  `bit ${bits.join('、')}（值 ${bits.map((b) => String(2 ** b)).join('、')}）`;
// 复制粘贴时混进来的、看起来像 JSON 字符的字符（与 json-scan.ts 的列表相同）。
const LOOKALIKES: Record<string, string> = {
  '\u00a0': '不换行空格',
  '\u200b': '零宽空格',
  '\u2028': '行分隔符',
  '\u2029': '段分隔符',
  '\u3000': '全角空格',
  '\ufeff': '字节顺序标记（BOM）',
};
const hex4 = (c: string) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
const INDEX_HINT = '位序号（0、1、2）不是位值（1、2、4）：某个公开的 Java SDK 就犯了这个错误。';

export default {
  'rules.v.null': 'null',
  'rules.v.array': '数组',
  'rules.v.string': (p: { json: string }) => `字符串（${p.json}）`,
  'rules.v.number': (p: { n: number }) => `数字（${p.n}）`,
  'rules.v.true': 'true',
  'rules.v.false': 'false',
  'rules.v.object': '对象',
  'rules.v.other': (p: { type: string }) => p.type,

  'rules.notObject': (p: { id: string | null; value: Text }, f: Fmt) =>
    `请求体必须是 JSON 对象（{ … }）${p.id ? `，包含 ${p.id} 的字段` : ''}，而不是${f.t(p.value)}。`,
  'rules.missing': (
    p: { name: string; when: { field: string; value: string } | null; hint: Text },
    f: Fmt,
  ) =>
    `缺少 ${p.name}；${p.when ? `${p.when.field} 为 ${p.when.value} 时` : ''}它是必填字段。${f.t(p.hint)}`,
  'rules.hint.case': (p: { nested: boolean; found: string; name: string }) =>
    `${p.nested ? '该对象' : '请求体'}中有 "${p.found}"：字段名区分大小写，应写作 "${p.name}"。`,
  'rules.hint.string': (p: { name: string }) => `请添加 "${p.name}": "…"，值为非空字符串。`,
  'rules.hint.object': (p: { name: string }) => `请添加 "${p.name}"（表单会替你添加）。`,
  'rules.hint.value': (p: { name: string; json: string }) => `请添加 "${p.name}": ${p.json}。`,
  'rules.leftover': (p: { name: string; field: string; equals: string; value: string | null }) =>
    `${p.name} 仅在 ${p.field} 为 ${p.equals} 时使用，而这里的 ${p.field} ${p.value === null ? '不存在' : `是 ${p.value}`}：它多半是遗留的。请删除它，或把 ${p.field} 设为 ${p.equals}。`,
  'rules.unknown': (p: { name: string; owner: string; hint: Text | null }, f: Fmt) =>
    `${p.name} 不是 ${p.owner} 的字段${p.hint ? f.t(p.hint) : ''}。它会原样保留并发送；服务端可能忽略它，也可能拒绝请求。`,
  'rules.mean.case': (p: { name: string }) =>
    `（是指 ${p.name} 吗？服务端的拼写是 "${p.name}"：字段名区分大小写）`,
  'rules.mean.near': (p: { name: string }) => `（是指 ${p.name} 吗？字段名区分大小写）`,
  'rules.needOne': (p: { names: readonly string[] }) =>
    `请求体需要 ${or(p.names)} 之一，但两者都没有。`,
  'rules.both': (p: { names: readonly string[]; present: readonly string[] }) =>
    `请求体同时有 ${p.present.join(' 和 ')}：${or(p.names)} 只能发送一个。`,
  'rules.duplicate': (p: { path: string }) =>
    `"${p.path}" 在同一个对象中出现了不止一次。本工具（与 JSON.parse 一样）读取最后一个，但别的解析器可能读取第一个：请只保留一个。`,
  'rules.spelled': (p: { key: string; raw: string; n: number }) =>
    `${p.key} 写成了 ${p.raw}。它等于 ${p.n}，但服务端可能把小数点、指数或 -0 当作别的类型：请写 ${p.n}。`,
  'rules.arrayOf': (p: { name: string; strings: boolean; value: Text }, f: Fmt) =>
    `${p.name} 必须是${p.strings ? '字符串' : '整数'}数组，而不是${f.t(p.value)}。`,
  'rules.object': (p: { name: string; value: Text }, f: Fmt) =>
    `${p.name} 必须是对象（{ … }），而不是${f.t(p.value)}。`,
  'rules.objects': (p: { name: string; value: Text }, f: Fmt) =>
    `${p.name} 必须是对象数组（[{ … }]），而不是${f.t(p.value)}。`,
  'rules.emptyList': (p: { name: string }) => `${p.name} 为空：请至少添加一项。`,
  'rules.fewItems': (p: { name: string; n: number; least: number }) =>
    `${p.name} 有 ${p.n} 项；至少需要 ${p.least} 项。`,
  'rules.manyItems': (p: { name: string; n: number; most: number }) =>
    `${p.name} 有 ${p.n} 项；最多 ${p.most} 项。`,
  'rules.string': (p: { name: string; value: Text; quote: string | null }, f: Fmt) =>
    `${p.name} 必须是字符串，而不是${f.t(p.value)}${p.quote !== null ? `：请用双引号写成 "${p.quote}"` : ''}。`,
  'rules.emptyString': (p: { name: string; doc: Text }, f: Fmt) =>
    `${p.name} 为空，但它不能为空（${f.t(p.doc)}）。`,
  'rules.oneOf': (p: { name: string; values: string }) => `${p.name} 必须是 ${p.values} 之一。`,
  'rules.oneOfNot': (p: { name: string; values: string; v: number }) =>
    `${p.name} 必须是 ${p.values} 之一，而不是 ${p.v}。`,
  'rules.bytes': (p: { name: string; bytes: number; most: number }) =>
    `${p.name} 的 UTF-8 编码为 ${p.bytes} 字节；最多 ${p.most} 字节。`,
  'rules.bytesWarn': (p: { name: string; bytes: number; most: number | null; older: number }) =>
    `${p.name} 的 UTF-8 编码为 ${p.bytes} 字节。最新的页面允许 ${p.most ?? '更多'} 字节，但较早的页面和该错误码自己的说明是 ${p.older} 字节：服务端可能拒绝，沙盒会拒绝。`,
  'rules.space': (p: { name: string }) =>
    `${p.name} 的开头或结尾有空白字符，而服务端按原样精确匹配：除非该 UserID 确实如此，否则请删除。`,
  'rules.numberString': (p: { name: string; json: string; unquote: string | null }) =>
    `${p.name} 必须是数字，而不是字符串（${p.json}）${p.unquote !== null ? `：请去掉引号，写成 ${p.unquote}` : ''}。`,
  'rules.notNumber': (p: { name: string; uint32: boolean; value: Text }, f: Fmt) =>
    `${p.name} 必须是${whole(p.uint32)}，而不是${f.t(p.value)}。`,
  'rules.nan': (p: { name: string; uint32: boolean }) =>
    `${p.name} 是 NaN，JSON 无法表示它；它必须是${whole(p.uint32)}。`,
  'rules.infinite': (p: { name: string; uint32: boolean }) =>
    `${p.name} 大得无法表示为数字；它必须是${whole(p.uint32)}。`,
  'rules.fraction': (p: { name: string; uint32: boolean; v: number }) =>
    `${p.name} 必须是${whole(p.uint32)}：${p.v} 有小数部分。`,
  'rules.negative': (p: { name: string; v: number }) =>
    `${p.name} 不能为负数（${p.v}）：它是 uint32，取值 0 到 ${MAX_UINT32}。`,
  'rules.aboveUint32': (p: { name: string; v: number }) =>
    `${p.name} 为 ${p.v}，超过了 uint32 的最大值（${MAX_UINT32}）。`,
  'rules.unsafe': (p: { name: string; v: number }) =>
    `${p.name} 为 ${p.v}，大得无法精确发送（JavaScript 的数字精确到 2^53 为止）。`,
  'rules.range': (p: { name: string; v: number; lo: number | null; hi: number | null }) =>
    `${p.name} 为 ${p.v}；它必须在 ${p.lo ?? '…'} 到 ${p.hi ?? '…'} 之间。`,

  'rules.in.enter': (p: { uint32: boolean }) => `请输入${whole(p.uint32)}。`,
  'rules.in.negative': (p: { name: string }) => `${p.name} 不能为负数：请输入${whole(true)}。`,
  'rules.in.separators': (p: { name: string; fixed: string }) =>
    `${p.name} 不要写千位分隔符：${p.fixed}。`,
  'rules.in.decimal': (p: { name: string }) => `${p.name} 是整数：不能有小数点。`,
  'rules.in.digits': (p: { uint32: boolean }) => `只能输入数字：请输入${whole(p.uint32)}。`,
  'rules.in.tooLarge': (p: { text: string }) => `${p.text} 太大：uint32 最大为 ${MAX_UINT32}。`,
  'rules.in.unsafe': (p: { text: string }) => `${p.text} 太大，浏览器无法精确发送。`,
  'rules.in.manyItems': (p: { name: string; most: number; n: number }) =>
    `${p.name} 最多 ${p.most} 项；现在有 ${p.n} 项。`,
  'rules.in.manyNumbers': (p: { name: string; most: number; n: number }) =>
    `${p.name} 最多 ${p.most} 个数字；现在有 ${p.n} 个。`,
  'rules.in.word': (p: { json: string }) => `${p.json} 不是整数：请写用逗号或空格分隔的数字。`,
  'rules.in.outOfRange': (p: { v: number; lo: number | null; hi: number | null }) =>
    `${p.v} 超出范围：每个都必须在 ${p.lo ?? '…'} 到 ${p.hi ?? '…'} 之间。`,
  'rules.in.nested': (p: { name: string }) =>
    `${p.name} 要通过它自己的各个字段编辑，不能作为文本输入。`,

  'rules.adv.json': (p: { line: number; column: number; message: Text }, f: Fmt) =>
    `JSON 请求体在第 ${p.line} 行第 ${p.column} 列有错误：${f.t(p.message)}`,
  'rules.adv.pending': (p: { field: string; why: Text }, f: Fmt) =>
    `${p.field}：表单中输入的内容不在请求体中（${f.t(p.why)}）。`,
  'rules.adv.summary': (p: { n: number }, f: Fmt) =>
    `${f.plural(p.n, { other: `${p.n} 个问题` })}：发送后可看到服务端怎么说`,

  'rules.af.zero': `AssistFlags 为 0：所有选项都关闭。如果你想要的是 bit 0（置顶会话），它的值是 1。${INDEX_HINT} get_list 页面的示例发送的是 7。`,
  'rules.af.one': `AssistFlags 为 1，只设置了 bit 0（置顶会话）。如果你想要的是 bit 1（空会话），它的值是 2。${INDEX_HINT}`,
  'rules.af.two': `AssistFlags 为 2，只设置了 bit 1（空会话）。如果你想要的是 bit 2（置顶会话分页），它的值是 4。${INDEX_HINT}`,
  'rules.af.noPinned': 'bit 0（值 1，置顶会话）未设置：置顶会话不会与其他会话分开返回。',
  'rules.af.paginate':
    'bit 2（置顶会话分页）已设置，但 bit 0（支持置顶会话）未设置，所以它多半不起作用：请加上 1。',
  'rules.af.newer': (p: { bits: readonly number[] }) =>
    `设置了 ${bitList(p.bits)}。get_list 页面只说明了 bit 0 到 2；较新的页面发送 15（加上 bit 3）或 63（bit 3 到 5，会给每项加上 StandardMark、CustomMark 和 ContactGroupId），但没有说明每一位的作用。原样保留并发送。`,
  'rules.af.unknown': (p: { bits: readonly number[] }) =>
    `设置了 ${bitList(p.bits)}，没有任何文档页面提到它们。原样保留并发送；服务端可能忽略，也可能拒绝请求（50002）。`,

  'rules.del.clearRamble':
    'ClearRamble 为 1：除了会话本身，还会为 From_Account 清理该会话的漫游（云端存储）消息，且无法撤销。只删除会话请发送 0。',
  'rules.mark.custom': (p: { at: string }) =>
    `${p.at}.OptType 为 1（只设置标准标记），所以 CustomMark 不会生效：要同时设置请用 OptType 3。`,
  'rules.mark.setClear': (p: { at: string }) =>
    `${p.at}.OptType 为 2（只设置自定义标记），所以 SetMark 和 ClearMark 不会生效：要同时设置请用 OptType 3。`,
  'rules.mark.both': (p: { bits: string }) =>
    `bit ${p.bits} 同时被设置和取消；页面没有说明以哪个为准（沙盒先取消，再设置）。`,
  'rules.mark.reserved': (p: { bits: string }) =>
    `bit ${p.bits} 属于前 32 位，它们保留给 Chat 自己的标记（0 到 3 为星标、未读、折叠、隐藏）：App 自己的标记用 bit 32 到 63。`,

  // JSON 语法错误（json-scan.ts）。
  'rules.j.at': (p: { line: number; column: number; message: Text }, f: Fmt) =>
    `第 ${p.line} 行第 ${p.column} 列：${f.t(p.message)}`,
  'rules.j.end': '文本在应当出现值的地方结束了。',
  'rules.j.early': (p: { kind: 'object' | 'array'; line: number; column: number }) =>
    `文本提前结束：第 ${p.line} 行第 ${p.column} 列开始的${p.kind === 'object' ? '对象' : '数组'}没有闭合（请补上 ${p.kind === 'object' ? '}' : ']'}）。`,
  'rules.j.single': 'JSON 的字符串和属性名用双引号（"），不能用单引号。',
  'rules.j.curly': (p: { c: string }) => `${p.c} 是排版用的弯引号：JSON 需要直双引号（"）。`,
  'rules.j.comment': 'JSON 不允许注释：请删除。',
  'rules.j.look': (p: { c: string }) =>
    `这里有一个${LOOKALIKES[p.c] ?? '字符'}（U+${hex4(p.c)}），看不见，但 JSON 不允许：请换成普通空格或删除。`,
  'rules.j.eot': '文本末尾',
  'rules.j.ctl': (p: { c: string }) => `控制字符 U+${hex4(p.c)}`,
  'rules.j.u': '\\u 后面必须是四位十六进制数字，例如 \\u00e9。',
  'rules.j.bs': (p: { found: Text }, f: Fmt) => `${f.t(p.found)}前的反斜杠`,
  'rules.j.esc': (p: { what: Text }, f: Fmt) =>
    `${f.t(p.what)} 不是 JSON 转义。可用的转义有 \\" \\\\ \\/ \\b \\f \\n \\r \\t 和 \\uXXXX；反斜杠本身请写 \\\\。`,
  'rules.j.eol': '字符串在行尾之前没有闭合：请用 " 闭合（字符串内换行请写 \\n）。',
  'rules.j.ctlIn': (p: { c: string }) =>
    `字符串内不允许控制字符 U+${hex4(p.c)}${p.c === '\t' ? '（制表符）：请写 \\t' : `：请写成 \\u${hex4(p.c)}`}。`,
  'rules.j.open': '字符串没有闭合：请补上结尾的 "。',
  'rules.j.notNum': (p: { word: string }) => `${p.word} 不是 JSON 数字。`,
  'rules.j.minus': '负号后面必须跟数字。',
  'rules.j.hex': '十六进制数（0x…）不是 JSON：请写成十进制。',
  'rules.j.zero': 'JSON 数字不能以 0 开头，除非它就是 0（写 7，不要写 07）。',
  'rules.j.dot': '小数点后面必须跟数字。',
  'rules.j.exp': '指数（e）后面必须跟数字。',
  'rules.j.noValue': (p: { key: string }) => `"${p.key}" 没有值：请在冒号后写一个值。`,
  'rules.j.unexpected': (p: { found: Text }, f: Fmt) =>
    `这里应当是一个值，却出现了 ${f.t(p.found)}。`,
  'rules.j.missing': (p: { c: string }) => `意外的 ${p.c}：缺少一个值。`,
  'rules.j.plus': 'JSON 数字不能以 + 开头：请删除它。',
  'rules.j.lead': 'JSON 数字不能以小数点开头：写 0.5，不要写 .5。',
  'rules.j.case': (p: { word: string }) =>
    `${p.word} 不是 JSON：请写小写的 ${p.word.toLowerCase()}。`,
  'rules.j.none': 'None 是 Python 的写法，不是 JSON：请写 null。',
  'rules.j.undef': 'undefined 不是 JSON：请写 null，或不写这个字段。',
  'rules.j.word': (p: { word: string }) =>
    `意外的单词 ${p.word}：文本必须放在双引号里（"${p.word}"）。`,
  'rules.j.deep': (p: { max: number }) =>
    `对象和数组嵌套超过 ${p.max} 层：本工具只读取这个深度以内的请求体。`,
  'rules.j.quote': (p: { word: string }) => `属性名必须放在双引号里：请写 "${p.word}"。`,
  'rules.j.name': (p: { found: Text }, f: Fmt) =>
    `这里应当是放在双引号里的属性名，却出现了 ${f.t(p.found)}。`,
  'rules.j.colon': (p: { key: string; eq: boolean }) =>
    `属性名 "${p.key}" 后面应当是冒号${p.eq ? '（JSON 用 :，不用 =）' : ''}。`,
  'rules.j.trailing': '多余的逗号：JSON 不允许在最后一项后面加逗号，请删除。',
  'rules.j.closes': (p: { c: string; kind: 'object' | 'array'; line: number; column: number }) =>
    `出现了 ${p.c}，但第 ${p.line} 行第 ${p.column} 列开始的${p.kind === 'object' ? '对象' : '数组'}应以 ${p.kind === 'object' ? '}' : ']'} 结束。`,
  'rules.j.commaKey': (p: { key: string; name: boolean }) =>
    `"${p.key}" 的值后面应当是逗号或 }。${p.name ? '这个属性名前面缺少逗号。' : ''}`,
  'rules.j.commaItem': (p: { index: number }) => `数组第 ${p.index} 项后面应当是逗号或 ]。`,
  'rules.j.empty': '文本为空：请求体必须是一个 JSON 对象，例如 {}。',
  'rules.j.after': (p: { found: Text }, f: Fmt) =>
    `JSON 值结束后又出现了 ${f.t(p.found)}：请求体必须恰好是一个值。`,
  'rules.j.invalid': '请求体不是有效的 JSON。',

  // 表单无法写入请求体的原因。
  'rules.fe.json': (p: { line: number; column: number }) =>
    `JSON 在第 ${p.line} 行第 ${p.column} 列有错误：请先在编辑器中改正，表单才能再次写入。`,
  'rules.fe.notObject': (p: { remove: boolean }) =>
    `请求体不是 JSON 对象，表单无法${p.remove ? '从中删除' : '在其中设置'}字段。`,
  'rules.fe.reach': (p: { path: string }) => `表单无法定位到 ${p.path}。`,
  'rules.fe.noItem': (p: { path: string; step: number }) => `${p.path} 没有第 ${p.step} 项。`,
  'rules.fe.blocked': (p: {
    at: string;
    is: 'array' | 'object' | null;
    step: string;
    path: string;
  }) =>
    `${p.at || '请求体'}${p.is === 'array' ? '是数组' : p.is === 'object' ? '是对象' : `在 ${p.step} 处不是对象`}，表单无法设置 ${p.path}：请在编辑器中改正。`,
  'rules.fe.notArray': (p: { path: string }) => `${p.path} 不是数组：请在编辑器中改正。`,
  'rules.fe.loading': '嵌套字段的表单仍在加载。',
  'rules.fe.format': (p: { line: number; column: number; message: Text }, f: Fmt) =>
    `无法格式化：${f.t(p.message)}（第 ${p.line} 行第 ${p.column} 列）。`,
} satisfies Translation<typeof en>;
