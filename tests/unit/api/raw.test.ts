// Raw mode: path parsing, raw endpoint ids, their free-body description, and the navigation's
// endpoints offered as path suggestions (checked against the documentation page's navigation).
import { describe, expect, it } from 'vitest';
import { en, inEnglish, zh } from '../i18n/texts';
import { checkRequestBody } from '../../../src/lib/api/body-analysis';
import { ENDPOINTS, endpointById } from '../../../src/lib/api/endpoints';
import {
  NAVIGATION_ENDPOINTS,
  RAW_PATH_SUGGESTIONS,
  navigationDocUrl,
  navigationEntryForPath,
} from '../../../src/lib/api/navigation';
import {
  RAW_ID_PREFIX,
  isRawEndpointId,
  parseRawPath,
  rawEndpointById,
  rawEndpointId,
  rawPathOf,
} from '../../../src/lib/api/raw';
import { itemViewsFor } from '../../../src/lib/api/response-views';
import { schemaUri, toJsonSchema } from '../../../src/lib/api/schema';
import { analyzeBody } from '../../../src/lib/api/body-analysis';
import { defaultBodyText } from '../../../src/lib/api/body-defaults';
import { validateBody as validateBodyRaw } from '../../../src/lib/api/body-rules';
import { paginationSpecFor } from '../../../src/lib/pagination';
import { PAGE } from './doc-page';

// Lib code returns messages; these assert the English a person reads.
const validateBody = inEnglish(validateBodyRaw);

