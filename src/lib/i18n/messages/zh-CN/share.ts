// 分享链接的文字（简体中文）：为何无法生成或打开链接、打开的链接设置了什么、需要注意什么，
// 以及链接提示和链接输入框。
import type { Fmt, Text, Translation } from '../../message';
import type en from '../en/share';

export default {
  'share.part.region': '地域',
  'share.part.sdkAppId': 'SDKAppID',
  'share.part.identifier': 'identifier',
  'share.part.endpoint': '接口',
  'share.part.changed': '改动的请求体字段列表',
  'share.part.removed': '删除的请求体字段列表',
  'share.part.layout': '请求体格式',
  'share.part.text': '请求体文本',
  'share.part.userSig': 'UserSig',
  'share.part.content': '内容',
  'share.part.body': '请求体',
  'share.part.customHost': '自定义主机',

  'share.payload.wrong': (p: { what: Text }, f: Fmt) =>
    `链接中的${f.t(p.what)}格式不对：链接已损坏，或不是由本工具生成的。`,
  'share.payload.unknown': (p: { n: number; names: string }) =>
    `链接中有本工具不认识的字段（${p.names}）：链接已损坏，或由其他工具生成。`,
  'share.payload.deep': '链接内容嵌套过深，不可能是一个请求。',
  'share.payload.noDefaultBody': '链接改动了请求体字段，但默认请求体中没有字段。',
  'share.payload.badRemoval': '链接删除了默认请求体中没有的字段，或同时又设置了这些字段。',
  'share.payload.region': '链接中地域的写法本工具无法识别。',

  'share.encode.noUserSig': '没有可附带的 UserSig：请先生成一个，或取消勾选“附带 UserSig”。',
  'share.encode.badUserSig': (p: { max: number }) =>
    `该 UserSig 无法放进链接：它必须是 1 到 ${p.max} 个由 A–Z、a–z、0–9、“*”、“-”和“_”组成的字符。`,
  'share.encode.tooLarge': (p: { max: number }) =>
    `请求太大，无法放进链接（一个链接最多 ${p.max} 个字符）。请缩短请求体。`,
  'share.encode.holdsKey': (p: { name: Text }, f: Fmt) =>
    `${f.t(p.name)}中含有密钥，链接会把它交给每个打开链接的人。请将其删除。`,
  'share.encode.holdsUserSig': (p: { name: Text }, f: Fmt) =>
    `${f.t(p.name)}中含有 UserSig，链接会把它交给每个打开链接的人。请将其删除；如确需分享 UserSig，请勾选“附带 UserSig”。`,

  'share.decode.empty': '地址的“#”之后没有分享链接。',
  'share.decode.notShareLink': '地址中“#”之后的部分不是分享链接。',
  'share.decode.version': (p: { version: string }) =>
    `该链接使用分享格式 r${p.version}，当前版本的工具无法读取（只能读取 r1）。它可能来自更新的版本。`,
  'share.decode.tooLarge': (p: { chars: number; kb: number }) =>
    `该链接太大，无法安全打开（超过 ${p.chars} 个字符，或解压后超过 ${p.kb} KB）。`,
  'share.decode.truncated': '该链接不完整：很可能在复制时被截断了。请重新复制完整的链接。',
  'share.decode.corrupt': '该链接已损坏：复制时有字符被改动、增加或丢失。',
  'share.decode.unsupported':
    '此浏览器无法解压压缩过的分享链接（不支持 DecompressionStream “deflate-raw”）。请在较新的浏览器中打开。',
  'share.decode.internal': '由于本工具的故障，无法读取该链接。',
  'share.decode.region': (p: { id: string }) => `该链接指定的地域“${p.id}”，当前版本的工具不认识。`,
  'share.decode.endpoint': (p: { id: string }) =>
    `该链接对应的接口“${p.id}”，当前版本的工具不认识。`,
  'share.decode.userSig': (p: { max: number }) =>
    `该链接中的 UserSig 无效（UserSig 是 1 到 ${p.max} 个由 A–Z、a–z、0–9、“*”、“-”和“_”组成的字符），因此未打开链接。`,

  'share.set.sandbox': '地域：沙盒（离线）',
  'share.set.region': (p: { name: string; backup: boolean }) =>
    `地域：${p.name}${p.backup ? '（备用域名）' : ''}`,
  'share.set.customHost': (p: { host: string }) => `自定义主机：${p.host}`,
  'share.set.sdkAppId': (p: { value: string }) => `SDKAppID：${p.value}`,
  'share.set.identifier': (p: { value: string }) => `identifier：${p.value}`,
  'share.set.endpoint': (p: { value: string }) => `接口：${p.value}`,
  'share.set.bodyText': (p: { chars: number }) => `请求体：${p.chars} 个字符，按原样`,
  'share.set.field': (p: { name: string; value: string }) => `${p.name}：${p.value}`,
  'share.set.removed': (p: { name: string }) => `删除的字段：${p.name}`,
  'share.set.layout': (p: { layout: 0 | 2 | 4 | 'tab' }) =>
    `请求体格式：${{ 0: '紧凑', 2: '缩进 2 个空格', 4: '缩进 4 个空格', tab: '用制表符缩进' }[p.layout]}`,
  'share.set.userSig': 'UserSig：已附带',
  'share.warn.markup': (p: { name: Text }, f: Fmt) =>
    `${f.t(p.name)}中含有标记（如“<tag”或“javascript:”）；它按纯文本保留，其中的内容不会运行。`,
  'share.warn.hidden': (p: { name: Text }, f: Fmt) =>
    `${f.t(p.name)}中含有不可见或改变文字方向的字符，可能让它看起来像别的内容。`,
  'share.warn.customHost': (p: { host: string }) =>
    `请求会发往自定义主机“${p.host}”，而不是腾讯的域名：运营该主机的人会收到每个请求附带的 UserSig。发送前请核实。`,
  'share.warn.userSig': (p: { identifier: string }) =>
    `该链接附带 UserSig：拿到链接的任何人在其过期前都能以“${p.identifier}”的身份调用 REST API。请勿转发此链接。`,
  'share.mismatch.sdkAppId': (p: { inside: number; request: string }) =>
    `它是为 SDKAppID ${p.inside} 签发的，而请求中为 ${p.request || '（空）'}。`,
  'share.mismatch.identifier': (p: { inside: string; request: string }) =>
    `它是为 identifier ${p.inside} 签发的，而请求中为 ${p.request}。`,
  'share.sandboxNote': '沙盒总是使用它自己的公开 SDKAppID 和 identifier，因此没有采用链接中的值。',

  'share.ui.copy': '复制链接',
  'share.ui.include': '附带 UserSig',
  'share.ui.hint': '链接包含当前请求，从不包含密钥。',
  'share.ui.notice': '链接提示',

  'share.ui.loaded': '已从链接载入',
  'share.ui.notOpened': '无法打开该链接',
  'share.ui.dismissLabel': '关闭链接提示',
  'share.ui.dismiss': '关闭',
  'share.ui.nothingLoaded': '没有从中载入任何内容：构建器保持原样。',
  'share.ui.retry': '重试',
  'share.ui.holds': '构建器中现在是链接里的请求。',
  'share.ui.notSent': '尚未发送任何内容。',
  'share.ui.set': '它设置了：',
  'share.ui.default': '它包含的是默认请求。',
  'share.ui.askKey': (p: { sdkAppId: string }) =>
    `链接从不携带密钥：请输入你${p.sdkAppId ? ` SDKAppID ${p.sdkAppId} ` : ''}的密钥，签名后再发送。`,
  'share.ui.enterKey': '输入密钥',
  'share.ui.carries': '该链接附带了 UserSig',
  'share.ui.identifier': 'identifier',
  'share.ui.expires': '过期时间',
  'share.ui.in': (p: { seconds: number }, f: Fmt) => `（还剩 ${f.duration(p.seconds)}）`,
  'share.ui.expiredAgo': (p: { seconds: number }, f: Fmt) => `（已过期 ${f.duration(p.seconds)}）`,
  'share.ui.noDecode': (p: { reason: Text }, f: Fmt) => `它无法解码：${f.t(p.reason)}`,
  'share.ui.shownNotUsed': '这里只是展示，不会使用：构建器会用你输入的密钥签发自己的 UserSig。',
  'share.ui.fromLink': '链接中的 UserSig',
  'share.ui.cleared': (p: { userSig: boolean }) =>
    `已从地址栏移除该链接，它不会留在本标签页的历史中${p.userSig ? '（浏览器可能仍会记录访问过的地址：如链接涉及敏感信息，请在浏览器中清除）' : ''}。`,
  'share.ui.notCleared': '链接仍在地址栏中：本页无法将其移除。',

  'share.ui.warning': '链接将附带 UserSig，它的作用相当于密码。',
  'share.ui.anyone': (p: { identifier: string; sdkAppId: number }) =>
    `拿到链接的任何人都能以“${p.identifier}”的身份在 SDKAppID ${p.sdkAppId} 上调用 REST API，直到它过期：`,
  'share.ui.left': (p: { seconds: number }, f: Fmt) =>
    p.seconds >= 0
      ? `（还剩 ${f.duration(p.seconds)}）。`
      : `（已过期 ${f.duration(-p.seconds)}）。`,
  'share.ui.onlyTo': '只发给可以代表该 identifier 操作的人。',
  'share.ui.noUserSig': '还没有 UserSig：请先填写管理员 UserSig 的各项。',
  'share.ui.link': '分享链接',
  'share.ui.copied': '已复制到剪贴板。',
  'share.ui.refused': '浏览器拒绝复制：请选中上面的链接手动复制。',
  'share.ui.length': (p: { chars: number; fragment: number; userSig: boolean }, f: Fmt) =>
    `${f.number(p.chars)} 个字符，其中 ${f.number(p.fragment)} 个在“#”之后${p.userSig ? ' · 附带 UserSig' : ''}。`,
  'share.ui.outdated': '请求已改动：请再次点击“复制链接”。',
} satisfies Translation<typeof en>;
