// 错误码的文字（简体中文）：每个 ErrorCode 的含义和通常的处理办法，以及“前往能修正它的控件”
// 按钮上的文字。用我们自己的话写成，依据：
// 公共错误码与账号错误码（60002–60021、70001–70500）据 cloud.tencent.com/document/product/269/1671 错误码
// （“REST API 公共错误码”“账号错误码”两节）；
// 50001–50005 据 cloud.tencent.com/document/product/269/62118 拉取会话列表（“错误码说明”）；
// 51006–51013 据 cloud.tencent.com/document/product/269/85791 创建会话分组数据、
// 269/85792 设置会话标记数据等会话分组与标记各页（docs/reference/session-apis.md §1）；
// 40006、40601、70399 据 trtc.io/zh/document/34953 导入单个账号；
// 90001、90003、90008 据 cloud.tencent.com/document/product/269/56043 查询单聊未读消息计数。
// ErrorInfo 保持服务返回的英文原文，不在此翻译。
import type { Translation } from '../../message';
import type en from '../en/errors';

const SIGNATURE = '请求 URL 或包体中的账号（UserID）或签名（UserSig）有误。';
const SIGNATURE_FIX = '确认 identifier 就是签发该 UserSig 时用的账号，然后重新签发一个 UserSig。';
const TOO_OFTEN = '请求过于频繁。';
const TOO_OFTEN_FIX = '稍等片刻再发送。';
const TIMEOUT = '服务超时。';
const AGAIN = '重新发送请求。';
const INTERNAL = '服务端内部错误。';
const ADMIN_FIX = '以 App 管理员账号作为 identifier（IM 控制台列出了管理员），并为它签发 UserSig。';

