// 请求构建表单的文字（简体中文）：各接口的简介、每个字段的说明、选项名、AssistFlags 的各位与
// 推荐值，以及表单自身的用语。字段说明据腾讯云中文文档（cloud.tencent.com/document/product/269/…、
// trtc.io/zh/document/…）用我们自己的话写成，每个接口的出处注在其条目旁；未检索到中文正文的
// 页面据英文页如实翻译，并注明。字段名（From_Account、AssistFlags、TimeStamp …）保持原样。
import type { Fmt, Translation } from '../../message';
import type en from '../en/fields';

const BIT_WORDS =
  '位序号 n，取值 0 到 63：0 星标、1 未读、2 折叠、3 隐藏（SDK 中的名称）；4 到 31 为 Chat 保留；32 到 63 供 App 自定义。';

export default {
  // 简介：各中文页“功能说明”的大意（出处同下方各接口）。
  'fields.sum.get_list': '分页拉取会话列表。',
  'fields.sum.delete': '删除指定会话，可同时清理漫游消息。',
  'fields.sum.get_c2c_unread_msg_num': '查询某账号全部单聊会话的未读总数，或指定单聊会话的未读数。',
  'fields.sum.get_contact_group': '批量拉取用户的会话分组与会话标记数据。',
  'fields.sum.create_contact_group': '创建一个会话分组，并把会话放入其中。',
  'fields.sum.update_contact_group': '重命名会话分组，或在分组中添加、移除会话。',
  'fields.sum.del_contact_group': '删除一个会话分组。',
  'fields.sum.mark_contact': '创建或更新会话的标准标记与自定义标记。',
  'fields.sum.search_contact_group': '查询指定会话的分组与标记数据。',
  'fields.sum.account_import': '将一个 App 自有账号（UserID）导入 Chat 账号系统。',
  'fields.sum.multiaccount_import': '一次批量导入最多 100 个账号。',
  'fields.sum.account_check': '查询账号是否已导入。',
  'fields.sum.raw': (p: { path: string }) =>
    `自由模式：${p.path}，请求体为任意 JSON 对象，与其他请求一样签名后发送。请求体字段不做检查，请参阅该接口自己的文档。`,

  // 据 cloud.tencent.com/document/product/269/62118 拉取会话列表（AssistFlags 各位的说明据
  // trtc.io/zh/document/43087 的较早版本；当前中文页只写“填固定值 15”）。
  'fields.getList.From_Account': '要拉取其会话列表的用户的 UserID',
  'fields.getList.TimeStamp': '普通会话的起始时间，拉取第一页时填 0。',
  'fields.getList.StartIndex': '普通会话的起始位置，拉取第一页时填 0。',
  'fields.getList.TopTimeStamp': '置顶会话的起始时间，拉取第一页时填 0。',
  'fields.getList.TopStartIndex': '置顶会话的起始位置，拉取第一页时填 0。',
  'fields.getList.AssistFlags':
    '会话辅助标志位：\nBit 0：是否支持置顶会话\nBit 1：是否返回空会话\nBit 2：是否支持置顶会话分页',

  // AssistFlags：中文页先后写过 bit 0–2 的说明、“填固定值 15”（269/62118），最新的
  // trtc.io/zh/document/43087 写“当前固定填 63 以获取完整会话数据”（chat-rest-facts.md）。
  'fields.bit.0.label': '置顶会话',
  'fields.bit.0.doc': '是否支持置顶会话',
  'fields.bit.1.label': '空会话',
  'fields.bit.1.doc': '是否返回空会话',
  'fields.bit.2.label': '置顶会话分页',
  'fields.bit.2.doc': '是否支持置顶会话分页',
  'fields.preset.7.label': '7（bit 0–2）',
  'fields.preset.7.note': 'get_list 英文页的请求示例及较早的页面：有文档说明的三位。',
  'fields.preset.15.label': '15（bit 0–3）',
  'fields.preset.15.note': '当前的中文页（269/62118），要求填这个固定值。',
  'fields.preset.63.label': '63（bit 0–5）',
  'fields.preset.63.note':
    '最新的英文页和 trtc.io 中文页；此时每项还会带 StandardMark、CustomMark 和 ContactGroupId。',

  // 据 cloud.tencent.com/document/product/269/62119 删除单个会话。
  'fields.delete.From_Account': '要删除其会话的用户的 UserID',
  'fields.delete.Type': '会话类型：1 为单聊（C2C）会话；2 为群聊（G2C）会话',
  'fields.delete.Type.1': '单聊会话',
  'fields.delete.Type.2': '群聊会话',
  'fields.delete.To_Account': '仅单聊会话填写：会话对方的 UserID',
  'fields.delete.ToGroupid': '仅群聊会话填写：群 ID。注意拼写：ToGroupid，末尾的 id 为小写。',
  'fields.delete.ClearRamble': '是否清理漫游消息：1 清理；0 不清理',
  'fields.delete.ClearRamble.0': '否',
  'fields.delete.ClearRamble.1': '是，清理漫游消息',

  // 据 cloud.tencent.com/document/product/269/56043 查询单聊未读消息计数。
  'fields.c2c.To_Account': '要查询的用户的 UserID',
  'fields.c2c.Peer_Account':
    '要查询的单聊会话对端的 UserID。查询单个会话的未读数时必填；数组最多 10 个。',

  // 拉取会话分组标记数据：中文页 cloud.tencent.com/document/product/269/85794 的字段表未检索到，
  // 据英文页（tencentcloud.com/document/product/1047/53440）翻译。
  'fields.getGroup.From_Account': '请求方的 UserID',
  'fields.getGroup.StartIndex':
    '本次分页拉取的起始位置：首次填 0，之后填上次返回的 NextStartIndex。',

  // 会话对象 ContactItem，据 cloud.tencent.com/document/product/269/85792 的字段表。
  'fields.contact.Type': '会话类型：1 为单聊（C2C）会话；2 为群聊（G2C）会话',
  'fields.contact.Type.1': '单聊（C2C）',
  'fields.contact.Type.2': '群聊',
  'fields.contact.To_Account': '仅单聊会话（Type 1）填写：会话方的 UserID',
  'fields.contact.ToGroupId':
    '仅群聊会话（Type 2）填写：会话方的群 ID。注意拼写：ToGroupId，I 为大写。',

  // 创建会话分组数据：中文页 cloud.tencent.com/document/product/269/85791 正文未检索到，
  // 据英文页（trtc.io/document/53437）翻译。
  'fields.create.From_Account': '要为其创建会话分组的用户的 UserID',
  'fields.create.GroupContactItem': '要创建的会话分组。每次调用只能创建一个分组。',
  'fields.create.GroupName': '会话分组名',
  'fields.create.ContactItem': '放入该分组的会话，最多 100 个。',

  // 更新会话分组数据：中文页 cloud.tencent.com/document/product/269/85793 正文未检索到，
  // 据英文页（trtc.io/document/53439）翻译。
  'fields.update.From_Account': '要更新其会话分组的用户的 UserID',
  'fields.update.UpdateType': '更新类型。只有 1：更新一个分组的名称或其中的会话。',
  'fields.update.UpdateType.1': '更新一个分组',
  'fields.update.UpdateGroup': '要更新的分组及更新方式。',
  'fields.update.UpdateGroupType': '更新类型：1 重命名分组；2 更改其中的会话',
  'fields.update.UpdateGroupType.1': '重命名分组',
  'fields.update.UpdateGroupType.2': '添加或移除会话',
  'fields.update.OldGroupName': '要更新的分组的名称',
  'fields.update.NewGroupName': '分组的新名称',
  'fields.update.ContactUpdateItem': '要加入分组或从分组移除的会话。',
  'fields.update.ContactOptType': '操作：1 添加该会话；2 移除该会话',
  'fields.update.ContactOptType.1': '加入分组',
  'fields.update.ContactOptType.2': '移出分组',
  'fields.update.ContactItem': '要添加或移除的会话。',

  // 删除会话分组数据：据 www.tencentcloud.com/zh/document/product/1047/53441（session-apis.md §4）。
  'fields.del.From_Account': '要删除其会话分组的用户的 UserID',
  'fields.del.GroupName': '要删除的分组名。每次调用只能删除一个分组。',

  // 据 cloud.tencent.com/document/product/269/85792 创建或更新会话标记数据。
  'fields.mark.From_Account': '要更新其会话标记的用户的 UserID',
  'fields.mark.MarkItem': '会话标记数组及各自的操作，每次最多 100 个。',
  'fields.mark.OptType': '操作类型：1 设置标准会话标记；2 设置自定义会话标记；3 同时设置两者',
  'fields.mark.OptType.1': '标准标记',
  'fields.mark.OptType.2': '自定义标记',
  'fields.mark.OptType.3': '两者',
  'fields.mark.ContactItem': '要操作的会话对象。',
  'fields.mark.SetMark': `要设置的标准标记位。${BIT_WORDS}`,
  'fields.mark.ClearMark': `要取消的标准标记位。${BIT_WORDS}`,
  'fields.mark.CustomMark':
    '自定义标记，最多 256 字节（OptType 为 2 或 3 时生效）。空字符串表示清除。',

  // 查找会话分组标记：中文页 cloud.tencent.com/document/product/269/85796 正文未检索到，
  // 据英文页（trtc.io/document/53442）翻译。
  'fields.search.From_Account': '要查询其会话的用户的 UserID',
  'fields.search.ContactItem': '要查询的会话，每次最多 300 个。',

  // 据 trtc.io/zh/document/34953 导入单个账号、cloud.tencent.com/doc/product/269/独立模式帐号批量导入接口
  // 导入多个账号；查询账号（account_check）的中文页未检索到，据英文页 trtc.io/document/34956 翻译。
  'fields.account.UserID': '用户名（UserID），长度不超过 32 字节',
  'fields.account.Nick': '用户昵称（资料字段 Tag_Profile_IM_Nick）',
  'fields.account.FaceUrl': '用户头像 URL（资料字段 Tag_Profile_IM_Image）',
  'fields.multi.Accounts':
    '老版本写法：用户名列表，每个不超过 32 字节，单次最多 100 个。不能设置昵称和头像。',
  'fields.multi.AccountList':
    '新版本写法：待导入的用户列表，单次最多 100 个。已存在的账号会按所给的昵称和头像更新（据英文页）。',
  'fields.check.CheckItem': '要查询的账号，每次最多 100 个。',
  'fields.check.UserID': '要查询的 UserID',

  // 表单自身的用语。
  'fields.type.oneOf': (p: { values: string }) => `取值之一：${p.values}`,
  'fields.type.uint32': (p: { max: number }) => `整数，0–${p.max}`,
  'fields.type.integer': '整数',
  'fields.type.string': '字符串',
  'fields.type.stringBytes': (p: { bytes: number }) => `字符串，最多 ${p.bytes} 字节`,
  'fields.type.strings': (p: { most?: number; bytes?: number }) =>
    `字符串列表，每行一个${p.most ? `，最多 ${p.most} 个` : ''}${p.bytes ? `，每个最多 ${p.bytes} 字节` : ''}`,
  'fields.type.numbers': (p: { min?: number; max?: number; most?: number }) =>
    `数字${p.min !== undefined ? `（${p.min} 到 ${p.max}）` : ''}，用逗号分隔${p.most ? `，最多 ${p.most} 个` : ''}`,
  'fields.type.object': '对象',
  'fields.type.objects': (p: { most?: number }) => `对象列表${p.most ? `，最多 ${p.most} 个` : ''}`,
  'fields.need.required': '必填',
  'fields.need.optional': '选填',
  'fields.need.when': (p: { field: string; value: string }) => `${p.field} 为 ${p.value} 时必填`,
  'fields.line': (p: { type: string; need: string; doc: string }) =>
    `${p.type}，${p.need}。${p.doc}`,
  'fields.line.notApplicable': (p: { type: string; need: string }) =>
    `${p.type}，${p.need}：现在不发送。`,
  'fields.line.absent': (p: { type: string; doc: string }) =>
    `${p.type}，选填：请求体中现在没有它。${p.doc}`,
  'fields.add': (p: { name: string }) => `添加 ${p.name}`,
  'fields.remove': (p: { name: string }) => `移除 ${p.name}`,
  'fields.row': (p: { name: string; n: number }) => `${p.name} ${p.n}`,
  'fields.removeRow': (p: { name: string; n: number }) => `移除 ${p.name} ${p.n}`,
  'fields.rows': (p: { n: number; most?: number }, f: Fmt) =>
    `${f.plural(p.n, { other: `${p.n} 行` })}${p.most !== undefined ? `，最多 ${p.most} 行` : ''}`,
  'fields.none': '（无）',
  'fields.notAllowed': (p: { value: string }) => `${p.value}（不允许）`,
  'fields.notObject': (p: { name: string }) =>
    `JSON 中的 ${p.name} 不是对象，这里没有可显示的字段。`,
  'fields.notList': (p: { name: string }) => `JSON 中的 ${p.name} 不是列表，这里没有可显示的行。`,
  'fields.stale':
    '已过时：JSON 无法解析，这里显示的是它最后一次有效时的值。修正 JSON 后即可在此继续编辑。',
  'fields.bits': (p: { name: string }) => `${p.name} 各位`,
  'fields.bit': (p: { label: string; bit: number }) => `${p.label}（bit ${p.bit}）`,
  'fields.undocumentedBit': (p: { bit: number }) => `无文档的 bit ${p.bit}`,
  'fields.presets': (p: { name: string }) => `${p.name} 推荐值`,
  // 编辑器的悬停说明（lib/api/schema.ts）：JSON Schema 在字段说明之外补充的内容。
  'fields.hover.required': ' · 必填',
  'fields.hover.when': (p: { field: string; value: string }) =>
    ` · ${p.field} 为 ${p.value} 时必填`,
  'fields.hover.bit': (p: { bit: number; value: number; doc: string }) =>
    `- Bit ${p.bit}（值 ${p.value}）：${p.doc}`,
  'fields.hover.default': (p: { json: string }) => `默认值：\`${p.json}\``,
  'fields.hover.cursor': (p: { from: string }) => `下一页：把应答中的 ${p.from} 原样填到这里。`,
  'fields.hover.requiredWhen': (p: { field: string; value: string; name: string }) =>
    `${p.field} 为 ${p.value} 时必填，否则不要发送。字段名区分大小写：${p.name}。`,
  'fields.hover.nonEmpty': '不能为空。',
  'fields.hover.bytesDisputed': (p: { most: number; older: number }) =>
    `最新页面写 UTF-8 编码最多 ${p.most} 字节；较早的页面和错误码表写 ${p.older} 字节（沙盒按 ${p.older} 字节检查）。`,
  'fields.hover.bytes': (p: { most: number }) => `UTF-8 编码最多 ${p.most} 字节。`,
  'fields.hover.uint32': (p: { max: number }) => `整数，0 到 ${p.max}`,
  'fields.hover.strings': (p: { most?: number }) =>
    `字符串数组${p.most ? `，最多 ${p.most} 个` : ''}`,
  'fields.hover.integers': (p: { most?: number }) =>
    `整数数组${p.most ? `，最多 ${p.most} 个` : ''}`,
  'fields.hover.objects': (p: { most?: number }) =>
    `对象数组${p.most ? `，最多 ${p.most} 个` : ''}`,
  'fields.hover.type': (p: { type: string }) =>
    ({ string: '字符串', integer: '整数', object: '对象' })[p.type] ?? p.type,
} satisfies Translation<typeof en>;
