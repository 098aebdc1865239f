// The REST endpoints of the documentation's navigation (the top of get_list-seed.txt, "Server
// APIs › RESTful APIs"), in its order and with its names verbatim, each with its v4 path where
// it could be confirmed. Raw mode offers these paths as suggestions.
//
// Where the paths come from:
// - Tencent's "RESTful API List" page, whose table gives each command's path and links its page
//   (intl.cloud.tencent.com/document/product/1047/<docId>); the docId kept with each entry is
//   that link's number.
// - For entries the list lacks or has changed, the endpoint's own page (its "Sample request
//   URL"): get_group_msg_receipt (1047/49439), create_topic (trtc.io/document/49471),
//   get_all_robots (1047/55280), and get_group_muted_account (1047/34964, whose older version
//   and the list say get_group_shutted_uin; the current page says get_group_muted_account).
// - recentcontact/delete, get_contact_group and get_c2c_unread_msg_num are also in
//   chat-rest-facts.md.
// Entries whose path could not be confirmed from one of these have `path: null`: they are listed
// so the navigation reads whole, never suggested. Paths are case-sensitive (v4/ConfigSvc/GetIPList).

/** One navigation entry: its section, its name as the page lists it, its path and its page. */
export interface NavigationEndpoint {
  /** The navigation's headings above it, joined by " › ". */
  section: string;
  /** The entry's name, verbatim. */
  name: string;
  /** `v4/<service>/<command>`, or null when it could not be confirmed. */
  path: string | null;
  /** The number of its page under tencentcloud.com/document/product/1047/, when known. */
  docId: number | null;
}

type Row = readonly [name: string, path: string | null, docId: number | null];

