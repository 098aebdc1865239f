// 首屏文字（简体中文）：页头、语言切换、存储提示、按需加载失败与重新加载提示、签名表单校验。
// Terms follow Tencent Cloud Chat's Chinese documentation (docs/i18n.md, "Chinese texts").
import type { DurationParts as Parts } from '../../../usersig/status';
import type { Fmt, Text, Translation } from '../../message';
import type en from '../en/core';

// A duration as at most two units, largest first (lib/usersig/status.ts durationParts).
const U = { d: '天', h: '小时', min: '分', s: '秒' };
const dur = (parts: Parts) => parts.map(([n, u]) => `${n} ${U[u]}`).join(' ');

export default {
  'core.tagline':
    '在本标签页内签发 UserSig、调试腾讯云即时通信 IM 的 REST API。密钥始终不会离开本页。',
  'core.views': '视图',
  'core.view.builder': '构建请求',
  'core.view.inspect': '检查',
  'core.view.history': '历史记录',

  'core.language.label': '语言',
  'core.language.loading': '加载中…',

  'core.storage.full': '刷新后不会记住你的选择：本站的存储空间已满。',
  'core.storage.blocked':
    '刷新后不会记住你的选择：浏览器在此处禁止了存储（页面嵌在其他网站的框架中，或受隐私设置限制）。',

  'core.lazy.failed': (p: { part: Text }, f: Fmt) =>
    `无法加载${f.t(p.part)}，请检查网络连接后重试。`,
  'core.lazy.loadedAsIs': (p: { failure: Text }, f: Fmt) => `${f.t(p.failure)}请求体已按原样载入。`,
  'core.lazy.retry': '重试',
  'core.lazy.loading': '加载中…',
  'core.part.textsEn': '英文文字',
  'core.part.textsZh': '中文文字',
  'core.part.inspector': '检查工具',
  'core.part.inspectorModel': '检查工具',
  'core.part.historyPanel': '历史记录面板',
  'core.part.history': '历史记录',
  'core.part.shareCode': '分享链接的代码',
  'core.part.linkNotice': '链接提示',
  'core.part.shareField': '分享链接输入框',
  'core.part.responsePanel': '响应面板',
  'core.part.exactRequest': '“实际请求”面板',
  'core.part.recentSends': '最近发送记录',
  'core.part.shareBar': '分享栏',
  'core.part.shortcuts': '键盘快捷键说明',
  'core.part.language': '语言切换',
  'core.part.noble': '纯 JS 的 HMAC 实现（@noble/hashes）',

  'core.reload.text':
    '页面有一部分未能下载。如果网络正常，很可能是本标签页打开后站点已更新：请重新加载以获取新版本。正在构建的请求会保留（密钥和 UserSig 除外）。',
  'core.reload.reload': '重新加载',
  'core.reload.dismiss': '关闭',

  'core.bench.recent': '最近发送',
  'core.bench.shortcuts': '键盘快捷键',
  'core.panel.response': '响应',
  'core.panel.exactRequest': '实际请求',

  'core.inspect.title': '检查',
  'core.inspect.loading': '正在加载检查工具…',
  'core.history.title': '历史记录',

  'core.share.title': '分享',

  'core.ready.host': (p: { error: Text }, f: Fmt) => `自定义主机：${f.t(p.error)}`,
  'core.ready.noHost': '没有可发送的主机：请选择地域。',
  'core.ready.path': (p: { error: string }) => `路径：${p.error}`,
  'core.ready.noUserSig': (p: { why: Text }, f: Fmt) => `无法生成 UserSig：${f.t(p.why)}`,
  'core.ready.signing': '正在签发 UserSig：请稍后再发送。',

  'core.signForm.sdkAppIdEmpty':
    '请输入即时通信 IM 控制台中的 SDKAppID（一个数字，如 1400000000）。',
  'core.signForm.sdkAppIdDigits': 'SDKAppID 是整数，只能包含数字。',
  'core.signForm.sdkAppIdRange': 'SDKAppID 必须在 1 到 4294967295 之间。',
  'core.signForm.keyEmpty': '请输入应用的密钥（即时通信 IM 控制台 → 基本配置）。',
  'core.signForm.keySpace': '密钥首尾有空白字符，控制台中的密钥不会有，请删除。',
  'core.signForm.identifierEmpty': '请输入应用管理员帐号，如 administrator。',
  'core.signForm.identifierSpace': 'identifier 首尾有空白字符，签名时会原样带上。',
  'core.signForm.expireDigits': '有效期是以秒为单位的整数。',
  'core.signForm.expireRange': '有效期必须在 1 到 4294967295 秒之间。',
  'core.conn': '连接',
  'core.keyopts': '密钥与选项',
  'core.keyopts.part': '密钥与选项',
  'core.region': '地域',
  'core.regions': '腾讯云即时通信 IM 地域',
  'core.custom': '自定义主机…',
  'core.host': '自定义主机',
  'core.service': '服务',
  'core.identifier': 'Identifier',
  // 地域名称据 cloud.tencent.com/document/api/269/1519 REST API 简介（域名列表）；东京、利雅得按通行译名
  'core.r.sandbox': '沙盒（离线）',
  'core.r.china': '中国',
  'core.r.singapore': '新加坡',
  'core.r.seoul': '首尔',
  'core.r.tokyo': '东京',
  'core.r.frankfurt': '法兰克福',
  'core.r.mumbai': '孟买',
  'core.r.silicon-valley': '硅谷',
  'core.r.jakarta': '雅加达',
  'core.r.riyadh': '利雅得',
  'core.r.older': '仅旧版文档列出',
  'core.r.newest': '仅最新文档列出',
  'core.sb.a': '本标签页内模拟的 IM 应用：不经过网络。它的 SDKAppID、identifier 和密钥都是',
  'core.sb.b': '公开的沙盒值',
  'core.sb.c': '。可以试试 From_Account',
  'core.sb.d': '（250 个会话）、',
  'core.sb.e': '（3 个）或',
  'core.sb.f': '（没有会话）。',
  'core.sig.failed': '签名失败：请查看详情',
  'core.sig.check': (p: { missing: Text[] }, f: Fmt) =>
    `无 UserSig：请检查 ${p.missing.map(f.t).join('、')}`,
  'core.sig.sdkAppId': 'SDKAppID',
  'core.sig.key': '密钥',
  'core.sig.identifier': 'identifier',
  'core.sig.expire': '有效期',
  'core.sig.signing': '正在签名…',
  'core.sig.expired': (p: { parts: Parts }) => `UserSig 已过期 ${dur(p.parts)}`,
  'core.sig.left': (p: { parts: Parts }) => `UserSig 将在 ${dur(p.parts)}后过期`,
  'core.part.details': '连接详情',
  'core.part.service': '服务设置',

  'core.send': '发送',
  'core.next': '下一页',
  'core.all': '拉取全部页',
  'core.rate.a': '最多',
  'core.rate.b': '次/秒',
  'core.rate.label': '每秒最多调用次数',
  'core.cancel': '取消',
  'core.sending': '正在发送…',
  'core.fetching': '正在拉取各页…',
  'core.problems': '问题',
  'core.part.problems': '问题列表',
  'core.part.limits': '“拉取全部页”的上限',
  'core.via': (p: { how: Text; s: number }, f: Fmt) => `${f.t(p.how)} · 超时 ${p.s} 秒`,
  'core.via.sandbox': '经由页内沙盒',
  'core.via.direct': '由本浏览器直接调用',
  'core.via.proxy': (p: { base: string }) => `经由代理 ${p.base}`,
  'core.via.auto': (p: { base: string }) => `自动：先直连，不通则经由代理 ${p.base}`,
  'core.pages': '已拉取的页数',
  'core.pages.so': (p: { pages: number; items: number }) =>
    `目前已拉取 ${p.pages} 页、${p.items} 个会话`,

  'core.req': '请求',
  'core.endpoint': '接口',
  'core.raw': '原始路径：任意 v4/服务名/命令字…',
  'core.path': '路径',
  'core.body': 'JSON 请求体',
  'core.format': '格式化',
  'core.reset': '恢复默认值',
  'core.sbState': '沙盒状态',
  'core.lim.pages': '页数 ≤',
  'core.lim.items': '条数 ≤',
  'core.lim.pagesLabel': '拉取全部页：最多页数',
  'core.lim.itemsLabel': '拉取全部页：最多条数',
  'core.part.path': '路径输入框',
  'core.part.schema': '编辑器的 JSON Schema',
  'core.part.sbState': '沙盒状态',
} satisfies Translation<typeof en>;
