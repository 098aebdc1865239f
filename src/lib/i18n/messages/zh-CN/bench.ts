// 工作台按需加载部分的文字（简体中文）：密钥与选项、服务设置、键盘快捷键说明、沙盒状态。
// 术语据 cloud.tencent.com/document/api/269/1519（REST API 简介：管理员帐号、备域名）。
import type { SummaryParams as Summary } from '../../../sandbox/page';
import type { Fmt, Text, Translation } from '../../message';
import type en from '../en/bench';

export default {
  'bench.sig.title': '管理员 UserSig',
  'bench.sig.hint': '在本标签页内用 HMAC-SHA256 签名。密钥只保存在内存中：不会被存储或发送。',
  'bench.sig.key': '密钥',
  'bench.sig.show': '显示',
  'bench.sig.hide': '隐藏',
  'bench.sig.validity': '有效期',
  'bench.sig.v3600': '1 小时',
  'bench.sig.v86400': '1 天',
  'bench.sig.v604800': '7 天',
  'bench.sig.v15552000': '180 天',
  'bench.sig.seconds': (p: { n: string }) => `${p.n} 秒`,
  'bench.sig.custom': '自定义…',
  'bench.sig.validitySeconds': '有效期（秒）',
  'bench.sig.placeholder': '填写 SDKAppID、密钥和 identifier 后即可签名。',
  'bench.sig.copy': '复制 UserSig',
  'bench.sig.again': '重新签名',
  'bench.sig.copied': '已复制。',
  'bench.sig.noCopy': '浏览器拒绝了复制：请选中文字后手动复制。',
  'bench.sig.expires': '过期时间',
  'bench.sig.in': (p: { s: number }, f: Fmt) => `（还剩 ${f.duration(p.s)}）`,
  'bench.sig.ago': (p: { s: number }, f: Fmt) => `（已过期 ${f.duration(p.s)}）`,
  'bench.via.legend': '发送方式',
  'bench.via.auto': '自动',
  'bench.via.autoHint': '先直连，不通则经由代理',
  'bench.via.direct': '由本浏览器直接调用',
  'bench.via.proxy': '代理',
  'bench.via.base': '代理的基础 URL',
  'bench.via.serve1': '和',
  'bench.via.serve2': '会在',
  'bench.via.serve3': '提供代理；部署在静态主机上时，请运行单文件代理：',
  'bench.via.yourself': '自行运行代理（单个文件）',
  'bench.via.help': '代理说明',
  'bench.via.directHint':
    '直接调用需要主机允许跨域请求；如果不允许，请使用代理，或把请求复制为 curl 命令。',
  'bench.timeout': '超时（秒）',
  'bench.part.proxyHelp': '代理说明',

  'bench.svc.backup': '使用备域名',
  'bench.svc.noBackup': '文档未列出该地域的备域名',
  'bench.svc.sendsTo': '发送到',
  'bench.svc.outsideCsp':
    '发布版页面的安全策略只允许浏览器访问即时通信 IM 的主机和本机回环地址，代理也只转发到这些地址：其他主机请把请求复制为 curl 命令。',
  'bench.svc.finder': '地域查找',
  'bench.part.finder': '地域查找工具',
  'bench.svc.placeholder': 'https://example.com 或 localhost:8787',

  'bench.sc.send': '发送请求',
  'bench.sc.next-page': '下一页：复制上一个应答中的游标',
  'bench.sc.fetch-all': '拉取全部页',
  'bench.sc.focus-editor': '聚焦 JSON 编辑器',
  'bench.sc.toggle-history': '显示或隐藏最近发送',
  'bench.sc.help': '显示键盘快捷键',
  'bench.sc.outside': '（在文本框外）',
  'bench.sc.hint': '在 JSON 编辑器中同样有效。“发送”在所有视图中可用，其余仅在“构建请求”中可用。',
  'bench.sc.close': '关闭',
  'bench.sb.state': '沙盒状态：',
  'bench.sb.kept': '保存在本浏览器中，刷新后仍保留。',
  'bench.sb.reset': '重置沙盒',
  'bench.sb.resetHint': '恢复初始数据：alice、bob、carol 及其分组和标记。',
  'bench.sb.assumes': '文档未说明之处，沙盒作了哪些假设',
  'bench.sb.loading': '正在加载沙盒…',
  'bench.part.codegen': '“复制为代码”',
  'bench.ex.method': '方法',
  'bench.ex.body': '请求体',
  'bench.ex.reveal': '显示 UserSig',
  'bench.ex.hide': '隐藏 UserSig',
  'bench.ex.copyMasked': '复制已遮盖的 URL',
  'bench.ex.copyFull': '复制完整 URL',
  'bench.ex.copied.masked': '已复制遮盖后的 URL。',
  'bench.ex.copied.full': '已复制完整 URL。',
  'bench.ex.copied.code': '已复制代码。',
  'bench.ex.noCopy': '浏览器拒绝了复制：请改为选中文字。',
  'bench.ex.password': '在 UserSig 过期前，完整 URL 相当于密码。',
  'bench.ex.random': '，每次发送都重新生成。',
  'bench.ex.sb1': '沙盒运行在本标签页内，因此用',
  'bench.ex.sb2': '代表它的主机。',
  'bench.ex.reqBody': '请求体',
  'bench.ex.copyAs': '复制为',
  'bench.ex.copyCode': '复制代码',
  'bench.ex.real': '在复制内容中放入真实的 UserSig',
  'bench.ex.until': (p: { at: number }, f: Fmt) => `（在 ${f.date(p.at)} 之前它相当于密码）`,
  'bench.ex.else1': '（否则用 ',
  'bench.ex.else2': ' 代替）',
  'bench.ex.server1': '程序在服务端用腾讯官方的',
  'bench.ex.server2': '库自行签发短期 UserSig，密钥从环境变量读取：这是生产环境的正确做法。',
  'bench.ex.code': '代码',
  'bench.ex.noHost': '请选择请求的发送目标：自定义主机尚不有效。',

  'bench.sp.notSent': '未发送：',
  'bench.sp.cannot': '暂时无法发送：',
  'bench.sp.fix': '去修正',

  'bench.rs.opening': '正在打开历史记录…',
  'bench.rs.none': '还没有发送记录：每次发送和“拉取全部页”都会显示在这里。',
  'bench.rs.list': (p: { n: number }) => `最近 ${p.n} 次发送，最新的在前`,
  'bench.rs.which': (p: { e: string; at: string }) => `：${p.at} 的 ${p.e} 请求`,
  'bench.rs.star': '加星标',
  'bench.rs.load': '载入构建器：',
  'bench.rs.resend': '重新发送',
  'bench.rs.all': '全部历史记录：搜索、详情、导入、导出',
  'bench.fd.find': '查找我的地域',
  'bench.fd.finding': '正在查找…',
  'bench.fd.stop': '停止',
  'bench.fd.about': (p: { id: string }) =>
    `用一个故意无效的 UserSig 逐个询问各地域是否认识 SDKAppID ${p.id}：无需密钥，你的 UserSig 也不会被发送。`,
  'bench.fd.none': (p: { id: string }) =>
    `没有地域认识 SDKAppID ${p.id}：请在即时通信 IM 控制台核对 SDKAppID，并确认各主机可以访问（表格列出了哪些无法访问）。`,
  'bench.fd.noneStopped': (p: { id: string }) =>
    `没有地域认识 SDKAppID ${p.id}（已停止）：请在即时通信 IM 控制台核对 SDKAppID，并确认各主机可以访问（表格列出了哪些无法访问）。`,
  'bench.fd.knowsIt': (p: { name: string }) => `${p.name}认识该应用。`,
  'bench.fd.knowsItBackup': (p: { name: string }) => `${p.name}（备域名）认识该应用。`,
  'bench.fd.inUse': '（正在使用）',
  'bench.fd.switch': (p: { name: string }) => `切换到${p.name}`,
  'bench.fd.answers': '各域名的应答',
  'bench.fd.colRegion': '地域与域名',
  'bench.fd.colAnswer': '应答',
  'bench.fd.colTime': '耗时',
  'bench.fd.backupMark': '（备域名）',
  'bench.fd.s.waiting': '…',
  'bench.fd.s.asking': '询问中…',
  'bench.fd.s.knows': '认识',
  'bench.fd.s.not-here': '不在此地域',
  'bench.fd.s.unclear': '不明确',
  'bench.fd.s.failed': '无应答',
  'bench.fd.s.skipped': '未询问',
  'bench.fd.knows': (p: { code: number }) =>
    `认识该 SDKAppID（它以 ${p.code} 拒绝了探测请求中故意无效的 UserSig）`,
  'bench.fd.notFound': (p: { code: number }) => `不在此地域（${p.code}：找不到该 SDKAppID）`,
  'bench.fd.noKey': (p: { code: number }) => `不在此地域（${p.code}：该 SDKAppID 没有密钥）`,
  'bench.fd.backup': '仅在主域名无法访问时询问',
  'bench.fd.stopped': '已停止',
  'bench.fd.timeout': (p: { s: number }) => `${p.s} 秒内无应答`,
  'bench.fd.skipKnows': '未询问：已有主域名认识该应用',
  'bench.fd.skipAnswered': '未询问：它的主域名已应答',
  'bench.h.empty': '请输入主机，如 console.tim.qq.com 或 localhost:8080。',
  'bench.h.spaces': '主机中不能有空格。',
  'bench.h.slashes': (p: { scheme: string }) =>
    `协议应写成 ${p.scheme}://（两个斜杠），也可以不写。`,
  'bench.h.path': '请输入主机名，而不是路径。',
  'bench.h.scheme': (p: { scheme: string }) =>
    `只允许 https://（${p.scheme}:// 不是 API 应答的网址）。`,
  'bench.h.credentials': '请删除用户名和密码：这里的主机不带凭据。',
  'bench.h.afterScheme': '请在协议后输入主机名。',
  'bench.h.query': '请删除查询串（从 ? 开始）：本工具会自行生成查询参数。',
  'bench.h.fragment': '请删除片段（从 # 开始）。',
  'bench.h.onlyHost': '只需输入主机：路径（v4/recentcontact/…）由本工具添加。',
  'bench.h.invalid': (p: { authority: string }) => `“${p.authority}”不是有效的主机名或端口。`,
  'bench.h.http':
    '请使用 https://：URL 中带有管理员 UserSig，只有 localhost、127.0.0.1 和 [::1] 可以用明文 http。',
  'bench.px.select': '请选中命令后手动复制。',
  'bench.px.label': '单文件代理',
  'bench.px.run': '自行运行代理',
  'bench.px.lead':
    '：单个文件，无需安装，Node 18 或更高版本。它在你的电脑上把本页的请求转发给即时通信 IM 的 REST 主机。',
  'bench.px.download': (p: { file: string }) => `下载 ${p.file}`,
  'bench.px.terminal': '在终端中，进入保存它的文件夹：',
  'bench.px.copy': '复制',
  'bench.px.listens': '它监听于',
  'bench.px.inUse': '（正在使用的代理地址）',
  'bench.px.useThis': '使用此地址',
  'bench.px.check': '检查代理',
  'bench.px.checking': '正在检查…',
  'bench.px.ready': '代理有应答，并为本页提供服务。',
  'bench.px.origin-refused': '有代理应答，但不为本页提供服务：',
  'bench.px.down': '没有代理应答：',
  'bench.px.not-a-proxy': '不是代理：',
  'bench.px.useIt': '使用它',
  'bench.px.serves1': '它为本机页面和用以下参数指定的来源提供服务：',
  'bench.px.serves2': '；只转发到即时通信 IM 的 REST 主机和本地沙盒（',
  'bench.px.serves3': '，默认 8787）。',
  'bench.px.serves4': '列出它的全部选项。',

  'bench.raw.page': '它的文档页面',
  'bench.raw.stop': '。',
  'bench.raw.unknown': '不在文档的导航中：请检查拼写（路径区分大小写）。',
  'bench.raw.about':
    '原始模式：与其他请求一样签名并发送，请求体可以是任意 JSON 对象，按原样发送。这里不检查其字段：以该命令自己的文档页面为准。',
  'bench.raw.hasForm': (p: { title: string }) => `此路径有表单：${p.title}。`,
  'bench.raw.useForm': '使用表单',
  'bench.rp.empty': '请输入路径，例如 v4/openim/sendmsg。',
  'bench.rp.long': (p: { n: number }) => `路径长 ${p.n} 个字符；REST 路径要短得多。`,
  'bench.rp.url': '只输入路径，例如 v4/openim/sendmsg：主机由地域决定，查询参数在签名请求时添加。',
  'bench.rp.query':
    '请去掉查询参数：sdkappid、identifier、usersig、random 和 contenttype 在签名请求时添加。',
  'bench.rp.dots': '路径不能包含 "." 或 ".." 部分：请写成 v4/<service>/<command>。',
  'bench.rp.emptyPart': '路径有空的部分（两个斜杠，或末尾有斜杠）：请写成 v4/<service>/<command>。',
  'bench.rp.case': 'v4 请用小写。',
  'bench.rp.v4': (p: { got: string }) =>
    `REST 路径以 v4/ 开头（例如 v4/openim/sendmsg），而不是 ${p.got}。`,
  'bench.rp.parts': (p: { n: number }) =>
    `REST 路径有三部分：v4/<service>/<command>（例如 v4/openim/sendmsg）；这个路径有 ${p.n} 部分。`,
  'bench.rp.segment': (p: { part: string }) =>
    `${p.part} 只能包含字母、数字和下划线（例如 openim 或 get_c2c_unread_msg_num）。`,
  // 沙盒在文档未说明之处的假设（lib/sandbox/assumptions.ts）；英文原文见 README。
  'bench.as.1': '新建的分组取该帐号未使用的最小正整数 GroupId，所以已删除分组的编号会被重新使用。',
  'bench.as.2': '分组名称在同一帐号内唯一：创建或重命名为已有的名称会被拒绝，返回 50002。',
  'bench.as.3':
    '分组名称最多 32 字节（51011），与较早的文档页面和错误码表一致；最新的英文页面写的是 64。',
  'bench.as.4':
    'StandardMark 写成二进制数字，第 0 位在最右边（"1001" 表示星标和隐藏），不带前导零。',
  'bench.as.5':
    'SetMark 和 ClearMark 接受 0 到 63 的位号；先执行 ClearMark，所以两者都有的位最终是置位的。',
  'bench.as.6':
    'OptType 1 不改动自定义标记，2 不改动标准标记；OptType 为 2 或 3 时，缺少或为空的 CustomMark 会清除它。',
  'bench.as.7':
    '分组和标记数据属于会话的 ID：不在会话列表中的会话也可以加入分组或标记，删除会话或分组后标记仍然保留。',
  'bench.as.8':
    '调用成功时每个会话的 ResultCode 都是 0：重复添加同一会话，或移除不在分组中的会话，都不会改变任何内容。',
  'bench.as.9': 'update_contact_group 对不存在的分组返回 51009，与 del_contact_group 一样。',
  'bench.as.10':
    'search_contact_group 对请求的每个会话都作出回答（没有数据的会话只带 Type 和对端），并列出该帐号的所有分组。',
  'bench.as.11':
    '已导入：alice、bob、carol、administrator 以及与他们有单聊会话的所有人；account_import 可以添加更多帐号，每个新帐号的会话列表为空。',
  'bench.as.12':
    'multiaccount_import 对空的、超过 32 字节或资料值超过 500 字节的 UserID 返回失败（FailAccounts），其余照常导入；Nick 和 FaceUrl 不会保存。',
  'bench.sb.summary': (p: Summary) => {
    const more = p.more > 0 ? `等，另有 ${p.more} 个` : '';
    const since = p.since.length > 0 ? `（初始数据之后新增：${p.since.join('、')}${more}）` : '';
    const owners = p.owners.length > 0 ? `（${p.owners.join('、')}）` : '';
    return `已导入 ${p.imported} 个帐号${since}，${p.groups} 个会话分组${owners}，${p.marked} 个已标记的会话。`;
  },

  // 沙盒状态为何没有读取或保存（page.ts、state.ts）。
  'bench.sbn.seed': (p: { reason: Text }, f: Fmt) => `沙盒从初始数据开始：${f.t(p.reason)}。`,
  'bench.sbn.record': '保存的沙盒不是一条记录',
  'bench.sbn.version': (p: { v: string }) => `保存的沙盒版本为 ${p.v}，本页面无法读取`,
  'bench.sbn.damaged': '保存的沙盒已损坏',
  'bench.sbn.blocked': (p: { cause: string }) =>
    `此浏览器不允许本页面保存沙盒状态（${p.cause}）：每次刷新都会从初始数据开始。`,
  'bench.sbn.reset': (p: { cause: string }) => `沙盒已重置，但保存的状态无法删除（${p.cause}）。`,
  'bench.sbn.save': (p: { cause: string }) =>
    `沙盒状态无法保存（${p.cause}）：在刷新页面之前会一直保留。`,
  // 地域查找为何无法开始（region-finder.svelte.ts）。
  'bench.rf.noApp': '请先填写 SDKAppID：查找会逐个地域询问它。',
  'bench.rf.failed': (p: { cause: string }) => `无法运行地域查找（${p.cause}），请重试。`,
} satisfies Translation<typeof en>;
