// defaultBody and formatBody: the body a request starts with, and Format's layout.
import { describe, expect, it } from 'vitest';
import { accountField, defaultBody, defaultBodyText } from '../../../src/lib/api/body-defaults';
import { bodyTextForSwitch } from '../../../src/lib/api/edits';
import {
  DELETE_CONVERSATION,
  ENDPOINTS,
  GET_C2C_UNREAD_MSG_NUM,
  GET_CONTACT_GROUP,
} from '../../../src/lib/api/endpoints';
import { rawEndpointById } from '../../../src/lib/api/raw';
import { formatBody } from '../../../src/lib/api/body-format';
import { GET_LIST } from '../../../src/lib/api/endpoints/get-list';
import { good, OTHER } from './bodies';

describe('defaultBody and formatBody', () => {
  it('builds the defaults in the description’s order', () => {
    expect(Object.entries(defaultBody(GET_LIST))).toEqual(
      GET_LIST.fields.map((f) => [f.name, f.default]),
    );
    const text = defaultBodyText(GET_LIST);
    expect(JSON.parse(text)).toEqual(defaultBody(GET_LIST));
    // Two-space JSON, one field a line.
    expect(text.split('\n')).toHaveLength(GET_LIST.fields.length + 2);
    expect(text.split('\n')[1]).toBe('  "From_Account": "",');
  });

  it('does not share array defaults between bodies', () => {
    const a = defaultBody(OTHER);
    (a['Peer_Account'] as string[]).push('x');
    expect(defaultBody(OTHER)['Peer_Account']).toEqual([]);
  });

  it('puts the description’s fields first, then the others in their own order, dropping none', () => {
    const value = JSON.parse(
      '{"zeta": 1, "AssistFlags": 7, "__proto__": {"p": 1}, "From_Account": "x", "alpha": [1, {"b": 2}]}',
    ) as unknown;
    const text = formatBody(value, GET_LIST);
    const keys = [...text.matchAll(/^ {2}"([^"]+)":/gm)].map((m) => m[1]);
    expect(keys).toEqual(['From_Account', 'AssistFlags', 'zeta', '__proto__', 'alpha']);
    // Same data back, "__proto__" included as a plain name.
    expect(JSON.parse(text)).toEqual(value);
    expect(Object.hasOwn(JSON.parse(text) as object, '__proto__')).toBe(true);
  });

  it('is JSON.stringify with two spaces when the order already matches', () => {
    const v = { ...good(), Extra: { a: [1, 2], b: 'é\n' } };
    expect(formatBody(v, GET_LIST)).toBe(JSON.stringify(v, null, 2));
    expect(formatBody([1, { a: 2 }])).toBe(JSON.stringify([1, { a: 2 }], null, 2));
    expect(formatBody({})).toBe('{}');
  });
});

describe('the sample account', () => {
  it('goes in the field that names whose data is asked for: From_Account, else To_Account', () => {
    expect(accountField(GET_LIST)?.name).toBe('From_Account');
    expect(accountField(DELETE_CONVERSATION)?.name).toBe('From_Account');
    expect(accountField(GET_CONTACT_GROUP)?.name).toBe('From_Account');
    expect(accountField(GET_C2C_UNREAD_MSG_NUM)?.name).toBe('To_Account');
    expect(accountField(rawEndpointById('raw:v4/openim/sendmsg')!)).toBeNull();
    expect(accountField(OTHER)).toBeNull();
  });

  it('fills that field of a new body, and nothing else', () => {
    for (const desc of ENDPOINTS) {
      const plain = defaultBody(desc);
      const sample = defaultBody(desc, { account: 'alice' });
      const name = accountField(desc)?.name;
      // The account service's endpoints (issue 16) name UserIDs to import or check, not whose
      // data is asked for: the sample leaves them as they are.
      if (desc.path.startsWith('v4/im_open_login_svc/')) {
        expect(name, desc.id).toBeUndefined();
        expect(sample).toEqual(plain);
        continue;
      }
      expect(name, desc.id).toBeDefined();
      expect(sample).toEqual({ ...plain, [name!]: 'alice' });
    }
    expect(defaultBody(GET_LIST, { account: '' })).toEqual(defaultBody(GET_LIST));
    expect(JSON.parse(defaultBodyText(GET_LIST, { account: 'alice' }))).toMatchObject({
      From_Account: 'alice',
    });
  });

  it('fills an endpoint switched to, unless a From_Account typed before is carried over', () => {
    const values = defaultBody(GET_LIST);
    const toUnread = bodyTextForSwitch(GET_LIST, values, GET_C2C_UNREAD_MSG_NUM, {
      account: 'alice',
    });
    expect(JSON.parse(toUnread)).toEqual({ To_Account: 'alice' });
    const carried = bodyTextForSwitch(
      GET_LIST,
      { ...values, From_Account: 'bob' },
      DELETE_CONVERSATION,
      { account: 'alice' },
    );
    expect(JSON.parse(carried)).toMatchObject({ From_Account: 'bob' });
  });
});
