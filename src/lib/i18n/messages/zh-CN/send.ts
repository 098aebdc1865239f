// 发送部分的文字（简体中文）：发送失败的原因与处理办法（lib/transport/send.ts、auto.ts）、
// 不是 REST API 应答时的说明（outcome.ts）、代理检查（proxy-check.ts）与探测。随显示它们的部分
// 加载（应答面板、历史记录、代理帮助、地域查找），不在首屏。主机名、URL、代理原话、系统错误码
// （ENOTFOUND 等）是数据，原样显示；CORS、HTTP 404、curl、UserSig 等线上名称保持原样。
import type { Fmt, Text, Translation } from '../../message';
import type en from '../en/send';

/** “20 毫秒”“1.5 秒”。 */
const span = (ms: number, f: Fmt) =>
  ms >= 1000 ? `${f.number(Math.round(ms / 100) / 10)} 秒` : `${f.number(ms)} 毫秒`;

const NEVER = 'REST API 从不重定向，所以这不是它的应答，也没有跟随跳转。';
const LEAD = (status: number) =>
  `HTTP ${status}：服务本身总是返回 200，并把结果放在应答包体中，因此`;
const ALLOWED =
  '腾讯云即时通信 IM 的 REST 接口域名（如 console.tim.qq.com 或 adminapisgp.im.qcloud.com，' +
  '以及它们的 my-imcloud.com 备用域名）和本机上的沙盒服务（127.0.0.1、localhost 或 [::1]）';
const KINDS: Record<string, string> = {
  array: '数组',
  null: 'null',
  string: '字符串',
  number: '数字',
  boolean: '布尔值',
};

