// 检查工具的文字（简体中文）。错误码与字段名保持原样（ErrorCode、sdkappid、TLS.sig）。
// 术语依据即时通信 IM 中文文档：“生成 UserSig”（cloud.tencent.com/document/product/269/32688）、
// “REST API 简介”（269/1519）与“错误码”（269/1671），用我们自己的话写。
import type { DecodeStep } from '../../../usersig';
import type { Fmt, Text, Translation } from '../../message';
import type en from '../en/inspect';

const whatever = (keyUsed: boolean) => (keyUsed ? '' : '（与密钥无关）');
const STEP: Record<DecodeStep, string> = {
  empty: '第一',
  alphabet: '字符集',
  base64: 'base64',
  zlib: 'zlib',
  json: 'JSON',
  field: '字段',
  v1: '字段',
};

const RANDOM_DOCS = '文档要求每次调用都带一个新的随机 uint32（0 到 4294967295）';
const timesList = (names: readonly (readonly [string, number])[]) =>
  names.map(([n, times]) => `${n}（${times} 次）`).join('、');

export default {
  'inspect.target.fromUrl': 'URL',
  'inspect.target.fromUserSig': 'UserSig 本身',
  'inspect.target.same': (p: { sdkAppId: number; identifier: string; from: Text }, f: Fmt) =>
    `取自${f.t(p.from)}的 SDKAppID ${p.sdkAppId} 和 identifier ${p.identifier}`,
  'inspect.target.split': (
    p: { sdkAppId: number; identifier: string; sdkAppIdFrom: Text; identifierFrom: Text },
    f: Fmt,
  ) =>
    `取自${f.t(p.sdkAppIdFrom)}的 SDKAppID ${p.sdkAppId}，以及取自${f.t(p.identifierFrom)}的 identifier ${p.identifier}`,
  'inspect.verdict.missing': 'URL 中没有 usersig：服务端会返回 70002（UserSig 为空）。',
  'inspect.verdict.oldScheme': (p: { reason: Text }, f: Fmt) =>
    `${f.t(p.reason)}本工具只校验 v2（HMAC-SHA256）；v1 UserSig 使用 ECDSA 密钥签名，本工具没有这类密钥。`,
  'inspect.verdict.parse': (p: { step: DecodeStep; reason: Text }, f: Fmt) =>
    `UserSig 无法解码（${STEP[p.step]}步骤）：无论密钥是什么，服务端都会返回 70003。${f.t(p.reason)}`,
  'inspect.verdict.sdkAppId': (p: { url: number; inside: number }) =>
    `URL 中为 sdkappid=${p.url}，但该 UserSig 是为 SDKAppID ${p.inside} 签发的：无论密钥是什么，服务端都会返回 70014。`,
  'inspect.verdict.identifier': (p: { url: string; inside: string }) =>
    `URL 中为 identifier=${p.url}，但该 UserSig 是为 ${p.inside} 签发的：无论密钥是什么，服务端都会返回 70013。`,
  'inspect.verdict.expired': (p: { ago: number; at: string; keyUsed: boolean }, f: Fmt) =>
    `该 UserSig 已于 ${p.at} 过期，距今 ${f.duration(p.ago)}：服务端会返回 70001${whatever(p.keyUsed)}。请重新签发。`,
  'inspect.verdict.accepted': (p: { target: Text; left: number; until: string }, f: Fmt) =>
    `服务端会接受该 UserSig：已按${f.t(p.target)}校验，由此密钥签名，还有 ${f.duration(p.left)} 有效（至 ${p.until}）。`,
  'inspect.verdict.keyRejected': (p: { reason: Text; code: number | null }, f: Fmt) =>
    `${f.t(p.reason)}服务端会返回${p.code === null ? '错误' : ` ${p.code}`}。`,
  'inspect.verdict.needsKeyBare':
    '它可以解码且尚未过期。没有密钥，无法判断服务端是否接受它（或返回 70009）。',
  'inspect.verdict.needsKey':
    '签名之前的各项检查都已通过。没有密钥，无法判断服务端是否接受它（或返回 70009）。',
  'inspect.canTell.decodes': '它可以解码，因此服务端不会返回 70003。',
  'inspect.canTell.noRequest':
    '没有可用于比对其 SDKAppID 和 identifier 的请求：请粘贴完整的 URL 或 curl 命令，以检查 70014 和 70013。',
  'inspect.canTell.sdkAppIdMatches': (p: { sdkAppId: number }) =>
    `它的 SDKAppID 与 URL 中的一致（${p.sdkAppId}），因此不会是 70014。`,
  'inspect.canTell.noSdkAppId': 'URL 中没有可用于比对的 sdkappid。',
  'inspect.canTell.identifierMatches': (p: { identifier: string }) =>
    `它的 identifier 与 URL 中的一致（${p.identifier}），因此不会是 70013。`,
  'inspect.canTell.noIdentifier': 'URL 中没有可用于比对的 identifier。',
  'inspect.canTell.notExpired': (p: { left: number; until: string }, f: Fmt) =>
    `它还有 ${f.duration(p.left)} 有效（至 ${p.until}），因此不会是 70001。`,
  'inspect.canTell.notExpiredAt': (p: { until: number }, f: Fmt) =>
    `它尚未过期（有效期至 ${f.date(p.until)}），因此不会是 70001。`,
  'inspect.cannotTell.signature': '它是否由该应用的密钥签名（70009）：请输入密钥以校验签名。',
  'inspect.cannotTell.serverOnly':
    'SDKAppID 是否属于该地域（70016、70020），identifier 是否为应用管理员（60010）：只有服务端知道。',

  'inspect.label.accepted': '通过',
  'inspect.label.rejected': (p: { code: number | null }) =>
    p.code === null ? '拒绝' : `拒绝 ${p.code}`,
  'inspect.label.old': '旧版方案（v1）',
  'inspect.label.needsKey': '需要密钥',
  'inspect.line.accepted': (p: { target: Text; until: number | null }, f: Fmt) =>
    `服务端会接受该 UserSig：已按${f.t(p.target)}校验，由此密钥签名${p.until === null ? '' : `，有效期至 ${f.date(p.until)}`}。`,
  'inspect.line.parse': (p: { step: DecodeStep }) =>
    `UserSig 无法解码（${STEP[p.step]}步骤失败）：无论密钥是什么，服务端都会返回 70003。`,
  'inspect.line.expired': (p: { at: number; keyUsed: boolean }, f: Fmt) =>
    `该 UserSig 已于 ${f.date(p.at)} 过期：服务端会返回 70001${whatever(p.keyUsed)}。请重新签发。`,
  'inspect.validity.left': (p: { seconds: number }, f: Fmt) => `还有 ${f.duration(p.seconds)} 有效`,
  'inspect.validity.ago': (p: { seconds: number }, f: Fmt) => `已过期 ${f.duration(p.seconds)}`,
  'inspect.clipped': (p: { start: string; more: number }, f: Fmt) =>
    `${p.start}…（另有 ${f.number(p.more)} 个字符未显示）`,
  'inspect.step.alphabet': '字符：只能是 A–Z、a–z、0–9、*、- 和 _',
  'inspect.step.base64': 'Base64：把 *、-、_ 还原为 +、/、= 后解码',
  'inspect.step.zlib': 'zlib：字节可以解压',
  'inspect.step.json': 'JSON：解压后的文本是一个 JSON 对象',
  'inspect.step.field':
    '字段：TLS.ver、TLS.identifier、TLS.sdkappid、TLS.time、TLS.expire 和 TLS.sig',
  'inspect.mismatch.sdkAppId': (p: { url: string; inside: number }) =>
    `URL 中为 sdkappid=${p.url}，但该 UserSig 是为 SDKAppID ${p.inside} 签发的：服务端会返回 70014。`,
  'inspect.mismatch.identifier': (p: { url: string; inside: string }) =>
    `URL 中为 identifier=${p.url}，但该 UserSig 是为 ${p.inside} 签发的：服务端会返回 70013。`,
  'inspect.severity.ok': '正常',
  'inspect.severity.info': '说明',
  'inspect.severity.warning': '警告',
  'inspect.severity.error': '错误',
  'inspect.region.unknown': (p: { hostname: string }) =>
    `未知主机：${p.hostname} 不是文档所列任何地域的域名。`,
  'inspect.region.backup': (p: { name: string }) => `${p.name}（备用域名）`,

  'inspect.builder.nothing': '粘贴的内容中没有可载入的请求。',
  'inspect.builder.unreadable': (p: { reason: Text }, f: Fmt) =>
    `无法读取粘贴的内容：${f.t(p.reason)}`,
  'inspect.builder.userSigOnly':
    '单独的 UserSig 不包含主机、接口或请求体：请粘贴请求 URL 或 curl 命令，再载入构建器。',
  'inspect.builder.sdkAppIdFromUserSig': (p: { sdkAppId: string }) =>
    `URL 中没有 sdkappid；已从 UserSig 中取得 SDKAppID ${p.sdkAppId}。`,
  'inspect.builder.identifierFromUserSig': (p: { identifier: string }) =>
    `URL 中没有 identifier；已从 UserSig 中取得 ${p.identifier}。`,
  'inspect.builder.missing': (p: { fields: string }) => `粘贴的内容没有给出请求的 ${p.fields}。`,
  'inspect.builder.customHost': (p: { host: string }) =>
    `${p.host} 不是文档所列地域的主机，已作为自定义主机载入。`,
  'inspect.builder.scheme': (p: { scheme: string }) =>
    `粘贴的内容使用 ${p.scheme}://；构建器通过 https 发送。`,
  'inspect.builder.noBodyWrite': '粘贴的内容没有请求体，请在构建器中填写。',
  'inspect.plan.undescribed': (p: { path: string }) =>
    `构建器中没有 ${p.path} 的描述：只载入了地域、SDKAppID 和 identifier，接口和请求体保持不变。`,
  'inspect.plan.whatKept': '接口和请求体保持不变',
  'inspect.plan.raw': (p: { path: string }) => `${p.path}（原始模式）`,
  'inspect.plan.whatPasted': (p: { name: Text }, f: Fmt) => `${f.t(p.name)}，使用粘贴的请求体`,
  'inspect.plan.bodyKept': '粘贴的内容没有请求体：保留了构建器中的请求体。',
  'inspect.plan.whatKeptBody': (p: { name: Text }, f: Fmt) =>
    `${f.t(p.name)}，保留构建器中的请求体`,
  'inspect.plan.bodyDefault': (p: { id: string }) =>
    `粘贴的内容没有请求体：构建器从 ${p.id} 的默认请求体开始。`,
  'inspect.plan.whatDefault': (p: { name: Text }, f: Fmt) => `${f.t(p.name)}，使用其默认请求体`,
  'inspect.plan.customHost': (p: { host: string }) => `自定义主机 ${p.host}`,
  'inspect.plan.summary': (
    p: { region: Text; sdkAppId: string; identifier: string; what: Text },
    f: Fmt,
  ) =>
    `已载入构建器：${f.t(p.region)}，SDKAppID ${p.sdkAppId}，identifier ${p.identifier}，${f.t(p.what)}。粘贴的 UserSig 没有复制过去：构建器会用密钥签发自己的 UserSig。`,

  'inspect.advice.cutShort':
    'UserSig 被截断是最常见的原因：请重新完整复制（留意提前换行的行，或有长度限制的输入框）。',
  'inspect.advice.wrapped': 'UserSig 被折行或拆开了：请把各段直接连起来，中间不要有空格或换行。',
  'inspect.advice.standardBase64':
    '这是标准 base64。UserSig 把 + 写作 *、/ 写作 -、= 写作 _（usersig.md 第 5 步）：它被重新编码过，请从签名方原样取用。',
  'inspect.advice.doubleEncoded':
    'URL 中的 usersig 被 URL 编码了两次：服务端收到“%”，会返回 70003。只编码一次，或干脆不编码（其字符集本身就是 URL 安全的）。',
  'inspect.advice.percent': '其中的“%”不是完整的 URL 转义：请从来源处重新复制。',
  'inspect.advice.invisible':
    '复制时带上了不可见字符（聊天软件和文档常会加入）：请从来源处重新复制，或在该位置重新输入。',
  'inspect.advice.copyAgain': '请重新复制 UserSig，不要带上前后的其他内容。',
  'inspect.advice.padding':
    '填充符（“_”）只能出现在 UserSig 末尾：可能把两个 UserSig 粘贴在了一起，或文本被改动过。',
  'inspect.advice.header':
    '官方 SDK 生成的 UserSig 以“eJ”开头（zlib 头）：请确认开头部分也复制了。',
  'inspect.advice.corrupt': '中间有字符被改动或丢失：请从来源处重新复制。',
  'inspect.advice.notSigner':
    '它可以解码，但内容不是 UserSig 签名工具写出的格式：请用密钥重新生成（签名面板，或官方 TLSSigAPIv2 SDK）。',
  'inspect.advice.v1': '请签发新的 v2 UserSig（用应用的密钥做 HMAC-SHA256）：签名面板即可生成。',
  'inspect.advice.empty': '请粘贴 UserSig：它通常以“eJ”开头。',
  'inspect.advice.short': (p: { length: number; shortest: number }) =>
    `它只有 ${p.length} 个字符；真实的 UserSig 很少短于 ${p.shortest} 个字符。`,

  'inspect.url.unreadable': (p: { start: string }) => `浏览器无法把它识别为 URL：${p.start}。`,
  'inspect.url.whitespace': 'URL 中含有换行或制表符，已像浏览器那样将其删除。',
  'inspect.url.credentials': 'URL 在主机前带有用户名或密码；该 API 不使用它们。',
  'inspect.url.fragment': '“#”之后的部分不会发送给服务端，已忽略。',
  'inspect.url.tooManyParams': (p: { count: number; read: number }, f: Fmt) =>
    `查询串有 ${f.number(p.count)} 个参数，只读取了前 ${f.number(p.read)} 个（一个请求只有五个）。`,
  'inspect.url.badEscape': (p: { name: string }) =>
    `查询参数“${p.name}”中的“%”不是完整的转义，已按原样读取。`,
  'inspect.check.http': '明文 http：文档给出的 URL 都是 https。',
  'inspect.check.scheme': (p: { scheme: string }) =>
    `“${p.scheme}”不是网址协议：该 API 通过 https 提供。`,
  'inspect.check.host': (p: { hostname: string; region: string; backup: boolean; port: string }) =>
    `${p.hostname}：${p.region}${p.backup ? '（备用域名）' : ''}。${p.port ? `URL 指定了端口 ${p.port}；文档所列主机使用默认端口。` : ''}`,
  'inspect.check.unknownHost': (p: { hostname: string; port: string }) =>
    `${p.hostname} 不是文档所列的即时通信 IM REST 主机。是代理，还是拼写错误？${p.port ? `URL 指定了端口 ${p.port}；文档所列主机使用默认端口。` : ''}`,
  'inspect.check.bodyUndescribed': (p: { path: string }) =>
    `本工具没有 ${p.path || '该接口'} 的描述，因此只检查了请求体是否为 JSON。`,
  'inspect.check.bodyValid': (p: { path: string }) => `有效的 JSON，符合 ${p.path} 的描述。`,
  'inspect.check.bodyAdvice': (p: { n: number; path: string }, f: Fmt) =>
    `对照 ${p.path} 的描述，请求体有 ${f.number(p.n)} 处问题。`,
  'inspect.check.bodyRefused': (p: { n: number; path: string; errors: number }, f: Fmt) =>
    `对照 ${p.path} 的描述，请求体有 ${f.number(p.n)} 处问题：${p.errors === p.n ? '服务端会因此拒绝它' : `服务端会因其中标为“错误”的 ${f.number(p.errors)} 处拒绝它`}。`,

  'inspect.ui.intro':
    '粘贴 UserSig、请求 URL 或 curl 命令（本工具的“复制为 curl”、终端里的命令，或浏览器的 “Copy as cURL”），即可看到服务端会如何回应。内容只在本标签页内读取：不会发送，也不会执行。',
  'inspect.ui.inputLabel': 'UserSig、请求 URL 或 curl 命令',
  'inspect.ui.placeholderOr': '或',
  'inspect.ui.cut': (p: { chars: number }, f: Fmt) =>
    `粘贴的内容很长（${f.number(p.chars)} 个字符）：输入框只显示开头且不可编辑，但会读取全部内容。清空后可粘贴其他内容。`,
  'inspect.ui.inspect': '检查',
  'inspect.ui.clear': '清空',
  'inspect.ui.key': '密钥',
  'inspect.ui.show': '显示',
  'inspect.ui.hide': '隐藏',
  'inspect.ui.useBuilderKey': '使用构建器中的密钥',
  'inspect.ui.keyHint':
    '可选：只有签名校验（70009）需要它。仅保存在本标签页的内存中，不会存储，也不会发送。',
  'inspect.ui.load': '载入构建器',
  'inspect.ui.loadHint':
    '把地域、SDKAppID、identifier、接口和请求体带到构建器。粘贴的 UserSig 留在这里：构建器会用密钥签发自己的 UserSig。',
  'inspect.ui.orderIntro': '服务端按以下顺序检查 UserSig，并返回第一个未通过的检查：',
  'inspect.ui.order70003': '必须能解码（字符集、base64、zlib、JSON、字段）；',
  'inspect.ui.order70014': '其 SDKAppID 必须与 URL 中的 sdkappid 一致；',
  'inspect.ui.order70013': '其 identifier 必须与 URL 中的 identifier 一致；',
  'inspect.ui.order70001': '必须尚未过期；',
  'inspect.ui.order70009': '必须由该应用的密钥签名。',
  'inspect.ui.orderHint': '前四项不需要密钥。粘贴内容即可逐项查看。',
  'inspect.ui.curlUnreadable': '无法读取该 curl 命令：',
  'inspect.ui.urlUnreadable': '无法读取该 URL：',
  'inspect.ui.lineColumn': (p: { line: number; column: number }) =>
    `第 ${p.line} 行，第 ${p.column} 列`,
  'inspect.ui.here': '此处',
  'inspect.ui.disagree': 'URL 与 UserSig 不一致',
  'inspect.ui.canTell': '没有密钥也能判断的',
  'inspect.ui.cannotTell': '无法判断的',
  'inspect.ui.otherKey':
    '该 UserSig 完整且在有效期内，因此它是用另一个密钥签发的：其他应用的密钥，或之后在控制台重置过的密钥。',
  'inspect.ui.excerpt': (p: { label: string; at: string; before: string }) =>
    `${p.label}${p.at ? `：“${p.at}”` : ''}，位于“${p.before}”之后。`,
  'inspect.ui.loadedKey': '请在构建器中输入密钥，以便签名。',

  'inspect.sig.titleUrl': 'URL 中的 UserSig',
  'inspect.sig.title': 'UserSig',
  'inspect.sig.titleBad': (p: { fromQuery: boolean }) =>
    `${p.fromQuery ? 'URL 中的 UserSig' : 'UserSig'}：无法解码`,
  'inspect.sig.version': '版本',
  'inspect.sig.identifier': 'identifier',
  'inspect.sig.issuedAt': '签发时间',
  'inspect.sig.validFor': '有效时长',
  'inspect.sig.expiresAt': '过期时间',
  'inspect.sig.status': '状态',
  'inspect.sig.differs': '≠ URL 中的',
  'inspect.sig.expired': '已过期',
  'inspect.sig.expiredAgo': (p: { seconds: number }, f: Fmt) => `${f.duration(p.seconds)}`,
  'inspect.sig.valid': '有效',
  'inspect.sig.validLeft': (p: { seconds: number }, f: Fmt) => `还剩 ${f.duration(p.seconds)}`,
  'inspect.sig.bytes': (p: { n: number }, f: Fmt) => `${f.number(p.n)} 字节`,
  'inspect.sig.hex': '十六进制',
  'inspect.sig.text': '文本',
  'inspect.sig.notUtf8': '（不是 UTF-8 文本）',
  'inspect.sig.noUserBuf': '无（常见的 UserSig 都没有）',
  'inspect.sig.sizes': '大小',
  'inspect.sig.sizesText': (p: { chars: number; compressed: number; json: number }, f: Fmt) =>
    `${f.number(p.chars)} 个字符 · 压缩后 ${f.number(p.compressed)} 字节 · JSON ${f.number(p.json)} 字节`,
  'inspect.sig.json': '解码后的 JSON',
  'inspect.sig.steps': '解码步骤',
  'inspect.sig.passed': '通过',
  'inspect.sig.failedHere': '在此失败',
  'inspect.sig.notReached': '未执行',
  'inspect.sig.endsHere': 'UserSig 在此处结束',
  'inspect.sig.outOfPlace': (p: { at: number }) => `第 ${p.at} 个字符位置不对`,
  'inspect.sig.cutShort': '被截断了？',
  'inspect.sig.readAs': 'UserSig 的读取方式',

  'inspect.req.title': '请求',
  'inspect.req.fromCurl': '读取自 curl 命令',
  'inspect.req.fromUrl': '读取自 URL',
  'inspect.req.region': '地域',
  'inspect.req.host': '主机',
  'inspect.req.endpoint': '接口',
  'inspect.req.absent': '缺失',
  'inspect.req.empty': '（空）',
  'inspect.req.checks': '检查项',
  'inspect.req.body': '请求体',
  'inspect.req.bodyRegion': '实际发送的请求体',
  'inspect.req.notJson': (p: { reason: Text }, f: Fmt) => `不是 JSON：${f.t(p.reason)}`,
  'inspect.req.issues': '请求体问题',
  'inspect.req.readAs': '粘贴内容的读取方式',
  'inspect.ui.dismiss': '关闭',
  'inspect.ui.backToInspector': '返回检查工具',
  'inspect.ui.loadError': (p: { message: Text; cause: string }, f: Fmt) =>
    `${f.t(p.message)}（${p.cause}）`,

  'inspect.read.empty': '粘贴的内容为空，或只有空白字符。',
  'inspect.read.curl': '以“curl”开头：按 curl 命令读取。',
  'inspect.read.url': '以 http(s):// 开头：按请求 URL 读取。',
  'inspect.read.hostPath': '是不带协议的主机名加路径：按 https:// 请求 URL 读取。',
  'inspect.read.curlInside': '其中含有 curl 命令：按 curl 命令读取。',
  'inspect.read.fetch': '这看起来是 “Copy as fetch”。请改用 “Copy as cURL (bash)”，或只粘贴 URL。',
  'inspect.read.powershell':
    '这看起来是 PowerShell 命令。请改用 “Copy as cURL (bash)” 或 “(cmd)”，或只粘贴 URL。',
  'inspect.read.json':
    '这是 JSON（请求体？），不是 UserSig、URL 或 curl 命令。请粘贴完整的请求，或在构建器中填写请求体。',
  'inspect.read.partial': '这是缺少主机的部分请求 URL。请粘贴完整的 URL，包括 https://。',
  'inspect.read.userSig':
    '是一个由 UserSig 字符集（A–Z、a–z、0–9、*、- 和 _）组成的词：按 UserSig 读取。',
  'inspect.read.userSigOdd':
    '是一个不含空格的词：按 UserSig 读取，但其中有 UserSig 不会出现的字符。',
  'inspect.read.wrapped': '是被空格或换行隔开的 UserSig 字符：按折行后的 UserSig 读取。',
  'inspect.read.unknown':
    '不是 UserSig（由 A–Z、a–z、0–9、*、- 和 _ 组成的一个词）、请求 URL（https://...）或 curl 命令。',
  'inspect.read.tooLarge': (p: { mb: string; max: number }, f: Fmt) =>
    `粘贴的内容有 ${p.mb} MB；检查工具最多读取 1 MB（${f.number(p.max)} 个字符）。UserSig 只有几百个字符，请求 URL 也不到 8 KB：请只粘贴 UserSig、URL 或 curl 命令。`,

  // 请求规则的检查结果（request-rules.ts）。
  'inspect.rr.noMethod': '单独一个 URL 看不出请求方法：该接口要求用 POST 发送 JSON 请求体。',
  'inspect.rr.method': (p: { method: string; why: 'case' | 'get' | 'other' }) =>
    `请求方法是 ${p.method}，但接口要求 POST：${
      p.why === 'case'
        ? '方法区分大小写，请发送 "POST"。'
        : p.why === 'get'
          ? '命令里没有 -d（或 --data-raw、--json）时 curl 发送 GET：请用其中之一加上 JSON 请求体。'
          : '请发送 POST。'
    }服务端会返回 60008。`,
  'inspect.rr.noPath': 'URL 没有路径：缺少接口（例如 v4/recentcontact/get_list）。',
  'inspect.rr.notCommand': (p: { path: string; serves: string }) =>
    `${p.path} 不是该服务的接口（它提供 ${p.serves}）。`,
  'inspect.rr.notRest': (p: { path: string }) =>
    `"${p.path}" 不是 REST 路径（v4/<service>/<command>）。`,
  'inspect.rr.path': (p: { what: Text; proxy: boolean }, f: Fmt) =>
    `${f.t(p.what)}${p.proxy ? '服务端会对它返回 60009；中间的代理可能需要这个路径。' : '服务端会返回 60009。'}`,
  'inspect.rr.noApp': 'URL 中缺少 sdkappid：服务端会返回 60012。',
  'inspect.rr.appNaN': (p: { value: string }) =>
    `sdkappid 是 ${p.value}，但它必须是 0 到 4294967295 的整数：服务端会返回 60006。`,
  'inspect.rr.appOther': (p: { n: number; name: string | null; only: number }) =>
    `sdkappid=${p.n} 不是${p.name ?? '该服务'}的应用，它只有 ${p.only}：服务端会返回 70020。`,
  'inspect.rr.appSig': (p: { n: number; inside: number }) =>
    `sdkappid=${p.n} 与 UserSig 中的 SDKAppID（${p.inside}）不一致：服务端会返回 70014。`,
  'inspect.rr.noId':
    'URL 中缺少 identifier（App 管理员账号）：服务端会用空的 identifier 校验 UserSig，并返回 70013。',
  'inspect.rr.idSig': (p: { value: string; inside: string }) =>
    `identifier=${p.value} 与 UserSig 中的 identifier（${p.inside}）不一致：服务端会返回 70013。`,
  'inspect.rr.noSig': 'URL 中缺少 usersig：服务端会返回 70002。',
  'inspect.rr.sigBad': 'usersig 无法解码（见 UserSig 部分）：服务端会返回 70003。',
  'inspect.rr.sigLen': (p: { n: number; decodes: boolean }) =>
    `${p.n} 个字符${p.decodes ? '，可以解码' : ''}。`,
  'inspect.rr.noRandom': `缺少 random；${RANDOM_DOCS}。不带 random 的调用服务端也接受（腾讯 2016 年的 Node SDK 就不发送），但请带上。`,
  'inspect.rr.randomRange': (p: { value: string }) =>
    `random 是 ${p.value}，超出 uint32 范围；${RANDOM_DOCS}。服务端接受这样的值（发送有符号或 64 位数的客户端在生产中运行），但请发送范围内的值。`,
  'inspect.rr.randomNaN': (p: { value: string }) =>
    `random 是 ${p.value}，不是整数；${RANDOM_DOCS}。文档没有说明其他值会得到什么应答；沙盒接受它。`,
  'inspect.rr.noCt': '缺少 contenttype；文档要求始终发送 contenttype=json。',
  'inspect.rr.ctCase': (p: { value: string }) =>
    `contenttype 是 ${p.value}；文档中的值是小写的 "json"。`,
  'inspect.rr.ctBad': (p: { value: string }) =>
    `contenttype 是 ${p.value}，但它必须是 "json"：沙盒会返回 60002，即 URL 格式错误。`,
  'inspect.rr.dup': (p: { names: readonly (readonly [string, number])[] }) =>
    `重复的参数：${timesList(p.names)}。每个参数请只发送一次。`,
  'inspect.rr.dupDiffer': (p: { names: readonly (readonly [string, number])[] }) =>
    `重复且取值不同的参数：${timesList(p.names)}。文档没有说明服务端读取哪一个，所以沙盒返回 60002；本报告使用第一个。`,
  'inspect.rr.unexpected': (p: { names: readonly (readonly [string, string | null])[] }) =>
    `不是该接口的参数：${p.names.map(([n, doc]) => (doc === null ? n : `${n}（文档中的名称是 ${doc}）`)).join('、')}。`,
  'inspect.rr.urlNoBody': 'URL 不携带请求体：JSON 请求体放在 POST 中。载入请求构建器即可编写。',
  'inspect.rr.noBody': (p: { why: Text | null }, f: Fmt) =>
    `${p.why === null ? "请求没有请求体：接口需要 JSON 请求体（curl：-d '{...}'）。" : `请求体不是有效的 JSON（${f.t(p.why)}）。`}服务端会返回 60003。`,
  'inspect.rr.valid': 'JSON 有效。',

  // 读取粘贴的 UserSig（classify.ts）。
  'inspect.cl.removed': (p: { parts: readonly ('ws' | 'quotes' | 'prefix')[] }) =>
    `读取前已去掉 UserSig 两侧的${p.parts.map((x) => (x === 'ws' ? '空白' : x === 'quotes' ? '引号' : '"usersig="')).join('和')}。`,
  'inspect.cl.encoded':
    'UserSig 经过了 URL 编码（%2A 即 *，%2D 即 -，%5F 即 _），已先解码。请发送解码后的值：它的字母表本身就可以安全地放在 URL 中。',
  'inspect.cl.twice': '它被 URL 编码了两次，已再次解码。',
  // 把粘贴的命令拆成单词（shell-words.ts）。
  'inspect.sh.open': (p: {
    what: 'single' | 'ansi' | 'double' | 'subst' | 'back';
    line: number;
    column: number;
  }) =>
    `第 ${p.line} 行第 ${p.column} 列的${{ single: '单引号', ansi: " $'...' 引号", double: '双引号', subst: ' $( 命令替换', back: '反引号' }[p.what]}没有闭合。粘贴的内容可能被截断了，或者文本中的引号需要转义。`,
  'inspect.sh.var': (p: { name: string }) =>
    `命令中用到了 ${p.name}，shell 会把它替换成一个值；这里按原样保留。`,
  'inspect.sh.heredoc': (p: { line: number }) =>
    `一个 here-document（从第 ${p.line} 行开始）作为命令的输入；它没有被当作参数读取。`,
  'inspect.sh.cmdQuote': (p: { line: number; column: number }) =>
    `第 ${p.line} 行第 ${p.column} 列的引号没有闭合；Windows 会读到行尾，这里也是如此。粘贴的内容可能被截断了。`,
  'inspect.sh.cmdVar': '命令中用到了 %VARIABLE%，cmd.exe 会把它替换成一个值；这里按原样保留。',
  'inspect.sh.more': (p: { n: number }, f: Fmt) => `……另有 ${f.number(p.n)} 条提示。`,
  // 读取 curl 命令（curl.ts）。
  'inspect.curl.piped': '有另一个命令通过管道传给 curl；只读取了 curl 命令。',
  'inspect.curl.ends': (p: { line: number }) => `命令在第 ${p.line} 行结束；之后的行没有读取。`,
  'inspect.curl.after': (p: { op: string }) => `"${p.op}" 之后是另一个命令，没有读取。`,
  'inspect.curl.redirect': (p: { op: string }) => `输出重定向 "${p.op}" 已忽略。`,
  'inspect.curl.carried': (p: { lines: readonly number[] }, f: Fmt) => {
    if (p.lines.length === 1) {
      return `第 ${p.lines[0]} 行末尾没有反斜杠，shell 会在那里结束命令；这里把下一行当作命令的一部分读取。`;
    }
    const shown = p.lines.slice(0, 3);
    const more = p.lines.length - shown.length;
    const list =
      more > 0 ? `${shown.join('、')} 等（另有 ${f.number(more)} 行）` : shown.join('、');
    return `第 ${list} 行末尾没有反斜杠，shell 会在每一处结束命令；这里把其后的行当作命令的一部分读取。`;
  },
  'inspect.curl.none': '没有找到 curl 命令：粘贴的内容应以 "curl" 开头。',
  'inspect.curl.next': '命令中有多个请求（--next）；只读取了第一个。',
  'inspect.curl.unknown': (p: { option: string }) => `本读取器不认识选项 ${p.option}，已忽略。`,
  'inspect.curl.needs': (p: { option: string }) => `选项 ${p.option} 后面需要一个值。`,
  'inspect.curl.stdin': (p: { option: string; piece: string; pipe: boolean }) =>
    `${p.option} ${p.piece} 从标准输入${p.pipe ? '（管道或 here-document）' : ''}读取请求体，本页面看不到。请直接把请求体粘贴在那里：${p.option} '{"From_Account":...}'。`,
  'inspect.curl.file': (p: { option: string; piece: string; source: string }) =>
    `${p.option} ${p.piece} 从文件 "${p.source}" 读取请求体，本页面无法读取。请把文件内容粘贴在那里：${p.option} '{"From_Account":...}'。`,
  'inspect.curl.urlencode':
    '--data-urlencode 会把文本做 URL 编码后发送；接口需要原样的 JSON（请用 --data-raw）。',
  'inspect.curl.joins': 'curl 会用 "&" 连接多个数据选项，这会破坏 JSON 请求体。',
  'inspect.curl.headerFile': (p: { option: string; value: string }) =>
    `${p.option} ${p.value} 从文件读取请求头，已忽略。`,
  'inspect.curl.form': (p: { option: string }) =>
    `${p.option} 发送 multipart 表单；接口需要 JSON 请求体（请用 --data-raw）。`,
  'inspect.curl.upload': (p: { option: string; value: string }) =>
    `${p.option} ${p.value} 上传一个文件，本页面无法读取。请改用 --data-raw 粘贴请求体。`,
  'inspect.curl.config': (p: { option: string; value: string }) =>
    `${p.option} ${p.value} 从文件读取更多选项，本页面无法读取。请直接粘贴这些选项。`,
  'inspect.curl.noUrl': 'curl 命令没有 URL：curl 不知道要发往哪里。',
  'inspect.curl.urls': (p: { n: number }) =>
    `命令中有 ${p.n} 个 URL；curl 会逐个请求。只读取了第一个。`,
  'inspect.curl.glob': 'URL 中有 "[" 或 "{"，除非加上 -g，curl 会把它当作模式展开。',
  'inspect.curl.scheme': 'URL 没有协议，curl 会使用 http://；而接口通过 https 提供。',
  'inspect.curl.get': '-G 会把数据移到 URL 查询串中并发送 GET；接口需要 POST 请求体。',
} satisfies Translation<typeof en>;
