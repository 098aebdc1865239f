// 历史记录的文字（简体中文）：各操作后的状态提示、条目的描述、模型的失败信息和面板标签。
import type { Fmt, Text, Translation } from '../../message';
import type en from '../en/history';

const entries = (n: number, f: Fmt) => `${f.number(n)} 条记录`;

export default {
  'history.why.full': '存储空间已满',
  'history.why.none': '未附带说明的错误',
  'history.failed': (p: { what: Text; why: Text }, f: Fmt) => `${f.t(p.what)}：${f.t(p.why)}。`,
  'history.unreadable': (p: { n: number }, f: Fmt) =>
    `${entries(p.n, f)}无法读取（已损坏，或来自更新版本的应用），未列出；“全部清除”会将其删除`,
  'history.add.dropped': (p: { n: number }, f: Fmt) =>
    `存储空间已满：为保留最新的请求，历史记录删除了最早的 ${f.number(p.n)} 条未加星标的记录。`,
  'history.import.nothing': (p: { file: string; reason: Text }, f: Fmt) =>
    `未从“${p.file}”导入任何内容：${f.t(p.reason)}`,
  'history.import.done': (
    p: {
      file: string;
      added: number;
      skipped: number;
      rejected: number;
      overLimit: number;
      limit: number | null;
      upgraded: number;
    },
    f: Fmt,
  ) =>
    [
      `已从“${p.file}”导入：新增 ${f.number(p.added)} 条，${f.number(p.skipped)} 条已存在而跳过，拒绝 ${f.number(p.rejected)} 条。`,
      p.overLimit > 0
        ? `另有 ${entries(p.overLimit, f)}超出了${p.limit === null ? '' : ` ${f.number(p.limit)} 条`}未加星标记录的上限：请调高上限后再次导入。`
        : '',
      p.upgraded > 0 ? `其中 ${entries(p.upgraded, f)}来自旧版本的应用，已升级。` : '',
    ]
      .filter(Boolean)
      .join(''),
  'history.import.rejectedOne': (p: { n: number; reason: Text }, f: Fmt) =>
    `第 ${p.n} 条被拒绝：${f.t(p.reason)}。`,
  'history.import.rejectedMore': (p: { n: number }, f: Fmt) => `……另有 ${f.number(p.n)} 条被拒绝。`,
  'history.cleared': (p: { removed: number; kept: number }, f: Fmt) =>
    `已删除 ${entries(p.removed, f)}。${p.kept > 0 ? `保留了 ${f.number(p.kept)} 条加星标的记录。` : ''}`,
  'history.limit': (p: { n: number; pruned: number }, f: Fmt) =>
    `历史记录最多保留 ${f.number(p.n)} 条未加星标的记录${p.pruned > 0 ? `：已删除最早的 ${f.number(p.pruned)} 条。` : '。'}`,
  'history.exported': (p: { n: number }, f: Fmt) =>
    `已导出 ${entries(p.n, f)}，其中不含密钥和 UserSig。`,
  'history.gone': '该记录已不存在：它已被删除，可能是在另一个标签页中。',

  'history.place.backup': (p: { name: Text }, f: Fmt) => `${f.t(p.name)}（备用）`,
  'history.place': (p: { region: Text; host: string }, f: Fmt) => `${f.t(p.region)} · ${p.host}`,
  'history.endpoint': (p: { title: Text; path: string }, f: Fmt) => `${f.t(p.title)} · ${p.path}`,
  'history.endpoint.unknown': (p: { id: string; raw: boolean }) =>
    `未知${p.raw ? '的原始路径' : '接口'} ${JSON.stringify(p.id)}`,
  'history.endpoint.raw': (p: { named: string; path: string }) => `${p.named}${p.path}（原始模式）`,
  'history.via.sandbox': '页内沙盒',
  'history.via.proxy': '经代理',
  'history.via.direct': '直连',
  'history.badge.fail': (p: { code: number | null }) =>
    p.code === null ? '失败' : `失败 ${p.code}`,
  'history.badge.cancelled': '已取消',
  'history.badge.noAnswer': (p: { failure: string }) => `无应答（${p.failure}）`,
  'history.fact.failure': '失败原因',
  'history.fact.message': '信息',
  'history.fact.time': '耗时',
  'history.fact.size': '大小',
  'history.run': (p: { pages: number; items: number }, f: Fmt) =>
    `${f.number(p.pages)} 页 · ${f.number(p.items)} 项`,

  'history.what.read': '无法读取历史记录',
  'history.what.star': '历史记录无法更改星标',
  'history.what.delete': '历史记录无法删除该记录',
  'history.what.clear': '无法清除历史记录',
  'history.what.export': '无法导出历史记录',
  'history.what.readEntry': '历史记录无法读取该记录',
  'history.what.save': '历史记录无法保存请求',
  'history.what.readFile': (p: { file: string }) => `未导入任何内容：无法读取“${p.file}”`,
  'history.off.load': (p: { cause: string }) =>
    `历史记录已关闭：其代码未能加载（${p.cause}）。其他功能均正常。`,

  'history.ui.intro':
    '每次发送都会保存在本浏览器中（IndexedDB），不含密钥、UserSig 和带签名的 URL。选择一条记录即可将其载入构建器。',
  'history.ui.unsaved': (p: { n: number }, f: Fmt) =>
    `本标签页有 ${f.number(p.n)} 次发送未能保存。`,
  'history.ui.dismiss': '关闭',
  'history.ui.opening': '正在打开历史记录…',
  'history.ui.loading': '加载中…',
  'history.ui.empty':
    '还没有请求。在构建器中点击“发送”：每次发送、它的应答以及“拉取全部分页”都会显示在这里。',
  'history.ui.count': (p: { n: number }, f: Fmt) => entries(p.n, f),
  'history.ui.countMatch': (p: { total: number; stored: number }, f: Fmt) =>
    `${f.number(p.stored)} 条中有 ${f.number(p.total)} 条符合`,
  'history.ui.showing': (p: { n: number }, f: Fmt) => `显示最新的 ${f.number(p.n)} 条`,
  'history.ui.noMatch': '没有符合筛选条件的记录。',
  'history.ui.list': '请求（最新的在前）',
  'history.ui.showMore': (p: { n: number }, f: Fmt) => `再显示 ${f.number(p.n)} 条`,
  'history.ui.filter': '筛选历史记录',
  'history.ui.search': '搜索',
  'history.ui.searchPlaceholder': 'identifier、接口、ErrorInfo 或请求体',
  'history.ui.host': '主机',
  'history.ui.starredOnly': '只看星标',
  'history.ui.resetFilter': '重置筛选',
  'history.ui.codeError': 'ErrorCode 是整数，如 70001（成功为 0）。',
  'history.ui.export': '导出…',
  'history.ui.import': '导入…',
  'history.ui.importFile': '要导入的历史记录文件',
  'history.ui.clearAll': '全部清除…',
  'history.ui.keepAtMost': '最多保留',
  'history.ui.keepHint': '条未加星标的记录（最早的先删除）',
  'history.ui.full': '存储空间已满：',
  'history.ui.fullText': '腾出空间之前，历史记录无法保存新的请求。发送不受影响。',
  'history.ui.deleteOld': '删除旧记录…',
  'history.ui.confirm': (p: { n: number }, f: Fmt) => `删除 ${entries(p.n, f)}？`,
  'history.ui.confirmKept': (p: { n: number }, f: Fmt) => `${f.number(p.n)} 条加星标的记录会保留。`,
  'history.ui.confirmWarn': '此操作无法撤销：如需保留副本，请先导出。',
  'history.ui.alsoStarred': '同时删除加星标的记录',
  'history.ui.delete': (p: { n: number }, f: Fmt) => `删除 ${entries(p.n, f)}`,
  'history.ui.cancel': '取消',
  'history.ui.starred': '已加星标：腾出空间时不会被删除',
  'history.ui.star': '加星标：腾出空间时不删除',
  'history.ui.starLabel': '星标',
  'history.ui.loadInto': '载入构建器：',
  'history.ui.raw': '原始',
  'history.ui.which': (p: { endpoint: string; when: string }) =>
    `（${p.when} 的 ${p.endpoint} 请求）`,
  'history.ui.resend': '重新发送',
  'history.ui.compare': '对比',
  'history.ui.details': '详情',
  'history.ui.deleteOne': '删除',
  'history.ui.reading': '正在读取记录…',
  'history.ui.sent': '发送时间',
  'history.ui.where': '发往',
  'history.ui.how': '方式',
  'history.ui.identifier': 'identifier',
  'history.ui.endpoint': '接口',
  'history.ui.bodySent': '发送的请求体',
  'history.ui.response': '应答',
  'history.ui.bodySentRegion': (p: { page: number | null }) =>
    p.page === null ? '发送的请求体' : `第 ${p.page} 页发送的请求体`,
  'history.ui.responseRegion': (p: { page: number | null }) =>
    p.page === null ? '应答' : `第 ${p.page} 页的应答`,
  'history.ui.noResponse': (p: { message: string }) => `没有应答：${p.message}`,
  'history.ui.emptyText': '（空）',
  'history.ui.run': (p: { pages: number; items: number }, f: Fmt) =>
    `拉取全部分页：共 ${f.number(p.pages)} 页，${f.number(p.items)} 项。`,
  'history.ui.page': (p: { n: number }) => `第 ${p.n} 页`,
  'history.cmp.pick': '再选一条记录来与它对比。',
  'history.cmp.gone': '所选记录中有一条已不在历史记录中。',
  'history.cmp.two': (p: { a: string; b: string }) =>
    `这是两个接口的应答（${p.a} 和 ${p.b}）：对比只能匹配同一接口的条目。`,

  // 文件为何不能导入（transfer.ts）。
  'history.tr.big': (p: { mb: string; max: number }) =>
    `文件大小为 ${p.mb} MB；历史记录最多导入 ${p.max} MB 的文件。`,
  'history.tr.json': (p: { detail: string | null }) =>
    `文件不是 JSON${p.detail === null ? '' : `（${p.detail}）`}。`,
  'history.tr.format': (p: { format: string | null }) =>
    `该文件不是 Chat REST Playground 导出的历史记录${p.format === null ? '' : `（它的 "format" 不是 "${p.format}"）`}。`,
  'history.tr.newer': (p: { v: number; reads: number }) =>
    `该文件由本应用的较新版本导出（导出版本 ${p.v}）；当前版本只能读取版本 ${p.reads}。`,
  'history.tr.version': (p: { v: string }) => `该文件的导出版本（${p.v}）不是本应用能读取的版本。`,
  'history.tr.shape': '该文件没有 "entries" 列表。',
  'history.tr.many': (p: { n: number; max: number }) =>
    `该文件有 ${p.n} 条记录；历史记录一次最多导入 ${p.max} 条。`,
  // 历史记录为何关闭或无法写入（store.ts）。
  'history.st.blocked': (p: { cause: string }) =>
    `历史记录已关闭：此浏览器不允许本页面在这里存储任何数据（${p.cause}）。页面嵌在其他网站的框架中，或隐私设置较严格时会这样。其他功能均可正常使用。`,
  'history.st.noIdb': '历史记录已关闭：此浏览器在这里不提供 IndexedDB。其他功能均可正常使用。',
  'history.st.full':
    '历史记录已关闭：存储空间已满，浏览器没有打开它的数据库。发送仍可使用；请释放一些空间（浏览器设置中的网站数据）并刷新页面，以重新保存历史记录。',
  'history.st.refused': (p: { cause: string }) =>
    `历史记录已关闭：浏览器没有打开它的存储（${p.cause}）。隐私窗口有时会这样。其他功能均可正常使用。`,
  'history.st.save': (p: { cause: string }) => `历史记录无法保存此请求：${p.cause}`,
  'history.st.stillFull': '历史记录无法保存此请求：存储空间仍然已满。',
  'history.st.room': (p: { cause: string }) => `历史记录无法腾出空间：${p.cause}`,
  'history.st.noRoom':
    '历史记录无法保存此请求：存储空间已满，而历史记录中没有可删除的条目来腾出空间（空间被本网站或浏览器的其他数据占满）。',
  'history.st.starred': '历史记录无法保存此请求：存储空间已满，剩下的条目都已加星标。',
  'history.st.limit': (p: { min: number; max: number }) =>
    `上限必须是 ${p.min} 到 ${p.max} 之间的整数。`,
  'history.st.limitSave': (p: { cause: string }) => `上限无法保存：${p.cause}`,
  'history.st.importFull': '存储空间已满：没有导入任何内容。',
  'history.st.importFailed': (p: { cause: string }) =>
    `没有导入任何内容：历史记录无法写入（${p.cause}）。`,
} satisfies Translation<typeof en>;
