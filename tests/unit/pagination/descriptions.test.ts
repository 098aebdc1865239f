// "Fetch all pages" driven by endpoint descriptions, not by code special to one endpoint: the
// same function pages get_list (four cursors) and get_contact_group (StartIndex ← NextStartIndex)
// through paginationSpecFor and the runner, against the real sandbox.
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../i18n/texts';
import { GET_CONTACT_GROUP } from '../../../src/lib/api/endpoints/contact-group';
import { DELETE_CONVERSATION } from '../../../src/lib/api/endpoints/delete';
import { GET_C2C_UNREAD_MSG_NUM } from '../../../src/lib/api/endpoints/c2c-unread';
import { GET_LIST } from '../../../src/lib/api/endpoints/get-list';
import { nextPageBodyText } from '../../../src/lib/api/pagination';
import type { EndpointDescription } from '../../../src/lib/api/types';
import { defaultBody } from '../../../src/lib/api/body-defaults';
import { formatBody } from '../../../src/lib/api/body-format';
import {
  fetchAllPages,
  paginationSpecFor,
  type FetchAllResult,
  type JsonObject,
} from '../../../src/lib/pagination';
import {
  CONTACT_GROUP_PAGE_SIZE,
  SandboxService,
  compareConversations,
  createSandboxAccounts,
} from '../../../src/lib/sandbox';
import { NOW_MS, listUrl, sign } from '../sandbox/helpers';

let usersig: string;
beforeAll(async () => {
  usersig = await sign();
});

/** One page of any described endpoint from the sandbox, at the description's path. */
async function send(
  service: SandboxService,
  desc: EndpointDescription,
  body: string,
): Promise<unknown> {
  const response = await service.handle({
    method: 'POST',
    url: listUrl({ usersig, path: `/${desc.path}` }),
    body,
  });
  return JSON.parse(response.body) as unknown;
}

/** "Fetch all pages" for whatever endpoint the description names: nothing here knows which. */
async function fetchAllFor(
  desc: EndpointDescription,
  firstBody: JsonObject,
): Promise<FetchAllResult> {
  const spec = paginationSpecFor(desc);
  if (!spec) throw new Error(`${desc.id} does not page`);
  let t = NOW_MS;
  const service = new SandboxService({ now: () => t });
  return fetchAllPages({
    spec,
    // The body as the editor lays it out.
    firstBody: formatBody(firstBody, desc),
    ratePerSecond: 200,
    now: () => t,
    sleep: async (ms) => {
      t += ms;
    },
    sendPage: (body) => send(service, desc, body),
  });
}

const alice = createSandboxAccounts().get('alice') ?? [];

describe('the runner driven by two descriptions', () => {
  it('pages get_list: alice’s 250 conversations over its four cursors', async () => {
    const result = await fetchAllFor(GET_LIST, {
      ...defaultBody(GET_LIST),
      From_Account: 'alice',
      AssistFlags: 7 | 2,
    });
    expect(result.status).toBe('complete');
    expect(result.items).toHaveLength(250);
    expect(result.pages).toHaveLength(3);
    expect(result.duplicates).toEqual([]);
    expect(result.anomalies).toEqual([]);
    // Each request after the first carries the previous answer's four cursors.
    const [p1, p2] = result.pages;
    for (const cursor of ['TimeStamp', 'StartIndex', 'TopTimeStamp', 'TopStartIndex']) {
      expect(p2?.body[cursor]).toBe(p1?.response[cursor]);
    }
  });

  it('pages get_contact_group: alice’s conversations with groups or marks, by StartIndex ← NextStartIndex', async () => {
    const marked = alice.filter((c) => c.marks).sort(compareConversations);
    const result = await fetchAllFor(GET_CONTACT_GROUP, {
      ...defaultBody(GET_CONTACT_GROUP),
      From_Account: 'alice',
    });
    expect(result.status).toBe('complete');
    expect(result.error).toBeUndefined();
    expect(result.duplicates).toEqual([]);
    expect(result.anomalies).toEqual([]);
    expect(result.pages).toHaveLength(Math.ceil(marked.length / CONTACT_GROUP_PAGE_SIZE));
    expect(result.pages.map((p) => p.body['StartIndex'])).toEqual(
      result.pages.map((_, n) => n * CONTACT_GROUP_PAGE_SIZE),
    );
    // Every marked conversation once, in order; the item key is the description's.
    const keys = result.items.map((i) => {
      const o = i as { Type: number; To_Account?: string; ToGroupId?: string };
      return `${o.Type}:${o.To_Account ?? o.ToGroupId}`;
    });
    expect(keys).toEqual(marked.map((c) => `${c.Type}:${c.peer}`));
    const spec = paginationSpecFor(GET_CONTACT_GROUP);
    expect(spec?.itemKey(result.items[0])).toBe(`${marked[0]?.Type}:${marked[0]?.peer}`);
  });

  it('gets the same pages from "Next page" on the body text as from "Fetch all pages"', async () => {
    const service = new SandboxService({ now: () => NOW_MS });
    let text = formatBody(
      { ...defaultBody(GET_CONTACT_GROUP), From_Account: 'alice' },
      GET_CONTACT_GROUP,
    );
    const items: unknown[] = [];
    const texts: string[] = [];
    for (let page = 0; page < 10; page++) {
      texts.push(text);
      const answer = await send(service, GET_CONTACT_GROUP, text);
      items.push(...((answer as { ContactItem: unknown[] }).ContactItem ?? []));
      const next = nextPageBodyText(GET_CONTACT_GROUP, text, answer);
      if (!next.ok) throw new Error(en(next.message));
      if (next.complete) break;
      text = next.text;
    }
    const all = await fetchAllFor(GET_CONTACT_GROUP, { From_Account: 'alice', StartIndex: 0 });
    expect(items).toEqual(all.items);
    // Byte for byte: the runner sends the bodies Next page builds.
    expect(all.pages.map((p) => p.text)).toEqual(texts);
    expect(texts).toHaveLength(3);
  });

  it('stops on the sandbox’s error answer, whichever endpoint it pages', async () => {
    for (const desc of [GET_LIST, GET_CONTACT_GROUP]) {
      const result = await fetchAllFor(desc, { ...defaultBody(desc), From_Account: 'dave' });
      expect(result.status, desc.id).toBe('error');
      expect(result.error).toMatchObject({ kind: 'service', code: 50001, page: 1 });
    }
  });

  it('has no spec for the endpoints that do not page', () => {
    expect(paginationSpecFor(DELETE_CONVERSATION)).toBeNull();
    expect(paginationSpecFor(GET_C2C_UNREAD_MSG_NUM)).toBeNull();
  });
});