export default {
  'send.badUrl.notUrl': (p: { url: string }) => `“${p.url}”不是完整的 URL。`,
  'send.badUrl.scheme': (p: { scheme: string }) => `URL 以 ${p.scheme} 开头，而不是 https:。`,
  'send.badUrl.credentials': 'URL 在主机名前带有用户名或密码。',
  'send.h.badUrl':
    '请求 URL 以 https:// 和所在地域的域名开头，例如 https://console.tim.qq.com/v4/recentcontact/get_list?...',
  'send.h.https': '请使用 https://。',
  'send.h.credentials': '去掉“user:password@”部分：REST API 的凭据放在查询参数中。',
  'send.cancelled': '已取消。',
  'send.h.cancelled':
    '请求可能已经到达服务并生效：再次发送前，请先确认是否已执行（get_list 这类读取可以放心重复；delete 这类修改可能已经完成）。',
  'send.timeout': (p: { where: Text; ms: number }, f: Fmt) =>
    `${f.t(p.where)} 在 ${span(p.ms, f)}内没有应答。`,
  'send.h.timeout':
    '请重新发送，或调大超时时间。服务可达时通常一两秒内就会应答；长时间没有响应，多半是防火墙拦截或主机填错了。',
  'send.where.proxy': '代理',
  'send.where.sandbox': '沙盒',
  'send.who.proxied': (p: { host: string }) => `${p.host}（经由代理）`,
  'send.redirect.opaque': (p: { who: Text }, f: Fmt) =>
    `${f.t(p.who)} 返回了重定向；${NEVER}浏览器不允许页面读取它的状态码和跳转目标。`,
  'send.redirect.readable': (p: { who: Text; status: number; location: string | null }, f: Fmt) =>
    `${f.t(p.who)} 返回了重定向（HTTP ${p.status}）${p.location === null ? '，但没有说明跳转到哪里' : `，跳转到 ${p.location}`}；${NEVER}`,
  'send.h.redirect':
    '请检查主机（地域或自定义主机）：返回重定向说明这个地址上是网页服务器、网关或登录页，而不是 REST API。要查看跳转目标，可将请求复制为 curl 命令，加上 -i 运行。',
  'send.network': (p: { host: string }) =>
    `浏览器无法访问 ${p.host}，或 ${p.host} 不允许网页跨域调用（CORS）。JavaScript 无法区分这两种情况。`,
  'send.h.network':
    '将请求复制为 curl 命令并在终端中运行：如果终端中能收到应答，说明该主机不允许网页直接调用，请改为经由代理发送；如果 curl 也失败，请检查主机（地域）和网络。',
  'send.proxy.origin': (p: { said: string }) => `代理不为此页面服务，它的回复是：“${p.said}”`,
  'send.h.origin':
    '代理正在运行，但没有被设置为服务此页面：请按它给出的命令重新启动代理（下方的代理帮助中有这条命令，已填好此页面的源）。',
  'send.proxy.timeout': (p: { host: string }) => `${p.host} 没有在代理的等待时间内应答。`,
  'send.h.upTimeout': '代理正在运行，但主机没有及时应答它：请检查地域，以及运行代理的机器的网络。',
  'send.proxy.unresolved': (p: { host: string; cause: string }) =>
    `在运行代理的机器上，${p.host} 无法解析（${p.cause}）。`,
  'send.h.unresolved': '请检查主机名（地域或自定义主机）以及那台机器的 DNS。',
  'send.proxy.unreachable': (p: { host: string; cause: string | null }) =>
    `代理无法连接 ${p.host}${p.cause === null ? '' : `（${p.cause}）`}。`,
  'send.h.unreachable': '代理正在运行，但连接不上主机：请检查地域，以及运行代理的机器的网络。',
  'send.proxy.refused': (p: { code: string; status: number; said: string | null }) =>
    `代理拒绝了请求（${p.code}，HTTP ${p.status}）${p.said === null ? '。' : `，它的回复是：“${p.said}”`}`,
  'send.h.refused': '代理只把 POST 请求转发到文档列出的 REST 接口域名和本机沙盒。',
  'send.target.host': (p: { host: string }) => `代理只转发到${ALLOWED}；“${p.host}”两者都不是。`,
  'send.target.private': (p: { host: string }) =>
    `${p.host} 是私有或保留地址；代理只转发到${ALLOWED}。`,
  'send.target.scheme': (p: { host: string }) =>
    `${p.host} 只能通过 https 访问；只有本机沙盒允许使用 http。`,
  'send.target.port': (p: { host: string; port: string }) =>
    `${p.host} 只能通过 443 端口访问，不能用 ${p.port}。`,
  'send.target.path':
    '代理只转发 REST 调用：路径必须以 /v4/ 开头（如 /v4/recentcontact/get_list）。',
  'send.target.other': (p: { code: string }) => `代理会拒绝这个目标（${p.code}）。`,
  'send.h.target': '请选择文档列出的地域，或不经代理、直接发送到主机。',
  'send.proxyDown': (p: { base: string }) =>
    `代理地址 ${p.base} 没有任何应答：代理没有在那里运行（或那里运行的程序不允许此页面访问）。`,
  'send.h.proxyDown': (p: { file: string }) =>
    `启动代理：下载 ${p.file}，用代理帮助中给出的命令运行（需要 Node 18 或更高版本）；或在本仓库的副本中运行“npm run proxy”；Vite 服务（npm run dev、npm run preview）在 ./proxy 自带一个代理。`,
  'send.neither': (p: { host: string; direct: Text; proxy: Text }, f: Fmt) =>
    `两种方式都没能访问 ${p.host}。直连：${f.t(p.direct)} 经由代理：${f.t(p.proxy)}`,
  'send.h.neither': (p: { hint: Text }, f: Fmt) =>
    `${f.t(p.hint)}也可以将请求复制为 curl 命令，在终端中运行。`,
  'send.http.gateway': (p: { status: number }) =>
    `${LEAD(p.status)}是你与服务之间的某个网关出了故障（或代理无法连接主机）。请稍后重试。`,
  'send.http.notFound': (p: { status: number }) =>
    `${LEAD(p.status)}这个应答来自别处：这个地址上什么也没有。请检查主机、路径（v4/...），经由代理时还要检查代理地址。`,
  'send.http.method': (p: { status: number }) =>
    `${LEAD(p.status)}这个应答来自别处，它在这里不接受 POST：请检查地址。`,
  'send.http.tooLarge': (p: { status: number }) =>
    `${LEAD(p.status)}是途中的某个环节认为请求包体过大。`,
  'send.http.redirect': (p: { status: number }) =>
    `${LEAD(p.status)}这里返回的是重定向：该主机多半不是 REST API 的主机。`,
  'send.http.other': (p: { status: number }) =>
    `${LEAD(p.status)}是途中的某个环节（代理、防火墙、网络认证页面）代为应答了。`,
  'send.body.empty': '应答为空，不是 JSON。',
  'send.body.html': (p: { title: string | null }) =>
    `应答是一个 HTML 页面${p.title ? `（“${p.title}”）` : ''}，不是 JSON：它来自途中的网页服务器、网关或代理，而不是 REST API。`,
  'send.body.text': (p: { start: string }) => `应答不是 JSON：开头是“${p.start}”。`,
  'send.body.notObject': (p: { what: string }) =>
    `应答是 JSON，但不是对象（而是${KINDS[p.what] ?? p.what}）；REST API 总是返回一个对象。`,
  'send.both': (p: { a: Text; b: Text }, f: Fmt) => `${f.t(p.a)}${f.t(p.b)}`,
  'send.unreadable': '无法读取应答。',
  'send.nowhere': '没有可以发送请求的地址。',
  'send.check.timeout': (p: { base: string; seconds: number }, f: Fmt) =>
    `${p.base} 在 ${f.number(p.seconds)} 秒内没有应答。`,
  'send.check.down': (p: { base: string }) =>
    `${p.base} 没有任何应答：代理没有在那里运行（或那里运行的程序不允许此页面访问）。`,
  'send.check.origin': (p: { said: string | null }) =>
    p.said === null ? '代理不为此页面服务。' : `代理不为此页面服务，它的回复是：“${p.said}”`,
  'send.check.notProxy': (p: { base: string; status: number }) =>
    `${p.base} 有应答（HTTP ${p.status}），但不是 Chat REST 代理：静态托管的站点上没有 ./proxy；请运行单文件代理并使用它的地址。`,
  'send.probe.unclear': (p: { status: number }) => `HTTP ${p.status}，不是 REST API 的 JSON 应答`,
  'send.unknown': (p: { key: string }) =>
    `这条失败记录由本应用的较新版本写入（${p.key}），当前版本没有它的文字。`,
} satisfies Translation<typeof en>;
