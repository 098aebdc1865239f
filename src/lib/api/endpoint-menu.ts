// What the endpoint picker, links and history need to know of every described endpoint before
// its description has loaded: its id, path and title, in menu order. The descriptions themselves
// (fields, docs, errors, views) are the registry's (./endpoints.ts), which loads after the first
// paint (./endpoint-catalog.ts): only get_list's, the default, is on the first screen (issue 18).
// tests/unit/api/endpoint-menu.test.ts keeps this list equal to the registry's. Each item's
// `label` is its title in the page's language (core texts: the picker is on the first screen).
import { msg, type Msg } from '../i18n/message';

/** One line of the endpoint picker. */
export interface EndpointMenuItem {
  /** As history and share links store it. */
  id: string;
  path: string;
  /**
   * The title as the picker shows it, in the page's language (Chinese from the Chinese pages);
   * in English, the registry's title: written once, in the core texts, not again here.
   */
  label: Msg;
}

/** Every described endpoint, in the registry's (the menu's) order. */
export const ENDPOINT_MENU: readonly EndpointMenuItem[] = [
  {
    id: 'get_list',
    path: 'v4/recentcontact/get_list',
    label: msg('core.ep.getList'),
  },
  {
    id: 'delete',
    path: 'v4/recentcontact/delete',
    label: msg('core.ep.delete'),
  },
  {
    id: 'get_c2c_unread_msg_num',
    path: 'v4/openim/get_c2c_unread_msg_num',
    label: msg('core.ep.c2cUnread'),
  },
  {
    id: 'get_contact_group',
    path: 'v4/recentcontact/get_contact_group',
    label: msg('core.ep.getGroup'),
  },
  {
    id: 'create_contact_group',
    path: 'v4/recentcontact/create_contact_group',
    label: msg('core.ep.createGroup'),
  },
  {
    id: 'update_contact_group',
    path: 'v4/recentcontact/update_contact_group',
    label: msg('core.ep.updateGroup'),
  },
  {
    id: 'del_contact_group',
    path: 'v4/recentcontact/del_contact_group',
    label: msg('core.ep.delGroup'),
  },
  {
    id: 'mark_contact',
    path: 'v4/recentcontact/mark_contact',
    label: msg('core.ep.mark'),
  },
  {
    id: 'search_contact_group',
    path: 'v4/recentcontact/search_contact_group',
    label: msg('core.ep.searchGroup'),
  },
  {
    id: 'account_import',
    path: 'v4/im_open_login_svc/account_import',
    label: msg('core.ep.import'),
  },
  {
    id: 'multiaccount_import',
    path: 'v4/im_open_login_svc/multiaccount_import',
    label: msg('core.ep.multiImport'),
  },
  {
    id: 'account_check',
    path: 'v4/im_open_login_svc/account_check',
    label: msg('core.ep.check'),
  },
];

/** Whether `id` names a described endpoint (its description may not have loaded yet). */
export function isMenuId(id: string): boolean {
  return ENDPOINT_MENU.some((e) => e.id === id);
}
