// The request being built, as the form and the picker drive it: switching endpoints, delete's
// Type bringing its peer fields in and out, optional fields added and removed, and raw mode's
// path. The body text stays the one source of truth throughout.
import { en } from '../i18n/texts';
import { describe, expect, it } from 'vitest';
import { GET_C2C_UNREAD_MSG_NUM } from '../../../src/lib/api/endpoints/c2c-unread';
import { GET_CONTACT_GROUP } from '../../../src/lib/api/endpoints/contact-group';
import { DELETE_CONVERSATION } from '../../../src/lib/api/endpoints/delete';
import { GET_LIST } from '../../../src/lib/api/endpoints/get-list';
import { CREATE_CONTACT_GROUP, MARK_CONTACT } from '../../../src/lib/api/endpoints';
import { formatBody } from '../../../src/lib/api/body-format';
import { PATH_EDITS } from '../../../src/lib/api/path-edits';
import { RequestDraft } from '../../../src/lib/state/request.svelte';
import { Workspace } from '../../../src/lib/state/workspace.svelte';

const field = (name: string, desc = DELETE_CONVERSATION) => {
  const f = desc.fields.find((x) => x.name === name);
  if (!f) throw new Error(name);
  return f;
};
const body = (draft: RequestDraft) => JSON.parse(draft.text) as Record<string, unknown>;

describe('RequestDraft, switching endpoints', () => {
  it('starts the new endpoint from its defaults, keeping From_Account, with its own advice', () => {
    const draft = new RequestDraft();
    draft.setValue('From_Account', 'alice');
    draft.setValue('StartIndex', 100);
    draft.switchEndpoint(DELETE_CONVERSATION);
    expect(draft.endpoint).toBe(DELETE_CONVERSATION);
    expect(body(draft)).toEqual({ From_Account: 'alice', Type: 1, To_Account: '', ClearRamble: 0 });
    // Its own advice (adviseDelete): ClearRamble 1 clears the messages too.
    draft.setValue('To_Account', 'bob');
    draft.setValue('ClearRamble', 1);
    expect(draft.check.validation?.warnings.map((w) => w.field)).toEqual(['ClearRamble']);
    draft.switchEndpoint(GET_CONTACT_GROUP);
    expect(body(draft)).toEqual({ From_Account: 'alice', StartIndex: 0 });
    draft.switchEndpoint(GET_C2C_UNREAD_MSG_NUM);
    expect(body(draft)).toEqual({ To_Account: '' });
    expect(draft.check.validation?.warnings).toEqual([]);
  });

  it('picking the endpoint it is on changes nothing', () => {
    const draft = new RequestDraft();
    draft.setText('{"From_Account":"alice","Extra":1}');
    draft.switchEndpoint(GET_LIST);
    expect(draft.text).toBe('{"From_Account":"alice","Extra":1}');
  });

  it('drops what the form had pending for the old endpoint', () => {
    const draft = new RequestDraft();
    draft.setField(field('StartIndex', GET_LIST), '-1');
    expect(draft.pending.StartIndex).toBeDefined();
    draft.switchEndpoint(DELETE_CONVERSATION);
    expect(draft.pending).toEqual({});
  });
});

describe('RequestDraft, the endpoint’s own advice (it comes with the body’s rules)', () => {
  it('shows get_list’s AssistFlags advice beside the field, and none for the sample’s 7', () => {
    const zero = new RequestDraft(GET_LIST, {
      text: '{"From_Account": "alice", "TimeStamp": 0, "StartIndex": 0, "TopTimeStamp": 0, "TopStartIndex": 0, "AssistFlags": 0}',
    });
    const advice = zero.shownIssues('AssistFlags').warnings;
    expect(advice.map((w) => w.kind)).toEqual(['advice']);
    expect(en(advice[0]!.message)).toMatch(/Java SDK/);
    expect(zero.hasAdvice).toBe(true);
    const seven = new RequestDraft(GET_LIST, {
      text: zero.text.replace('"AssistFlags": 0', '"AssistFlags": 7'),
    });
    expect(seven.shownIssues('AssistFlags').warnings).toEqual([]);
  });
});