export default {
  'errors.success': '成功。',
  'errors.unknown.public': (p: { code: number; page: string }) =>
    `错误码 ${p.code} 不在本工具的目录中。它属于 REST API 公共错误码（60000 至 79999）：请查阅腾讯云的错误码页面 ${p.page}。`,
  'errors.unknown.endpoint': (p: { code: number; page: string }) =>
    `错误码 ${p.code} 不在本工具的目录中。60000 至 79999 以外的错误码由具体接口定义：请先查阅该接口的文档页，再查阅腾讯云的错误码页面 ${p.page}。`,
  'errors.unknown.fix':
    '阅读应答中的 ErrorInfo：它通常会指出原因。如需联系腾讯云技术支持，请保留 RequestId。',
  'errors.action.region': '检查地域',
  'errors.action.resign': '重新签发 UserSig',
  'errors.action.key': '检查密钥',
  'errors.action.identifier': '检查 identifier',
  'errors.action.sdkappid': '检查 SDKAppID',
  'errors.action.body': '检查请求包体',
  'errors.action.import-account': '为此 UserID 准备 account_import 请求',
  'errors.action.copy-curl': '复制为 curl',
  'errors.action.proxy': '通过代理发送',
  'errors.action.find-region': '查找我的地域',

  'errors.50001.meaning': '所请求的 UserID（From_Account）尚未导入即时通信 IM。',
  'errors.50001.fix':
    '检查 From_Account 是否有拼写错误，或先导入该账号（v4/im_open_login_svc/account_import）：按钮会为这个 UserID 准备好该请求。',
  'errors.50002.meaning': '请求参数有误。',
  'errors.50002.fix':
    '阅读 ErrorInfo 中指出的字段，再对照表单检查包体：字段名区分大小写，拉取第一页时各游标应传 0。',
  'errors.50003.meaning': '该请求需要 App 管理员权限。',
  'errors.50003.fix': ADMIN_FIX,
  'errors.50004.meaning': INTERNAL,
  'errors.50004.fix': AGAIN,
  'errors.50005.meaning': '服务内部网络超时。',
  'errors.50005.fix': '稍后重新发送请求。',

  'errors.51006.meaning': '标记数量为空或超过 100 个。',
  'errors.51006.fix': '发送 1 到 100 个标记。',
  'errors.51007.meaning': '群组 ID 无法转换，或该群组已解散。',
  'errors.51007.fix': '检查各 GroupId 的值；去掉已不存在的群组。',
  'errors.51008.meaning': '已加入分组或已标记的会话超过 1000 个。',
  'errors.51008.fix': '先把一些会话移出分组或去掉标记，再添加新的。',
  'errors.51009.meaning': '会话分组不存在。',
  'errors.51009.fix': '检查分组名称或 ID；可先用 get_contact_group 拉取分组。',
  'errors.51010.meaning': '该账号已有 20 个会话分组。',
  'errors.51010.fix': '先删除一个分组，再创建新的。',
  'errors.51011.meaning': '分组名称超过 32 字节。',
  'errors.51011.fix': '缩短名称（非 ASCII 字符每个占 2 到 4 字节，汉字通常占 3 字节）。',
  'errors.51012.meaning': '置顶的会话超过 50 个。',
  'errors.51012.fix': '先取消置顶一些会话。',
  'errors.51013.meaning': '应用的套餐版本不支持标准会话标记或会话分组。',
  'errors.51013.fix':
    '在 IM 控制台升级应用的套餐版本（最新页面写的是专业版、专业版 Plus 或企业版）。',

  'errors.90001.meaning': 'JSON 请求无法解析。',
  'errors.90001.fix': '在编辑器中修正包体：它必须是一个合法的 JSON 对象。',
  'errors.90003.meaning': '请求缺少 To_Account，或该账号不存在。',
  'errors.90003.fix': '在 To_Account 中填写已导入的 UserID（检查拼写），或先导入该账号。',
  'errors.90008.meaning': '请求缺少 From_Account，或该账号不存在。',
  'errors.90008.fix': '在 From_Account 中填写已导入的 UserID（检查拼写），或先导入该账号。',

  'errors.40006.meaning': '服务内部设置资料失败。',
  'errors.40006.fix': AGAIN,
  'errors.40601.meaning': '资料字段（Nick、FaceUrl）的值超过 500 字节。',
  'errors.40601.fix': '缩短昵称或头像 URL。',
  'errors.70399.meaning': '该账号刚被删除，暂时不能再次导入。',
  'errors.70399.fix': '稍后再导入，或导入另一个 UserID。',

  'errors.60002.meaning': 'HTTP 请求无法解析。',
  'errors.60002.fix':
    '检查请求 URL：https://{地域域名}/v4/{服务名}/{命令字}?sdkappid=…&identifier=…&usersig=…&random=…&contenttype=json。',
  'errors.60003.meaning': '请求包体不是合法的 JSON。',
  'errors.60003.fix': '在编辑器中修正包体：常见原因是少了逗号或引号，或多了结尾的逗号。',
  'errors.60004.meaning': SIGNATURE,
  'errors.60004.fix': SIGNATURE_FIX,
  'errors.60005.meaning': SIGNATURE,
  'errors.60005.fix': SIGNATURE_FIX,
  'errors.60006.meaning': 'SDKAppID 无效。',
  'errors.60006.fix': '从 IM 控制台重新复制 SDKAppID；确认该应用仍然存在。',
  'errors.60007.meaning':
    'REST 接口调用频率超过限制（每个命令字各有限额；会话相关命令为每秒 200 次）。',
  'errors.60007.fix': '稍等片刻，并降低每秒的请求数。',
  'errors.60008.meaning': '服务请求超时，或 HTTP 请求格式有误。',
  'errors.60008.fix': '重新发送；如果一直失败，检查 URL 和包体。',
  'errors.60009.meaning': '请求的资源或 URL 有误。',
  'errors.60009.fix':
    '检查路径（v4/<服务名>/<命令字>，区分大小写）和查询参数。页面内的沙盒只提供选择器中列出的接口，其他命令字一律返回 60009。',
  'errors.60010.meaning': 'identifier 必须是 App 管理员。',
  'errors.60010.fix': ADMIN_FIX,
  'errors.60011.meaning': '该 SDKAppID 的请求频率超过限制。',
  'errors.60011.fix': '稍等片刻；同一应用的其他客户端也计入频率。',
  'errors.60012.meaning': 'URL 中缺少 sdkappid。',
  'errors.60012.fix': '填写 SDKAppID，使 URL 带上 sdkappid=…',
  'errors.60013.meaning': '服务无法把内部应答解析为 JSON。',
  'errors.60013.fix': '重新发送；如果问题持续，记下 RequestId 以便联系腾讯云技术支持。',
  'errors.60014.meaning': '服务内部置换账号超时。',
  'errors.60014.fix': '重新发送。',
  'errors.60015.meaning': '包体中的某个 UserID 不是字符串。',
  'errors.60015.fix': '在包体中给账号 ID 加上引号："From_Account": "123"，而不是 123。',
  'errors.60016.meaning': 'SDKAppID 已被禁用。',
  'errors.60016.fix': '在 IM 控制台检查应用的状态和计费。',
  'errors.60017.meaning': '该应用的这个请求已被禁用。',
  'errors.60017.fix': '在 IM 控制台检查应用的设置。',
  'errors.60018.meaning': TOO_OFTEN,
  'errors.60018.fix': TOO_OFTEN_FIX,
  'errors.60019.meaning': TOO_OFTEN,
  'errors.60019.fix': TOO_OFTEN_FIX,
  'errors.60020.meaning': '套餐包已到期，或未开通此功能。',
  'errors.60020.fix': '在 IM 控制台检查套餐及其包含的功能。',
  'errors.60021.meaning': '不允许从此来源 IP 调用。',
  'errors.60021.fix': '应用设置了 IP 白名单：在 IM 控制台加入你的 IP（或代理所在机器的 IP）。',
  'errors.70001.meaning': 'UserSig 已过期。',
  'errors.70001.fix': '重新签发一个 UserSig，必要时设置更长的有效期。',
  'errors.70002.meaning': 'UserSig 为空。',
  'errors.70002.fix': '签发一个 UserSig，或把 UserSig 粘贴到 usersig 字段。',
  'errors.70003.meaning': 'UserSig 无法解析；常见原因是复制时被截断或改动。',
  'errors.70003.fix': '重新完整复制，或在这里重新签发一个。',
  'errors.70005.meaning': 'UserSig 无效。',
  'errors.70005.fix': '为这个 SDKAppID 和 identifier 重新签发 UserSig。',
  'errors.70009.meaning': 'UserSig 校验失败：它是用另一个应用的密钥签发的。',
  'errors.70009.fix': '确认密钥属于这个 SDKAppID（IM 控制台的“基础配置”），然后重新签发。',
  'errors.70013.meaning': 'URL 中的 identifier 与 UserSig 内的不一致。',
  'errors.70013.fix': '把 identifier 改为签发 UserSig 时用的账号，或为这个 identifier 重新签发。',
  'errors.70014.meaning': 'URL 中的 SDKAppID 与 UserSig 内的不一致。',
  'errors.70014.fix': '把 sdkappid 改为签发 UserSig 时用的应用，或为这个 SDKAppID 重新签发。',
  'errors.70016.meaning': '这里找不到该 SDKAppID 的密钥：应用很可能在另一个地域的数据中心。',
  'errors.70016.fix': '选择创建应用时所在的地域（IM 控制台会显示）。',
  'errors.70020.meaning': '这里找不到该 SDKAppID：应用很可能在另一个地域的数据中心。',
  'errors.70020.fix': '选择创建应用时所在的地域，并核对 SDKAppID。',
  'errors.70050.meaning': 'UserSig 校验失败次数过多：该账号被暂时锁定。',
  'errors.70050.fix': '等待一分钟，先修正 UserSig 再发送。',
  'errors.70051.meaning': '该账号已被拉入黑名单。',
  'errors.70051.fix': '换用另一个管理员账号，或在 IM 控制台检查该账号。',
  'errors.70107.meaning': '该 UserID 不存在：它尚未导入。',
  'errors.70107.fix': '检查包体中的账号 ID（以及 identifier）是否有拼写错误，或先导入该账号。',
  'errors.70114.meaning': '出于安全原因，登录受到限制。',
  'errors.70114.fix': '在 IM 控制台检查该账号和应用的安全设置。',
  'errors.70169.meaning': TIMEOUT,
  'errors.70169.fix': AGAIN,
  'errors.70202.meaning': TIMEOUT,
  'errors.70202.fix': AGAIN,
  'errors.70206.meaning': '请求中的批量数量无效。',
  'errors.70206.fix': '一次请求中少发一些条目。',
  'errors.70398.meaning': '账号数量超过套餐的上限。',
  'errors.70398.fix': '在 IM 控制台升级套餐或删除账号。',
  'errors.70402.meaning': '参数无效。',
  'errors.70402.fix': '阅读 ErrorInfo 中指出的字段，然后修正包体。',
  'errors.70403.meaning': '该请求需要 App 管理员权限。',
  'errors.70403.fix': '以 App 管理员账号作为 identifier，并为它签发 UserSig。',
  'errors.70500.meaning': INTERNAL,
  'errors.70500.fix': AGAIN,
} satisfies Translation<typeof en>;
