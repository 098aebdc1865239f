// 首屏文字（简体中文）：页头、语言切换、存储提示、按需加载失败与重新加载提示、签名表单校验。
// Terms follow Tencent Cloud Chat's Chinese documentation (docs/i18n.md, "Chinese texts").
import type { Fmt, Text, Translation } from '../../message';
import type en from '../en/core';

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
  'core.part.bodyRules': '请求体检查',
  'core.part.shareCode': '分享链接的代码',
  'core.part.linkNotice': '链接提示',
  'core.part.shareField': '分享链接输入框',
  'core.part.responsePanel': '响应面板',
  'core.part.exactRequest': '“实际请求”面板',
  'core.part.recentSends': '最近发送记录',
  'core.part.shareBar': '分享栏',
  'core.part.shortcuts': '键盘快捷键说明',
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

  'core.ready.host': (p: { error: string }) => `自定义主机：${p.error}`,
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
} satisfies Translation<typeof en>;