// prettier-ignore
const SECTIONS: readonly (readonly [section: string, rows: readonly Row[]])[] = [
  ['Message Related › Send Message', [
    ['Sending One-to-One Messages to One User', 'v4/openim/sendmsg', 34919],
    ['Sending One-to-One Messages to Multiple Users', 'v4/openim/batchsendmsg', 34920],
    ['Sending Ordinary Messages in a Group', 'v4/group_open_http_svc/send_group_msg', 34959],
    ['Sending System Messages in a Group', 'v4/group_open_http_svc/send_group_system_notification', 34958],
    ['Broadcast Message of Audio-Video Group', 'v4/group_open_http_svc/send_broadcast_msg', 49440],
    ['Importing One-to-One Messages', 'v4/openim/importmsg', 35014],
    ['Importing Group Messages', 'v4/group_open_http_svc/import_group_msg', 34968],
  ]],
  ['Message Related › Historical Message', [
    ['Modifying Historical One-to-one Messages', 'v4/openim/modify_c2c_msg', 47722],
    ['Modifying Historical Group Messages', 'v4/openim/modify_group_msg', 47948],
    ['Pulling Historical One-to-one Messages', 'v4/openim/admin_getroammsg', 35478],
    ['Pulling Historical Group Messages', 'v4/group_open_http_svc/group_msg_get_simple', 34971],
  ]],
  ['Message Related › Delete Message', [
    ['Deleting Messages Sent by a Specified User', 'v4/group_open_http_svc/delete_group_msg_by_sender', 34970],
  ]],
  ['Message Related › Withdraw Message', [
    ['Recalling One-to-One Messages', 'v4/openim/admin_msgwithdraw', 35015],
    ['Recalling Group Messages', 'v4/group_open_http_svc/group_msg_recall', 34965],
  ]],
  ['Message Related › Read Receipt', [
    ['Marking One-to-One Messages as Read', 'v4/openim/admin_set_msg_read', 38996],
    ['Pulling Group Message Read Receipt Details', null, 49438],
    ['Pulling Read Receipts for Group Messages', 'v4/group_open_http_svc/get_group_msg_receipt', 49439],
  ]],
  ['Message Related › Message Extension', [
    ['Pulling the Message Extension of a One-to-One Message', null, null],
    ['Configuring Message Extension for a One-to-One Message', null, null],
    ['Pulling Message Extension of a Group Message', null, null],
    ['Configuring Message Extension for a Group Message', null, null],
  ]],
  ['Message Related › Pushing to All Users', [
    // An overview page of the feature, not a command.
    ['API for Pushing to All Users', null, null],
    ['Pushing to All Users', 'v4/all_member_push/im_push', 37166],
    ['Setting Application Attribute Names', 'v4/all_member_push/im_set_attr_name', 37167],
    ['Getting Application Attribute Names', 'v4/all_member_push/im_get_attr_name', 37168],
    ['Getting User Attributes', 'v4/all_member_push/im_get_attr', 37169],
    ['Setting User Attributes', 'v4/all_member_push/im_set_attr', 37170],
    ['Deleting User Attributes', 'v4/all_member_push/im_remove_attr', 37171],
    ['Getting User Tags', 'v4/all_member_push/im_get_tag', 37172],
    ['Adding User Tags', 'v4/all_member_push/im_add_tag', 37173],
    ['Deleting User Tags', 'v4/all_member_push/im_remove_tag', 37174],
    ['Deleting All Tags of a User', 'v4/all_member_push/im_remove_all_tags', 37175],
  ]],
  ['Session Related › Conversation List', [
    ['Pulling a conversation list', 'v4/recentcontact/get_list', 43087],
  ]],
  ['Session Related › Session Unread Count', [
    ['Setting the Unread Message Count of a Member', 'v4/group_open_http_svc/set_unread_msg_num', 34909],
    ['Querying Unread One-to-One Message Count', 'v4/openim/get_c2c_unread_msg_num', 41046],
  ]],
  ['Session Related › Delete Session', [
    ['Deleting a conversation', 'v4/recentcontact/delete', 43088],
  ]],
  ['Session Related › Session Grouping Tag', [
    ['Creating Conversation Group Data', 'v4/recentcontact/create_contact_group', 53437],
    ['Updating Conversation Group Data', 'v4/recentcontact/update_contact_group', 53439],
    ['Deleting Conversation Group Data', 'v4/recentcontact/del_contact_group', 53441],
    ['Creating or Updating Conversation Mark Data', 'v4/recentcontact/mark_contact', 53438],
    ['Searching for Conversation Group Marks', 'v4/recentcontact/search_contact_group', 53442],
    ['Pulling Conversation Group Mark Data', 'v4/recentcontact/get_contact_group', 53440],
  ]],
  ['Group Related › Group Management', [
    ['Getting All Groups in an App', 'v4/group_open_http_svc/get_appid_group_list', 34960],
    ['Creating a Group', 'v4/group_open_http_svc/create_group', 34895],
    ['Disbanding a Group', 'v4/group_open_http_svc/destroy_group', 34896],
    ['Getting the Groups a User Has Joined', 'v4/group_open_http_svc/get_joined_group_list', 34925],
  ]],
  ['Group Related › Group Information', [
    ['Getting Group Profiles', 'v4/group_open_http_svc/get_group_info', 34961],
    ['Modifying the Profile of a Group', 'v4/group_open_http_svc/modify_group_base_info', 34962],
    ['Importing a Group Profile', 'v4/group_open_http_svc/import_group', 34967],
  ]],
  ['Group Related › Group Member Management', [
    ['Adding Group Members', 'v4/group_open_http_svc/add_group_member', 34921],
    ['Deleting Group Members', 'v4/group_open_http_svc/delete_group_member', 34949],
    ['Banning Group Members', 'v4/group_open_http_svc/ban_group_member', 50296],
    ['Unbanning Group Members', 'v4/group_open_http_svc/unban_group_member', 50297],
    ['Bulk Muting and Unmuting', 'v4/group_open_http_svc/forbid_send_msg', 34951],
    ['Getting the List of Muted Group Members', 'v4/group_open_http_svc/get_group_muted_account', 34964],
    ['Changing Group Owner', 'v4/group_open_http_svc/change_group_owner', 34966],
    ['Querying the Roles of Users in a Group', 'v4/group_open_http_svc/get_role_in_group', 34963],
    ['Importing Group Members', 'v4/group_open_http_svc/import_group_member', 34969],
  ]],
  ['Group Related › Group Member Information', [
    ['Getting Group Member Profiles', 'v4/group_open_http_svc/get_group_member_info', 34948],
    ['Modifying the Profile of a Group Member', 'v4/group_open_http_svc/modify_group_member_info', 34900],
  ]],
  ['Group Related › Group Custom Attributes', [
    // Its own service name, group_open_attr_http_svc, as the list gives it.
    ['Getting Group Custom Attributes', 'v4/group_open_attr_http_svc/get_group_attr', 44187],
    ['Modifying Group Custom Attributes', 'v4/group_open_http_svc/modify_group_attr', 44188],
    ['Clearing Group Custom Attributes', 'v4/group_open_http_svc/clear_group_attr', 44189],
    ['Resetting Group Custom Attributes', 'v4/group_open_http_svc/set_group_attr', 44190],
    ['Deleting Group Custom Attributes', null, null],
  ]],
  ['Group Related › Live Group Management', [
    ['Getting the Number of Online Users in an Audio-Video Group', 'v4/group_open_http_svc/get_online_member_num', 38521],
    ['Getting the List of Online Members in Audio-Video Group', null, null],
    ['Setting Audio-Video Group Member Marks', null, null],
    ['Getting the List of Banned Group Members.', 'v4/group_open_http_svc/get_group_ban_member', 50295],
  ]],
  ['Group Related › Community Management', [
    ['Creating Topic', 'v4/million_group_open_http_svc/create_topic', 49471],
    ['Deleting Topic', null, null],
    ['Getting Topic Profile', null, null],
    ['Modifying Topic Profile', null, null],
    ['Importing Topic Profiles', null, null],
  ]],
  ['Group Related › Group Counter', [
    ['Getting Group Counters', 'v4/group_open_http_svc/get_group_counter', 53427],
    ['Updating Group Counters', 'v4/group_open_http_svc/update_group_counter', 53428],
    ['Deleting Group Counters', 'v4/group_open_http_svc/delete_group_counter', 53429],
  ]],
  ['User Management › Account Management', [
    ['Importing a Single Account', 'v4/im_open_login_svc/account_import', 34953],
    ['Importing Multiple Accounts', 'v4/im_open_login_svc/multiaccount_import', 34954],
    ['Deleting Accounts', 'v4/im_open_login_svc/account_delete', 34955],
    ['Querying Accounts', 'v4/im_open_login_svc/account_check', 34956],
  ]],
  ['User Management › User Information', [
    ['Setting Profiles', 'v4/profile/portrait_set', 34916],
    ['Pulling Profiles', 'v4/profile/portrait_get', 34917],
  ]],
  ['User Management › User Status', [
    ['Invalidating Account Login States', 'v4/im_open_login_svc/kick', 34957],
    ['Querying Account Online Status', 'v4/openim/query_online_status', 35477],
  ]],
  ['User Management › Friend Management', [
    ['Adding Friends', 'v4/sns/friend_add', 34902],
    ['Importing Friends', 'v4/sns/friend_import', 34903],
    ['Updating Friends', 'v4/sns/friend_update', 34904],
    ['Deleting Friends', 'v4/sns/friend_delete', 34905],
    ['Deleting All Friends', 'v4/sns/friend_delete_all', 34906],
    ['Verifying Friends', 'v4/sns/friend_check', 34907],
    ['Pulling Friends', 'v4/sns/friend_get', 34908],
    ['Pulling Specified Friends', 'v4/sns/friend_get_list', 34910],
  ]],
  ['User Management › Friend Lists', [
    ['Adding Lists', 'v4/sns/group_add', 34950],
    ['Deleting Lists', 'v4/sns/group_delete', 34926],
    ['Pulling Lists', 'v4/sns/group_get', 40123],
  ]],
  ['User Management › Blocklist', [
    ['Blocklisting Users', 'v4/sns/black_list_add', 34911],
    ['Unblocklisting Users', 'v4/sns/black_list_delete', 34912],
    ['Pulling a Blacklist', 'v4/sns/black_list_get', 34914],
    ['Verifying Users on a Blocklist', 'v4/sns/black_list_check', 34913],
  ]],
  ['Global Mute Management', [
    ['Setting Global Mute', 'v4/openconfigsvr/setnospeaking', 34923],
    ['Querying Global Mute', 'v4/openconfigsvr/getnospeaking', 34924],
  ]],
  ['Operations Management', [
    ['Pulling Operations Data', 'v4/openconfigsvr/getappinfo', 34886],
    ['Downloading Recent Messages', 'v4/open_msg_svc/get_history', 34885],
    ['Getting Server IP Addresses', 'v4/ConfigSvc/GetIPList', 36742],
  ]],
  ['Chatbots', [
    ['Pulling Chatbot Accounts', 'v4/openim_robot_http_svc/get_all_robots', 55280],
    ['Creating Chatbot Accounts', null, null],
    ['Deleting Chatbot Accounts', null, null],
  ]],
];

/** Every REST endpoint of the documentation's navigation, in its order (paths may be null). */
export const NAVIGATION_ENDPOINTS: readonly NavigationEndpoint[] = Object.freeze(
  SECTIONS.flatMap(([section, rows]) =>
    rows.map(([name, path, docId]) => Object.freeze({ section, name, path, docId })),
  ),
);

/** The entries with a confirmed path: raw mode's suggestions for its path field. */
export const RAW_PATH_SUGGESTIONS: readonly (NavigationEndpoint & { path: string })[] =
  NAVIGATION_ENDPOINTS.filter((e): e is NavigationEndpoint & { path: string } => e.path !== null);

/** The navigation entry for a path (exact, case-sensitive), or null. */
export function navigationEntryForPath(path: string): NavigationEndpoint | null {
  return NAVIGATION_ENDPOINTS.find((e) => e.path === path) ?? null;
}

/** The entry's documentation page, or null when its number is not known. */
export function navigationDocUrl(entry: NavigationEndpoint): string | null {
  return entry.docId === null
    ? null
    : `https://www.tencentcloud.com/document/product/1047/${entry.docId}`;
}