describe('RequestDraft, delete’s Type', () => {
  it('Type 2 swaps To_Account for ToGroupid; back to 1 gives the typed peer back', () => {
    const draft = new RequestDraft(DELETE_CONVERSATION);
    draft.setField(field('From_Account'), 'alice');
    draft.setField(field('To_Account'), 'bob');
    draft.setField(field('Type'), '2');
    expect(body(draft)).toEqual({ From_Account: 'alice', Type: 2, ToGroupid: '', ClearRamble: 0 });
    draft.setField(field('ToGroupid'), 'group_1');
    draft.setField(field('Type'), '1');
    expect(body(draft)).toEqual({
      From_Account: 'alice',
      Type: 1,
      To_Account: 'bob',
      ClearRamble: 0,
    });
    draft.setField(field('Type'), '2');
    expect(body(draft)).toMatchObject({ ToGroupid: 'group_1' });
    expect(draft.check.validation?.ok).toBe(true);
  });

  it('a Type that is not 1 or 2 waits in the form and changes nothing', () => {
    const draft = new RequestDraft(DELETE_CONVERSATION);
    const before = draft.text;
    draft.setField(field('Type'), '3');
    expect(en(draft.pending.Type?.message ?? '')).toMatch(/one of 1, 2/);
    expect(draft.text).toBe(before);
  });

  it('a Type typed in the JSON edits nothing else: the leftover is pointed out instead', () => {
    const draft = new RequestDraft(DELETE_CONVERSATION);
    draft.setText('{"From_Account":"a","Type":2,"To_Account":"b","ToGroupid":"g"}');
    expect(body(draft)).toMatchObject({ To_Account: 'b' });
    expect(draft.check.validation?.warnings.map((w) => w.field)).toEqual(['To_Account']);
  });
});

describe('RequestDraft, optional fields', () => {
  it('adds Peer_Account empty, takes it one UserID per line, and removes it again', () => {
    const draft = new RequestDraft(GET_C2C_UNREAD_MSG_NUM);
    const peers = field('Peer_Account', GET_C2C_UNREAD_MSG_NUM);
    expect(body(draft)).toEqual({ To_Account: '' });
    draft.addField(peers);
    expect(body(draft)).toEqual({ To_Account: '', Peer_Account: [] });
    draft.setField(peers, 'bob\n');
    // The line just begun is kept in the input while it still means the body's value.
    expect(draft.inputText(peers)).toBe('bob\n');
    draft.setField(peers, 'bob\ncarol');
    expect(body(draft).Peer_Account).toEqual(['bob', 'carol']);
    expect(draft.inputText(peers)).toBe('bob\ncarol');
    draft.removeField('Peer_Account');
    expect(body(draft)).toEqual({ To_Account: '' });
    // Added back, it has the value it had.
    draft.addField(peers);
    expect(body(draft).Peer_Account).toEqual(['bob', 'carol']);
    // Changed in the JSON, the input shows the JSON's value, not what was typed before.
    draft.setText('{"To_Account":"","Peer_Account":["dave"]}');
    expect(draft.inputText(peers)).toBe('dave');
  });

  it('says why it cannot remove a field from text that does not parse', () => {
    const draft = new RequestDraft(DELETE_CONVERSATION);
    draft.setText('{"ClearRamble": 0,');
    draft.removeField('ClearRamble');
    expect(en(draft.formMessage)).toMatch(/error at line 1/);
    expect(draft.text).toBe('{"ClearRamble": 0,');
  });
});

