// The builder form's texts in English: every endpoint's summary, each field's description as its
// documentation page gives it (the words the endpoint modules had inline, moved here unchanged),
// the choice labels, the AssistFlags bits and presets, and the form's own words (type and need
// lines, add/remove, rows). Loaded beside the form (RequestPanel), never on the first paint's
// critical path: the form's inputs and names paint without it (docs/i18n.md).
import type { Fmt } from '../../message';

const BIT_WORDS =
  'Bit numbers n, 0 to 63: 0 star, 1 unread, 2 fold, 3 hide (the SDKs’ names); 4 to 31 are reserved for Chat; 32 to 63 are the app’s own.';

export default {
  // Summaries (the line under the endpoint picker), from each English page's "Feature Overview".
  'fields.sum.get_list': 'This API is used to pull a conversation list by page.',
  'fields.sum.delete':
    'This API is used to delete a conversation. It can also clear roaming messages.',
  'fields.sum.get_c2c_unread_msg_num':
    'This API is used to query the unread message count of a one-to-one conversation or all one-to-one conversations.',
  'fields.sum.get_contact_group':
    'This API is used to pull the conversation group mark data of users in batches.',
  'fields.sum.create_contact_group':
    'This API is used to create a conversation group and put conversations in it.',
  'fields.sum.update_contact_group':
    'This API is used to rename a conversation group or add and remove its conversations.',
  'fields.sum.del_contact_group': 'This API is used to delete a conversation group.',
  'fields.sum.mark_contact':
    'This API is used to set or clear the standard and custom marks of conversations.',
  'fields.sum.search_contact_group':
    'This API is used to look up the group and mark data of given conversations.',
  'fields.sum.account_import': 'This API is used to import one account (UserID) into Chat.',
  'fields.sum.multiaccount_import': 'This API is used to import up to 100 accounts in one call.',
  'fields.sum.account_check': 'This API is used to check whether accounts have been imported.',
  'fields.sum.raw': (p: { path: string }) =>
    `Raw mode: ${p.path} with a JSON object as its body, signed and sent like every request. The body's fields are not checked; see the command's own page for them.`,

  // get_list (trtc.io/document/43087, docs/reference/get_list-seed.txt, verbatim).
  'fields.getList.From_Account': 'UserID of the account for which to pull a conversation list',
  'fields.getList.TimeStamp': 'Start time of general conversations. Enter 0 for the first page.',
  'fields.getList.StartIndex':
    'Starting point of general conversations. Enter 0 for the first page.',
  'fields.getList.TopTimeStamp': 'Start time of pinned conversations. Enter 0 for the first page.',
  'fields.getList.TopStartIndex':
    'Starting point of pinned conversations. Enter 0 for the first page.',
  'fields.getList.AssistFlags':
    'Flag bits of conversations:\nBit 0: Whether to support pinned conversations\nBit 1: Whether to return an empty conversation\nBit 2: Whether to support paginating pinned conversations',

  // AssistFlags' documented bits and the values pages recommend (assist-flags.ts).
  'fields.bit.0.label': 'Pinned conversations',
  'fields.bit.0.doc': 'Whether to support pinned conversations',
  'fields.bit.1.label': 'Empty conversations',
  'fields.bit.1.doc': 'Whether to return an empty conversation',
  'fields.bit.2.label': 'Paginate pinned conversations',
  'fields.bit.2.doc': 'Whether to support paginating pinned conversations',
  'fields.preset.7.label': '7 (bits 0–2)',
  'fields.preset.7.note':
    'The get_list page’s sample request and the older pages: the three documented bits.',
  'fields.preset.15.label': '15 (bits 0–3)',
  'fields.preset.15.note': 'The current Chinese page, which says to send this fixed value.',
  'fields.preset.63.label': '63 (bits 0–5)',
  'fields.preset.63.note':
    'The newest English page; each item then also carries StandardMark, CustomMark and ContactGroupId.',

  // delete (trtc.io/document/43088).
  'fields.delete.From_Account': 'UserID of the account for which to delete a conversation',
  'fields.delete.Type': 'Conversation type. 1: One-to-one conversation; 2: Group conversation',
  'fields.delete.Type.1': 'One-to-one conversation',
  'fields.delete.Type.2': 'Group conversation',
  'fields.delete.To_Account':
    'UserID of the other conversation participant, which will be assigned a value only for a one-to-one conversation',
  'fields.delete.ToGroupid':
    'Group ID, which will be assigned a value only for a group conversation. Note the spelling: ToGroupid, with a lower-case "id".',
  'fields.delete.ClearRamble': 'Whether to clear roaming messages. 1: yes; 0: no',
  'fields.delete.ClearRamble.0': 'No',
  'fields.delete.ClearRamble.1': 'Yes, clear roaming messages',

  // get_c2c_unread_msg_num (trtc.io/document/41046).
  'fields.c2c.To_Account': 'UserID of the user to query',
  'fields.c2c.Peer_Account':
    'UserID of the other party in the conversation to query. This field is required to query a specific one-to-one conversation. The array can contain up to 10 UserID values.',

  // get_contact_group (tencentcloud.com/document/product/1047/53440).
  'fields.getGroup.From_Account': 'UID of the requester',
  'fields.getGroup.StartIndex':
    'Start index for the current page pulling. Enter 0 for the first pull and enter the value of NextStartIndex returned last time.',

  // The conversation object of the group and mark pages (shared.ts).
  'fields.contact.Type': 'Conversation type. 1: one-to-one conversation; 2: group conversation',
  'fields.contact.Type.1': 'One-to-one (C2C)',
  'fields.contact.Type.2': 'Group',
  'fields.contact.To_Account':
    'UserID of the other party, only for a one-to-one conversation (Type 1)',
  'fields.contact.ToGroupId':
    'Group ID, only for a group conversation (Type 2). Note the spelling: ToGroupId, with a capital I.',

  // create_contact_group (trtc.io/document/53437).
  'fields.create.From_Account': 'UserID of the user whose conversation group to create',
  'fields.create.GroupContactItem':
    'The conversation group to create. Only one group can be created per call.',
  'fields.create.GroupName': 'Conversation group name',
  'fields.create.ContactItem': 'The conversations to put in the group, at most 100.',

  // update_contact_group (trtc.io/document/53439).
  'fields.update.From_Account': 'UserID of the user whose conversation group to update',
  'fields.update.UpdateType':
    'Update type. Only 1: update the name or the conversations of one group.',
  'fields.update.UpdateType.1': 'Update one group',
  'fields.update.UpdateGroup': 'The group to update and how.',
  'fields.update.UpdateGroupType': 'Update type. 1: rename the group; 2: change its conversations',
  'fields.update.UpdateGroupType.1': 'Rename the group',
  'fields.update.UpdateGroupType.2': 'Add or remove conversations',
  'fields.update.OldGroupName': 'The name of the group to update',
  'fields.update.NewGroupName': 'The new name of the group',
  'fields.update.ContactUpdateItem': 'The conversations to add to the group or remove from it.',
  'fields.update.ContactOptType': 'Operation. 1: add the conversation; 2: remove it',
  'fields.update.ContactOptType.1': 'Add to the group',
  'fields.update.ContactOptType.2': 'Remove from the group',
  'fields.update.ContactItem': 'The conversation to add or remove.',

  // del_contact_group (trtc.io/document/53441).
  'fields.del.From_Account': 'UserID of the user whose conversation group to delete',
  'fields.del.GroupName':
    'The name of the group to delete. Only one group can be deleted per call.',

  // mark_contact (trtc.io/document/53438).
  'fields.mark.From_Account': 'UserID of the user whose conversations to mark',
  'fields.mark.MarkItem': 'The conversations to mark and how, at most 100 per call.',
  'fields.mark.OptType': 'Operation type. 1: set standard marks; 2: set the custom mark; 3: both',
  'fields.mark.OptType.1': 'Standard marks',
  'fields.mark.OptType.2': 'Custom mark',
  'fields.mark.OptType.3': 'Both',
  'fields.mark.ContactItem': 'The conversation to mark.',
  'fields.mark.SetMark': `Standard marks to turn on. ${BIT_WORDS}`,
  'fields.mark.ClearMark': `Standard marks to turn off. ${BIT_WORDS}`,
  'fields.mark.CustomMark':
    'Custom mark, at most 256 bytes (with OptType 2 or 3). An empty one clears it.',

  // search_contact_group (trtc.io/document/53442).
  'fields.search.From_Account': 'UserID of the user whose conversations to look up',
  'fields.search.ContactItem': 'The conversations to look up, at most 300 per call.',

  // The account pages (trtc.io/document/34953, 34954, 34956).
  'fields.account.UserID': 'UserID, at most 32 bytes',
  'fields.account.Nick': 'Nickname (the profile’s Tag_Profile_IM_Nick)',
  'fields.account.FaceUrl': 'Profile photo URL (the profile’s Tag_Profile_IM_Image)',
  'fields.multi.Accounts':
    'The older form: UserIDs to import, each at most 32 bytes, at most 100 per call. It cannot set a nickname or photo.',
  'fields.multi.AccountList':
    'The newer form: accounts to import, at most 100 per call. An account that exists is updated with the nickname and photo given.',
  'fields.check.CheckItem': 'The accounts to check, at most 100 per call.',
  'fields.check.UserID': 'UserID to check',

  // The form's own words (FieldRow, NestedField, BitmaskInput, RequestForm).
  'fields.type.oneOf': (p: { values: string }) => `One of ${p.values}`,
  'fields.type.uint32': (p: { max: number }) => `Integer, 0–${p.max}`,
  'fields.type.integer': 'Integer',
  'fields.type.string': 'String',
  'fields.type.stringBytes': (p: { bytes: number }) => `String, at most ${p.bytes} bytes`,
  'fields.type.strings': (p: { most?: number; bytes?: number }) =>
    `List of strings, one per line${p.most ? `, at most ${p.most}` : ''}${p.bytes ? `, at most ${p.bytes} bytes` : ''}`,
  'fields.type.numbers': (p: { min?: number; max?: number; most?: number }) =>
    `Numbers${p.min !== undefined ? ` from ${p.min} to ${p.max}` : ''}, separated by commas${p.most ? `, at most ${p.most}` : ''}`,
  'fields.type.object': 'Object',
  'fields.type.objects': (p: { most?: number }) =>
    `List of objects${p.most ? `, at most ${p.most}` : ''}`,
  'fields.need.required': 'required',
  'fields.need.optional': 'optional',
  'fields.need.when': (p: { field: string; value: string }) =>
    `required when ${p.field} is ${p.value}`,
  'fields.line': (p: { type: string; need: string; doc: string }) =>
    `${p.type}, ${p.need}. ${p.doc}`,
  'fields.line.notApplicable': (p: { type: string; need: string }) =>
    `${p.type}, ${p.need}: not sent now.`,
  'fields.line.absent': (p: { type: string; doc: string }) =>
    `${p.type}, optional: not in the body now. ${p.doc}`,
  'fields.add': (p: { name: string }) => `Add ${p.name}`,
  'fields.remove': (p: { name: string }) => `Remove ${p.name}`,
  'fields.row': (p: { name: string; n: number }) => `${p.name} ${p.n}`,
  'fields.removeRow': (p: { name: string; n: number }) => `Remove ${p.name} ${p.n}`,
  'fields.rows': (p: { n: number; most?: number }, f: Fmt) =>
    `${f.plural(p.n, { one: `${p.n} row`, other: `${p.n} rows` })}${p.most !== undefined ? `, at most ${p.most}` : ''}`,
  'fields.none': '(none)',
  'fields.notAllowed': (p: { value: string }) => `${p.value} (not allowed)`,
  'fields.notObject': (p: { name: string }) =>
    `${p.name} is not an object in the JSON, so it has no fields to show here.`,
  'fields.notList': (p: { name: string }) =>
    `${p.name} is not a list in the JSON, so it has no rows to show here.`,
  'fields.stale':
    'Out of date: the JSON does not parse, so these are its last valid values. Fix the JSON to edit here again.',
  'fields.bits': (p: { name: string }) => `${p.name} bits`,
  'fields.bit': (p: { label: string; bit: number }) => `${p.label} (bit ${p.bit})`,
  'fields.undocumentedBit': (p: { bit: number }) => `undocumented bit ${p.bit}`,
  'fields.presets': (p: { name: string }) => `${p.name} presets`,
  // The editor's hover docs (lib/api/schema.ts): what the schema adds to a field's description.
  'fields.hover.required': ' · required',
  'fields.hover.when': (p: { field: string; value: string }) =>
    ` · required when ${p.field} is ${p.value}`,
  'fields.hover.bit': (p: { bit: number; value: number; doc: string }) =>
    `- Bit ${p.bit} (value ${p.value}): ${p.doc}`,
  'fields.hover.default': (p: { json: string }) => `Default: \`${p.json}\``,
  'fields.hover.cursor': (p: { from: string }) =>
    `Next page: copy the response's ${p.from} here unchanged.`,
  'fields.hover.requiredWhen': (p: { field: string; value: string; name: string }) =>
    `Required when ${p.field} is ${p.value}; leave it out otherwise. The name is case-sensitive: ${p.name}.`,
  'fields.hover.nonEmpty': 'Must not be empty.',
  'fields.hover.bytesDisputed': (p: { most: number; older: number }) =>
    `At most ${p.most} bytes in UTF-8 on the newest page; ${p.older} on the older pages and in the error table (the sandbox enforces ${p.older}).`,
  'fields.hover.bytes': (p: { most: number }) => `At most ${p.most} bytes in UTF-8.`,
  'fields.hover.uint32': (p: { max: number }) => `integer, 0 to ${p.max}`,
  'fields.hover.strings': (p: { most?: number }) =>
    `array of strings${p.most ? `, at most ${p.most}` : ''}`,
  'fields.hover.integers': (p: { most?: number }) =>
    `array of integers${p.most ? `, at most ${p.most}` : ''}`,
  'fields.hover.objects': (p: { most?: number }) =>
    `array of objects${p.most ? `, at most ${p.most}` : ''}`,
  'fields.hover.type': (p: { type: string }) => p.type,
};
