// UserSig 库的文字（简体中文）：UserSig 为何无法解码、为何校验不通过。
// 术语依据腾讯云即时通信 IM 中文文档“生成 UserSig”（cloud.tencent.com/document/product/269/32688）。
import type { Fmt, Text, Translation } from '../../message';
import type en from '../en/usersig';

export default {
  'usersig.char.space': '一个空格',
  'usersig.char.lineBreak': '一个换行符',
  'usersig.char.tab': '一个制表符',
  'usersig.char.base64': (p: { c: string; instead: string }) =>
    `“${p.c}”（标准 base64 字符；UserSig 中应写作“${p.instead}”）`,
  'usersig.char.percent': '“%”（UserSig 看起来经过了 URL 编码）',
  'usersig.char.control': (p: { code: string }) => `控制字符 ${p.code}`,
  'usersig.char.other': (p: { c: string }) => `“${p.c}”`,

  'usersig.decode.empty': 'UserSig 为空。',
  'usersig.decode.alphabet': (p: { at: number; char: Text }, f: Fmt) =>
    `第 ${p.at} 个字符是${f.t(p.char)}，不在 UserSig 的字符集内（A–Z、a–z、0–9、“*”、“-”和“_”）。请重新复制 UserSig，不要带上前后的其他内容。`,
  'usersig.decode.base64Cut': (p: { length: number }) =>
    `UserSig 长 ${p.length} 个字符，不是 4 的倍数，因此不是完整的 base64：很可能在复制时被截断了。`,
  'usersig.decode.base64Padding': (p: { at: number }) =>
    `第 ${p.at} 个字符是出现在 UserSig 中间的“_”（base64 填充符），而填充符只能出现在末尾。可能把两个 UserSig 粘贴在了一起。`,
  'usersig.decode.base64': 'UserSig 不是有效的 base64。',
  'usersig.decode.zlibHeader':
    '解码后的字节不以 zlib 头开始，因此这不是 UserSig（或复制时丢失了开头部分）。',
  'usersig.decode.zlibTruncated':
    '压缩数据在 zlib 流结束之前就结束了：UserSig 很可能在复制时被截断了。',
  'usersig.decode.zlibCorrupt': '压缩数据已损坏（zlib 无法解压）：有字符被改动或丢失。',
  'usersig.decode.zlibTooLarge': '压缩数据解压后远大于任何 UserSig 的内容，因此这不是 UserSig。',
  'usersig.decode.notJson':
    'UserSig 可以解压，但其内容不是 JSON 文本，因此不是由 UserSig 签名工具生成的。',
  'usersig.decode.notObject': 'UserSig 的内容是 JSON，但不是 UserSig 应有的对象。',
  'usersig.decode.v1':
    '这是 v1 版 UserSig（旧的 ECDSA 方案，含 TLS.sdk_appid 和 TLS.account_type）。当前服务要求 v2：请用密钥重新签发（HMAC-SHA256）。',
  'usersig.decode.noField': (p: { name: string }) => `UserSig 缺少 ${p.name} 字段。`,
  'usersig.decode.fieldType': (p: { name: string; value: string; want: 'string' | 'integer' }) =>
    `UserSig 的 ${p.name} 为 ${p.value}，但它必须是${p.want === 'string' ? '字符串' : '整数'}。`,
  'usersig.decode.userBuf': 'UserSig 的 TLS.userbuf 必须是标准 base64 字符串。',

  'usersig.verify.sdkAppId': (p: { inside: number; request: number }) =>
    `该 UserSig 是为 SDKAppID ${p.inside} 签发的，但请求中为 ${p.request}。`,
  'usersig.verify.identifier': (p: { inside: string; request: string }) =>
    `该 UserSig 是为 identifier ${p.inside} 签发的，但请求中为 ${p.request}。`,
  'usersig.verify.expired': (p: { ago: number; until: string }) =>
    `该 UserSig 已过期 ${p.ago} 秒（有效期至 ${p.until}）。`,
  'usersig.verify.noUserBuf': '应带有 userbuf，但该 UserSig 没有。',
  'usersig.verify.otherUserBuf': '该 UserSig 的 userbuf 与预期的不同。',
  'usersig.verify.signature':
    '签名与此密钥不符：该 UserSig 是用另一个密钥签发的（其他应用的密钥，或已重置的旧密钥）。',
} satisfies Translation<typeof en>;