describe('RequestDraft, raw mode', () => {
  it('enters with the endpoint’s own path and {} as the body', () => {
    const draft = new RequestDraft();
    draft.setValue('From_Account', 'alice');
    draft.enterRaw();
    expect(draft.isRaw).toBe(true);
    expect(draft.endpoint.id).toBe('raw:v4/recentcontact/get_list');
    expect(draft.rawPath).toBe('v4/recentcontact/get_list');
    expect(draft.text).toBe('{}');
    expect(draft.check.validation?.ok).toBe(true);
  });

  it('follows the path typed; one that does not parse keeps the last and says why', () => {
    const draft = new RequestDraft();
    draft.enterRaw();
    draft.setText('{"To_Account":"bob"}');
    draft.setRawPath(' /v4/openim/sendmsg ');
    expect(draft.endpoint.id).toBe('raw:v4/openim/sendmsg');
    expect(draft.endpoint.path).toBe('v4/openim/sendmsg');
    expect(draft.rawPath).toBe(' /v4/openim/sendmsg ');
    expect(draft.text).toBe('{"To_Account":"bob"}');
    draft.setRawPath('v4/openim');
    expect(draft.rawPathCheck).toMatchObject({ ok: false, message: /three parts/ });
    expect(draft.endpoint.id).toBe('raw:v4/openim/sendmsg');
    // Any JSON object goes; its names are not checked.
    expect(draft.check.validation).toMatchObject({ ok: true, warnings: [] });
  });

  it('leaves raw mode for a described endpoint with its default body, keeping From_Account', () => {
    const draft = new RequestDraft();
    draft.enterRaw();
    draft.setText('{"From_Account":"carol","x":1}');
    draft.switchEndpoint(DELETE_CONVERSATION);
    expect(draft.isRaw).toBe(false);
    expect(draft.rawPath).toBeNull();
    expect(draft.rawPathCheck).toBeNull();
    expect(body(draft)).toEqual({ From_Account: 'carol', Type: 1, To_Account: '', ClearRamble: 0 });
  });
});

describe('Workspace and raw mode', () => {
  it('makes the raw path part of the request, and blocks sending while the path is not one', async () => {
    const ws = new Workspace({ getRandomValues: (a) => a.fill(7) });
    await ws.signer.sign();
    ws.draft.enterRaw();
    ws.draft.setRawPath('v4/openim/sendmsg');
    expect(ws.snapshot()).toMatchObject({ endpoint: 'raw:v4/openim/sendmsg', body: '{}' });
    expect(ws.request?.url).toMatch(/^https:\/\/sandbox\.invalid\/v4\/openim\/sendmsg\?sdkappid=/);
    expect(ws.blockers).toEqual([]);
    ws.draft.setRawPath('https://example.com/v4/openim/sendmsg');
    expect(ws.blockers.map((b) => en(b.message))).toEqual([
      expect.stringMatching(/^Path: Enter only the path/),
    ]);
  });

  it('loads a raw request into raw mode, also over a half-typed path of the same one', () => {
    const ws = new Workspace();
    const snapshot = { ...ws.snapshot(), endpoint: 'raw:v4/openim/sendmsg', body: '{"a":1}' };
    expect(ws.load(snapshot)).toBe('');
    expect(ws.draft.isRaw).toBe(true);
    expect(ws.draft.rawPath).toBe('v4/openim/sendmsg');
    expect(ws.snapshot()).toEqual(snapshot);
    ws.draft.setRawPath('v4/openim/');
    expect(ws.load(snapshot)).toBe('');
    expect(ws.draft.rawPath).toBe('v4/openim/sendmsg');
    expect(ws.blockers.filter((b) => b.kind === 'path')).toEqual([]);
    // Back to a described endpoint: out of raw mode.
    ws.load({ ...snapshot, endpoint: 'get_list', body: '{"From_Account":"a"}' });
    expect(ws.draft.isRaw).toBe(false);
    expect(ws.draft.rawPath).toBeNull();
  });

  it('snapshots plain data: IndexedDB and the prefs can store it as it is, and it is a copy', () => {
    const ws = new Workspace();
    for (const choice of [
      { kind: 'sandbox' },
      { kind: 'region', id: 'singapore', backup: true },
      { kind: 'custom', host: '127.0.0.1:8787' },
    ] as const) {
      ws.target.setChoice(choice);
      const snapshot = ws.snapshot();
      // structuredClone throws on a $state proxy, as IndexedDB's put does.
      expect(structuredClone(snapshot)).toEqual(snapshot);
      expect(snapshot.region).toEqual(choice);
      snapshot.region = { kind: 'custom', host: 'changed.example' };
      expect(ws.target.choice).toEqual(choice);
    }
  });

  it('says so for an endpoint it does not know, loading the body as text', () => {
    const ws = new Workspace();
    const message = ws.load({ ...ws.snapshot(), endpoint: 'raw:v4/..', body: '{}' });
    expect(message).toMatch(/Unknown endpoint "raw:v4\/\.\."/);
    expect(ws.draft.endpoint.id).toBe('get_list');
  });
});

