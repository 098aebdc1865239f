// What the endpoint picker, links and history need to know of every described endpoint before
// its description has loaded: its id, path and title, in menu order. The descriptions themselves
// (fields, docs, errors, views) are the registry's (./endpoints.ts), which loads after the first
// paint (./endpoint-catalog.ts): only get_list's, the default, is on the first screen (issue 18).
// tests/unit/api/endpoint-menu.test.ts keeps this list equal to the registry's.

/** One line of the endpoint picker. */
export interface EndpointMenuItem {
  /** As history and share links store it. */
  id: string;
  path: string;
  title: string;
}

/** Every described endpoint, in the registry's (the menu's) order. */
export const ENDPOINT_MENU: readonly EndpointMenuItem[] = [
  { id: 'get_list', path: 'v4/recentcontact/get_list', title: 'Pulling a conversation list' },
  { id: 'delete', path: 'v4/recentcontact/delete', title: 'Deleting a conversation' },
  {
    id: 'get_c2c_unread_msg_num',
    path: 'v4/openim/get_c2c_unread_msg_num',
    title: 'Querying Unread One-to-One Message Count',
  },
  {
    id: 'get_contact_group',
    path: 'v4/recentcontact/get_contact_group',
    title: 'Pulling Conversation Group Mark Data',
  },
  {
    id: 'create_contact_group',
    path: 'v4/recentcontact/create_contact_group',
    title: 'Creating Conversation Group Data',
  },
  {
    id: 'update_contact_group',
    path: 'v4/recentcontact/update_contact_group',
    title: 'Updating Conversation Group Data',
  },
  {
    id: 'del_contact_group',
    path: 'v4/recentcontact/del_contact_group',
    title: 'Deleting Conversation Group Data',
  },
  {
    id: 'mark_contact',
    path: 'v4/recentcontact/mark_contact',
    title: 'Creating or Updating Conversation Mark Data',
  },
  {
    id: 'search_contact_group',
    path: 'v4/recentcontact/search_contact_group',
    title: 'Searching for Conversation Group Marks',
  },
  {
    id: 'account_import',
    path: 'v4/im_open_login_svc/account_import',
    title: 'Importing a Single Account',
  },
  {
    id: 'multiaccount_import',
    path: 'v4/im_open_login_svc/multiaccount_import',
    title: 'Importing Multiple Accounts',
  },
  {
    id: 'account_check',
    path: 'v4/im_open_login_svc/account_check',
    title: 'Querying Accounts',
  },
];

/** Whether `id` names a described endpoint (its description may not have loaded yet). */
export function isMenuId(id: string): boolean {
  return ENDPOINT_MENU.some((e) => e.id === id);
}