describe('parseRawPath', () => {
  it('accepts v4/<service>/<command>, tolerating surrounding space and one leading slash', () => {
    for (const [text, path] of [
      ['v4/openim/sendmsg', 'v4/openim/sendmsg'],
      ['/v4/group_open_http_svc/create_group', 'v4/group_open_http_svc/create_group'],
      ['  v4/openim/get_c2c_unread_msg_num\n', 'v4/openim/get_c2c_unread_msg_num'],
      // The documentation's own mixed-case command keeps its case.
      ['v4/ConfigSvc/GetIPList', 'v4/ConfigSvc/GetIPList'],
    ] as const) {
      expect(parseRawPath(text), text).toEqual({ ok: true, path });
    }
  });

  it.each([
    ['', /Enter a path/],
    ['   ', /Enter a path/],
    ['https://console.tim.qq.com/v4/openim/sendmsg', /only the path/],
    ['//console.tim.qq.com/v4/openim/sendmsg', /only the path/],
    ['v4/openim/sendmsg?sdkappid=1', /Leave out the query/],
    ['v4/openim/sendmsg#x', /Leave out the query/],
    ['v4/openim/../sendmsg', /"\." or "\.\."/],
    ['v4/../v4/sendmsg', /"\." or "\.\."/],
    ['v4/./openim', /"\." or "\.\."/],
    ['v4//sendmsg', /empty part/],
    ['v4/openim/sendmsg/', /empty part/],
    ['//v4/openim/sendmsg', /only the path/],
    ['V4/openim/sendmsg', /lower case/],
    ['v3/openim/sendmsg', /start with v4\//],
    ['openim/sendmsg', /start with v4\//],
    ['v4/openim', /three parts.*this one has 2/],
    ['v4/openim/sendmsg/extra', /three parts.*this one has 4/],
    ['v4/open-im/sendmsg', /letters, digits and underscores/],
    ['v4/openim/send msg', /letters, digits and underscores/],
    ['v4/openim/sendmsg%2F', /letters, digits and underscores/],
    ['v4/openim\\sendmsg', /three parts/],
    ['v4/openim/séndmsg', /letters, digits and underscores/],
    [`v4/openim/${'a'.repeat(300)}`, /characters long/],
  ])('refuses %j, saying why', (text, why) => {
    const r = parseRawPath(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(en(r.message)).toMatch(why);
  });

  it('words the checks in Chinese too, wire names and the path as typed kept', () => {
    const r = parseRawPath('v4/open-im/sendmsg');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(zh(r.message)).toBe(
        '"open-im" 只能包含字母、数字和下划线（例如 openim 或 get_c2c_unread_msg_num）。',
      );
    const q = parseRawPath('v4/openim/sendmsg?usersig=1');
    if (!q.ok) expect(zh(q.message)).toMatch(/^请去掉查询参数：sdkappid、identifier、usersig/);
    expect(q.ok).toBe(false);
  });
});

describe('raw endpoint ids', () => {
  it('are "raw:" and the normalized path, and read back to that path', () => {
    expect(RAW_ID_PREFIX).toBe('raw:');
    expect(rawEndpointId('v4/openim/sendmsg')).toBe('raw:v4/openim/sendmsg');
    expect(isRawEndpointId('raw:v4/openim/sendmsg')).toBe(true);
    expect(isRawEndpointId('get_list')).toBe(false);
    expect(rawPathOf('raw:v4/openim/sendmsg')).toBe('v4/openim/sendmsg');
    // Only the normalized spelling is an id.
    expect(rawPathOf('raw:/v4/openim/sendmsg')).toBeNull();
    expect(rawPathOf('raw: v4/openim/sendmsg')).toBeNull();
    expect(rawPathOf('raw:v4/openim/sendmsg?x')).toBeNull();
    expect(rawPathOf('get_list')).toBeNull();
  });

  it('give a description through endpointById: the path, no fields, no errors, no paging, no view', () => {
    const desc = endpointById('raw:v4/openim/sendmsg');
    expect(desc).toMatchObject({
      id: 'raw:v4/openim/sendmsg',
      path: 'v4/openim/sendmsg',
      // Titled by its path: the navigation's names load only where they are shown.
      title: 'v4/openim/sendmsg',
      fields: [],
      errors: [],
      freeBody: true,
    });
    expect(desc?.pagination).toBeUndefined();
    expect(desc && paginationSpecFor(desc)).toBeNull();
    expect(itemViewsFor('raw:v4/openim/sendmsg')[0] ?? null).toBeNull();
    expect(itemViewsFor('raw:v4/openim/sendmsg')).toEqual([]);
    // The same id gives the same object; a path not in the navigation is titled by itself too.
    expect(endpointById('raw:v4/openim/sendmsg')).toBe(desc);
    expect(rawEndpointById('raw:v4/x_svc/y')?.title).toBe('v4/x_svc/y');
    // A described path in raw mode stays raw: the person chose raw mode.
    expect(endpointById('raw:v4/recentcontact/get_list')?.fields).toEqual([]);
  });

  it('are null when the path in them does not parse', () => {
    for (const id of [
      'raw:',
      'raw:v4/openim',
      'raw:v4/../x/y',
      'raw:https://h/v4/a/b',
      'RAW:v4/a/b',
    ]) {
      expect(endpointById(id), id).toBeNull();
    }
  });

  it('validate any JSON object, and only a JSON object', () => {
    const desc = endpointById('raw:v4/openim/sendmsg');
    if (!desc) throw new Error('no raw description');
    const body = { SyncOtherMachine: 2, To_Account: 'bob', MsgBody: [{ MsgType: 'TIMTextElem' }] };
    // Its names are not checked: no "unknown field" warnings either.
    expect(validateBody(desc, body)).toEqual({ errors: [], warnings: [], ok: true });
    expect(validateBody(desc, {})).toMatchObject({ ok: true });
    for (const value of [[], 'x', 7, null, true]) {
      const r = validateBody(desc, value);
      expect(r.ok).toBe(false);
      expect(r.errors[0]?.kind).toBe('not-object');
      expect(r.errors[0]?.message).toMatch(/^The body must be a JSON object \(\{ … \}\), not /);
    }
    const broken = analyzeBody(desc, '{"To_Account": }');
    expect(broken.parse.ok).toBe(false);
    expect(broken.validation).toBeNull();
    // Duplicate names are still pointed out: that is about the text, not the endpoint.
    expect(checkRequestBody(desc, '{"a":1,"a":2}').validation?.warnings[0]?.kind).toBe('duplicate');
    expect(defaultBodyText(desc)).toBe('{}');
    expect(toJsonSchema(desc, en)).toMatchObject({ type: 'object', properties: {}, required: [] });
    expect(schemaUri(desc)).toBe(
      'inmemory://chat-rest-playground/schema/raw%3Av4%2Fopenim%2Fsendmsg.json',
    );
  });
});

/** The leaf entries of the page's navigation under "RESTful APIs", in order. */
function navigationLeaves(): string[] {
  const lines = PAGE.split('\n');
  const start = lines.findIndex((l) => l.trim() === '• RESTful APIs');
  const end = lines.findIndex((l, i) => i > start && l.trim() === '• Webhooks');
  const items = lines
    .slice(start + 1, end)
    .filter((l) => l.trim().startsWith('• '))
    .map((l) => ({ depth: l.indexOf('•'), name: l.trim().slice(2) }));
  return items
    .filter((item, i) => (items[i + 1]?.depth ?? 0) <= item.depth)
    .map((item) => item.name)
    .filter((name) => name !== 'RESTful API Overview' && name !== 'RESTful API List');
}

describe('NAVIGATION_ENDPOINTS', () => {
  it('lists every REST endpoint of the documentation’s navigation, in its order, names verbatim', () => {
    const leaves = navigationLeaves();
    expect(leaves.length).toBeGreaterThan(100);
    expect(NAVIGATION_ENDPOINTS.map((e) => e.name)).toEqual(leaves);
  });

  it('gives every confirmed path in the shape parseRawPath accepts, each once', () => {
    for (const e of RAW_PATH_SUGGESTIONS)
      expect(parseRawPath(e.path), e.name).toEqual({ ok: true, path: e.path });
    expect(new Set(RAW_PATH_SUGGESTIONS.map((e) => e.path)).size).toBe(RAW_PATH_SUGGESTIONS.length);
    expect(RAW_PATH_SUGGESTIONS.length).toBeGreaterThan(90);
    // Unconfirmed ones are listed but never suggested.
    expect(NAVIGATION_ENDPOINTS.some((e) => e.path === null)).toBe(true);
  });

  it('covers the endpoints people use most: messages, groups, accounts, profiles, friends, conversations', () => {
    const paths = new Set(RAW_PATH_SUGGESTIONS.map((e) => e.path));
    for (const p of [
      'v4/openim/sendmsg',
      'v4/openim/batchsendmsg',
      'v4/openim/admin_getroammsg',
      'v4/openim/admin_msgwithdraw',
      'v4/group_open_http_svc/send_group_msg',
      'v4/group_open_http_svc/create_group',
      'v4/group_open_http_svc/get_group_info',
      'v4/group_open_http_svc/add_group_member',
      'v4/group_open_http_svc/get_joined_group_list',
      'v4/im_open_login_svc/account_import',
      'v4/im_open_login_svc/account_check',
      'v4/profile/portrait_get',
      'v4/profile/portrait_set',
      'v4/sns/friend_add',
      'v4/sns/friend_get',
      'v4/recentcontact/get_list',
      'v4/recentcontact/delete',
      'v4/recentcontact/get_contact_group',
      'v4/openim/get_c2c_unread_msg_num',
    ]) {
      expect(paths.has(p), p).toBe(true);
    }
  });

  it('names each described endpoint by its own title, and links its page', () => {
    for (const e of ENDPOINTS) {
      const nav = navigationEntryForPath(e.path);
      expect(nav?.name, e.id).toBe(e.title);
      expect(nav && navigationDocUrl(nav)).toMatch(
        /^https:\/\/www\.tencentcloud\.com\/document\/product\/1047\/\d+$/,
      );
    }
    const sendmsg = navigationEntryForPath('v4/openim/sendmsg');
    expect(sendmsg?.section).toBe('Message Related › Send Message');
    expect(navigationEntryForPath('v4/openim/SendMsg')).toBeNull();
  });
});