describe('RequestDraft, nested fields (issue 16)', () => {
  // What the nested form gives the draft when it loads (NestedField.svelte).
  const nestedDraft = (desc = MARK_CONTACT) => {
    const draft = new RequestDraft(desc);
    draft.usePathEdits(PATH_EDITS);
    return draft;
  };
  const rowField = MARK_CONTACT.fields.find((f) => f.name === 'MarkItem')!;
  const sub = (name: string) => rowField.fields!.find((f) => f.name === name)!;
  const contact = sub('ContactItem').fields!;
  const typeField = contact.find((f) => f.name === 'Type')!;
  const toAccount = contact.find((f) => f.name === 'To_Account')!;

  it('edits a row’s fields through the text, a ContactItem’s Type bringing its peer field', () => {
    const draft = nestedDraft();
    draft.setFieldAt(['MarkItem', 0, 'ContactItem', 'To_Account'], toAccount, 'bob');
    expect(draft.inputTextAt(['MarkItem', 0, 'ContactItem', 'To_Account'], toAccount)).toBe('bob');
    draft.setFieldAt(['MarkItem', 0, 'ContactItem', 'Type'], typeField, '2');
    expect(body(draft).MarkItem).toEqual([
      { OptType: 1, ContactItem: { Type: 2, ToGroupId: '' }, SetMark: [0] },
    ]);
    // Back to 1: To_Account as it was typed.
    draft.setFieldAt(['MarkItem', 0, 'ContactItem', 'Type'], typeField, '1');
    expect((body(draft).MarkItem as { ContactItem: object }[])[0]?.ContactItem).toEqual({
      Type: 1,
      To_Account: 'bob',
    });
    // Bit numbers typed with commas and spaces.
    draft.setFieldAt(['MarkItem', 0, 'SetMark'], sub('SetMark'), '0, 3 35');
    expect((body(draft).MarkItem as { SetMark: number[] }[])[0]?.SetMark).toEqual([0, 3, 35]);
    draft.setFieldAt(['MarkItem', 0, 'SetMark'], sub('SetMark'), '0, x');
    expect(en(draft.pending['MarkItem[0].SetMark']?.message ?? '')).toMatch(
      /"x" is not a whole number/,
    );
    expect(draft.sendable).toBe(false);
  });

  it('adds and removes rows and optional members, keeping a removed member to add back', () => {
    const draft = nestedDraft();
    draft.addRow(['MarkItem'], rowField);
    expect(body(draft).MarkItem).toHaveLength(2);
    draft.addFieldAt(['MarkItem', 1, 'CustomMark'], sub('CustomMark'));
    draft.setFieldAt(['MarkItem', 1, 'CustomMark'], sub('CustomMark'), 'vip');
    draft.removeAt(['MarkItem', 1, 'CustomMark']);
    expect(body(draft).MarkItem).toEqual([
      { OptType: 1, ContactItem: { Type: 1, To_Account: '' }, SetMark: [0] },
      { OptType: 1, ContactItem: { Type: 1, To_Account: '' }, SetMark: [0] },
    ]);
    draft.addFieldAt(['MarkItem', 1, 'CustomMark'], sub('CustomMark'));
    expect((body(draft).MarkItem as { CustomMark?: string }[])[1]?.CustomMark).toBe('vip');
    draft.removeAt(['MarkItem', 0]);
    expect(body(draft).MarkItem).toEqual([
      { OptType: 1, ContactItem: { Type: 1, To_Account: '' }, SetMark: [0], CustomMark: 'vip' },
    ]);
  });

  it('taking a row out drops what was typed and pending in the rows, which no longer line up', () => {
    const draft = nestedDraft();
    const setMark = sub('SetMark');
    draft.addRow(['MarkItem'], rowField);
    // The line just begun shows in row 0's input; row 1's input holds what is not a value yet.
    draft.setFieldAt(['MarkItem', 0, 'SetMark'], setMark, '0\n');
    expect(draft.inputTextAt(['MarkItem', 0, 'SetMark'], setMark)).toBe('0\n');
    draft.setFieldAt(['MarkItem', 1, 'SetMark'], setMark, '0, x');
    expect(Object.keys(draft.pending)).toEqual(['MarkItem[1].SetMark']);
    draft.removeAt(['MarkItem', 0]);
    expect(body(draft).MarkItem).toEqual([
      { OptType: 1, ContactItem: { Type: 1, To_Account: '' }, SetMark: [0] },
    ]);
    // Row 1 is row 0 now: it shows its own value, not the line typed in the row taken out.
    expect(draft.inputTextAt(['MarkItem', 0, 'SetMark'], setMark)).toBe('0');
    expect(draft.pending).toEqual({});
  });

  it('says why it cannot add, set or take out a row in text that does not parse, and keeps it', () => {
    const draft = nestedDraft();
    const broken = `${draft.text.trimEnd().slice(0, -1)},`;
    draft.setText(broken);
    const tries = [
      () => draft.addRow(['MarkItem'], rowField),
      () => draft.setFieldAt(['MarkItem', 0, 'ContactItem', 'To_Account'], toAccount, 'bob'),
      () => draft.removeAt(['MarkItem', 0]),
    ];
    for (const attempt of tries) {
      draft.formMessage = '';
      attempt();
      expect(en(draft.formMessage)).toMatch(/error at line/);
      expect(draft.text).toBe(broken);
    }
  });

  it('edits nothing below the top level until the nested form has given its edits', () => {
    const draft = new RequestDraft(MARK_CONTACT);
    const before = draft.text;
    draft.setFieldAt(['MarkItem', 0, 'ContactItem', 'To_Account'], toAccount, 'bob');
    expect(draft.text).toBe(before);
    expect(en(draft.formMessage)).toMatch(/still loading/);
    draft.setValue('From_Account', 'alice');
    expect(body(draft).From_Account).toBe('alice');
  });

  it('prepares a request: endpoint and body, formatted, not sent', () => {
    const draft = new RequestDraft();
    draft.prepare(CREATE_CONTACT_GROUP, {
      From_Account: 'alice',
      GroupContactItem: [{ GroupName: '', ContactItem: [{ Type: 1, To_Account: 'bob' }] }],
    });
    expect(draft.endpoint).toBe(CREATE_CONTACT_GROUP);
    expect(draft.text).toBe(
      formatBody(
        {
          From_Account: 'alice',
          GroupContactItem: [{ GroupName: '', ContactItem: [{ Type: 1, To_Account: 'bob' }] }],
        },
        CREATE_CONTACT_GROUP,
      ),
    );
    expect(Object.keys(draft.check.byField)).toEqual(['GroupContactItem[0].GroupName']);
  });
});
