// 应答部分的文字（简体中文）：应答面板（结果行、“拉取全部页”的小结、视图与标签页）、应答表格的
// 列名、单元格与工具、原始 JSON 视图。随应答面板加载，不在首屏。列名中的字段名
// （MsgTime、ContactItem、Peer_Account 等）保持原样；会话类型、置顶等用语据
// cloud.tencent.com/document/product/269/62118 拉取会话列表。
import { formatRelative } from '../../../time/format';
import type { Fmt, Text, Translation } from '../../message';
import type en from '../en/answer';

const WAYS = { sandbox: '沙盒', direct: '直连', proxy: '代理' } as const;

export default {
  'answer.press': '按“发送”（或 Ctrl+Enter），应答会显示在这里并附有解释。',
  'answer.sent': (p: { at: number }, f: Fmt) => `发送于 ${f.date(p.at)}。`,
  'answer.tabs': '应答视图',
  'answer.tab.table': '表格',
  'answer.tab.json': 'JSON',
  'answer.json': '应答 JSON',
  'answer.noItems': (p: { field: string }) => `此应答中没有 ${p.field} 条目。`,
  'answer.noList': '此应答中没有条目列表：它的字段见上方。',
  'answer.none': '此应答中没有条目。',
  'answer.proxyHelp': '代理帮助',
  'answer.ms': (p: { ms: number }, f: Fmt) => `${f.number(p.ms)} 毫秒`,
  'answer.bytes': (p: { n: number }, f: Fmt) => `${f.number(p.n)} 字节`,
  'answer.via': (p: { way: 'sandbox' | 'direct' | 'proxy' }) => `经由${WAYS[p.way]}`,
  'answer.compare': '对比',
  'answer.compare.with': (p: { at: string }) => `与此接口的上一次发送对比（${p.at}）`,
  'answer.compare.none': '与此接口的上一次发送对比（发送过第二次后可用）',
  'answer.compare.previous': (p: { at: string }) => `上一次发送（${p.at}）`,
  'answer.compare.this': (p: { at: string }) => `本次发送（${p.at}）`,
  'answer.run.title': (p: { status: Text }, f: Fmt) => `拉取全部页：${f.t(p.status)}`,
  'answer.run.status.complete': '已完成',
  'answer.run.status.error': '出错',
  'answer.run.status.cancelled': '已取消',
  'answer.run.status.stuck': '停滞',
  'answer.run.status.limit': '因达到上限而停止',
  'answer.run.counts': (p: { pages: number; items: number }) => `${p.pages} 页，${p.items} 个会话`,
  'answer.run.duplicates': (p: { n: number }) => `${p.n} 个重复`,
  'answer.run.anomalies': (p: { n: number }, f: Fmt) => `${f.number(p.n)} 处异常`,
  'answer.run.stoppedAt': (p: { page: number; message: Text }, f: Fmt) =>
    `停在第 ${f.number(p.page)} 页：${f.t(p.message)}`,
  'answer.run.page': (p: { page: number; message: Text }, f: Fmt) =>
    `第 ${f.number(p.page)} 页：${f.t(p.message)}`,

  'answer.table.filter': '筛选',
  'answer.table.filterOf': (p: { field: string }) => `筛选 ${p.field}`,
  'answer.table.anyColumn': '任意列',
  'answer.table.filterBy': (p: { header: string }) => `按 ${p.header} 筛选`,
  'answer.table.all': '全部',
  'answer.table.shownOf': (p: { shown: number; all: number }, f: Fmt) =>
    `显示 ${f.number(p.shown)} / ${f.number(p.all)} 行`,
  'answer.table.rows': (p: { n: number }, f: Fmt) => `${f.number(p.n)} 行`,
  'answer.table.shown': (p: { n: number }, f: Fmt) => `显示 ${f.number(p.n)} 行`,
  'answer.table.csv': '导出 CSV',
  'answer.table.jsonExport': '导出 JSON',
  'answer.table.actions': '操作',
  'answer.table.duplicate': '重复',
  'answer.table.noMatch': '没有符合筛选条件的行。',
  'answer.table.dupNote': '标记为“重复”的行与本次拉取中较早的条目相同。',
  'answer.json.cut': (p: { shown: number; all: number }, f: Fmt) =>
    `只显示了 ${f.number(p.all)} 个字符中的前 ${f.number(p.shown)} 个。`,
  'answer.json.fold': '折叠',
  'answer.json.unfold': '展开',

  'answer.col.peerOrGroup': '对端或群组 ID',
  'answer.col.msgTime': '最后一条消息（MsgTime）',
  'answer.col.pinned': '置顶',
  'answer.col.conversation': '会话（ContactItem）',
  'answer.col.peer': '对端（Peer_Account）',
  'answer.col.unread': '未读数（C2CUnreadMsgNum）',
  'answer.col.groups': '分组（ContactGroupId）',
  'answer.col.updated': '更新时间（Timestamp）',
  'answer.col.deleted': '已删除的 GroupName',
  'answer.col.operation': (p: { field: string }) => `操作（${p.field}）`,
  'answer.col.update': '更新（UpdateGroupType）',
  'answer.col.notImported': '未导入的 UserID',
  'answer.cell.none': '（无）',
  'answer.cell.notPinned': '未置顶',
  'answer.cell.oneToOne': '单聊',
  'answer.cell.group': '群聊',
  'answer.cell.type': (p: { type: string }) => `类型 ${p.type}`,
  'answer.cell.noMessage': '—（尚无消息）',
  'answer.cell.time': (p: { at: number; now: number }, f: Fmt) =>
    `${f.date(p.at)} · ${formatRelative(p.at, p.now, f.locale)}`,
  'answer.cell.success': '0 · 成功',
  'answer.cell.code': (p: { code: number; meaning: Text }, f: Fmt) =>
    `${p.code} · ${f.t(p.meaning)}`,
  'answer.cell.uncatalogued': (p: { code: number }) =>
    `${p.code} · 不在本工具的目录中：请看 ResultInfo`,
  'answer.cell.pair': (p: { first: Text; second: Text }, f: Fmt) =>
    `${f.t(p.first)} · ${f.t(p.second)}`,
  'answer.cell.marks': (p: { bits: string; names: Text[] }, f: Fmt) =>
    `${p.bits} · ${p.names.map(f.t).join('、')}`,
  'answer.cell.noMarks': (p: { bits: string }) => `${p.bits} · 无`,
  // 据 cloud.tencent.com/document/product/269/85792 会话标记：标准标记位
  'answer.mark.star': '星标',
  'answer.mark.unread': '未读',
  'answer.mark.fold': '折叠',
  'answer.mark.hide': '隐藏',
  'answer.op.standardMarks': '标准标记',
  'answer.op.customMark': '自定义标记',
  'answer.op.both': '两者',
  'answer.op.rename': '重命名',
  'answer.op.conversations': '会话',
  'answer.op.add': '添加',
  'answer.op.remove': '移除',
  'answer.cell.bit': (p: { bit: number }) => `第 ${p.bit} 位`,
  'answer.cell.notImported': 'NotImported · 可用 account_import 导入',
  'answer.row.unread': '未读…',
  'answer.row.unreadWith': (p: { peer: string }) => `与 ${p.peer} 的未读数`,
  'answer.row.group': '分组…',
  'answer.row.mark': '标记…',

  // 应答为何不能继续翻页（“下一页”和“拉取全部页”共用），以及发送栏的提示。
  'answer.np.notObject': '应答不是 JSON 对象。',
  'answer.np.flag': (p: { field: string; got: string | null }) =>
    `应答中没有取值为 0 或 1 的 ${p.field}（它是 ${p.got ?? '无'}），所以不是一页：请查看 ActionStatus 和 ErrorCode。`,
  'answer.np.noCursor': (p: { field: string }) =>
    `应答中没有 ${p.field}，所以没有可以继续的游标（错误应答不带游标）。`,
  'answer.np.cursor': (p: { field: string; got: string | null; max: number }) =>
    `应答的 ${p.field} 是 ${p.got ?? '无'}，不是 0 到 ${p.max} 的整数：无法据此构造下一页。`,
  'answer.np.body': '请求体不是 JSON 对象。',
  'answer.np.noPaging': (p: { id: string }) => `${p.id} 不分页。`,
  'answer.np.noAnswer': '没有可以继续的应答。',
  'answer.np.other': '上一个应答来自另一个接口：请先发送这个接口。',
  'answer.np.fetchAll': (p: { line: number | null; column: number | null }) =>
    `“拉取全部页”会把每个应答的游标复制到请求体中，所以请求体必须是 JSON 对象，而这个请求体${p.line === null ? '不是' : `无法解析（第 ${p.line} 行，第 ${p.column} 列）`}。“发送”会按原样发送它，以查看服务的回应。`,

  // “拉取全部页”停止的原因和发现的问题。ErrorInfo 保持服务返回的原文。
  'answer.stop.pages': (p: { pages: number; field: string }) =>
    `已达到页数上限而停止：已拉取 ${p.pages} 页，${p.field} 仍为 0；已拉取的内容会保留。提高上限可以继续拉取。`,
  'answer.stop.items': (p: { items: number; max: number; field: string }) =>
    `已达到条目上限而停止：已收集 ${p.items} 个条目（上限为 ${p.max}），${p.field} 仍为 0；已拉取的内容会保留。提高上限可以继续拉取。`,
  'answer.stop.memory': (p: { held: string; budget: string; field: string }) =>
    `为保护此标签页而停止：已拉取的页约占 ${p.held} 内存（预算为 ${p.budget}），${p.field} 仍为 0；已拉取的内容会保留。`,
  'answer.page.notObject': '应答不是 JSON 对象。',
  'answer.page.service': (p: { code: number | string; info: string }) =>
    `服务返回了 ErrorCode ${p.code}${p.info ? `：${p.info}` : ''}`,
  'answer.page.notArray': (p: { field: string }) => `应答中的 ${p.field} 不是数组。`,
  'answer.page.badFlag': (p: { field: string; value: string | null }) =>
    `应答中的 ${p.field} 为 ${p.value ?? '缺失'}，不是 0 或 1。`,
  'answer.page.empty': (p: { page: number; field: string }) =>
    `第 ${p.page} 页为空，但 ${p.field} 为 0：服务表示还有更多，却一条也没有返回。`,
  'answer.page.unchanged': (p: { page: number; field: string }) =>
    `第 ${p.page} 页返回 ${p.field} 为 0，游标却与发送的相同：照此拉取将永无止境。`,
  'answer.page.backwards': (p: {
    field: string;
    before: string;
    after: string;
    order: 'ascending' | 'descending';
  }) =>
    `${p.field} 从 ${p.before} 变为 ${p.after}，与其${p.order === 'ascending' ? '递增' : '递减'}顺序相反：页面可能重复。`,
  'answer.page.loop': (p: { page: number }) =>
    `第 ${p.page} 页返回的游标在更早的页中已发送过：分页在兜圈子。`,
  'answer.page.noProgress': (p: { n: number; field: string }) =>
    `连续 ${p.n} 页没有带来新条目，而 ${p.field} 一直为 0：分页没有进展。`,

  'answer.auto.forgotten': (p: { way: 'direct' | 'proxy'; host: string }) =>
    `自动：${WAYS[p.way]}此前对 ${p.host} 可用，这次失败了，因此不再记住；下次发送会重新尝试两种方式。`,
  'answer.auto.remembered': (p: { way: 'direct' | 'proxy'; host: string }) =>
    `自动：${WAYS[p.way]}，与上次访问 ${p.host} 时相同。`,
  'answer.auto.notSent': (p: { tried: ('direct' | 'proxy')[] }) =>
    `自动先后尝试了${p.tried.map((w) => WAYS[w]).join('、')}；请求本身没有发送。`,
  'answer.auto.direct': (p: { host: string }) => `自动：${p.host} 可以直接响应此页面。`,
  'answer.auto.proxy': (p: { host: string }) =>
    `自动：浏览器无法直接访问 ${p.host}（被 CORS 拦截或浏览器网络问题；代理可以访问），因此这次经由代理发送。`,
} satisfies Translation<typeof en>;
