// Beyond get_list (issue 9): the endpoint picker, the described neighbours in the sandbox
// (delete, get_c2c_unread_msg_num, get_contact_group) and raw mode for any other v4 path,
// signed, sent, kept in history, shared by link and loaded from the inspector.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { curlCommand } from '../../src/lib/api/codegen';
import { buildExactRequest } from '../../src/lib/api/url';
import { SANDBOX_APP } from '../../src/lib/sandbox/app';
import { genUserSig } from '../../src/lib/usersig';
import { expect, test } from './fixtures';
import { editorReady, editorText, pasteIntoEditor, requestBody } from './helpers';

const SENDMSG_BODY = {
  To_Account: 'bob',
  MsgRandom: 1287657,
  MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } }],
};

const endpoint = (page: Page) => page.getByLabel('Endpoint', { exact: true });
const field = (page: Page, name: string) => page.getByLabel(name, { exact: true });
const send = (page: Page) => page.getByRole('button', { name: 'Send', exact: true }).click();

async function openView(page: Page, name: 'Builder' | 'History' | 'Inspect') {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name }).click();
}

/** Chooses raw mode in the picker and types a path. */
async function rawMode(page: Page, path: string) {
  await endpoint(page).selectOption({ label: 'Raw: any v4/service/command…' });
  await field(page, 'Path').fill(path);
}

test.describe('the endpoint picker', () => {
  test('delete removes the conversation that get_list then no longer returns', async ({ page }) => {
    await page.goto('./');
    await expect(endpoint(page)).toHaveValue('get_list');
    await field(page, 'From_Account').fill('alice');
    await send(page);
    const firstRow = page.getByTestId('items-table').locator('tbody tr').first();
    await expect(firstRow.locator('td').nth(1)).toHaveText('One-to-one');
    const peer = (await firstRow.locator('td').nth(2).textContent())?.trim() ?? '';
    expect(peer).not.toBe('');

    await endpoint(page).selectOption('delete');
    await expect(page.getByTestId('endpoint-path')).toHaveText('POST /v4/recentcontact/delete');
    // Who the request is for carries over; the rest is delete's default body.
    await expect(field(page, 'From_Account')).toHaveValue('alice');
    expect(await requestBody(page)).toEqual({
      From_Account: 'alice',
      Type: 1,
      To_Account: '',
      ClearRamble: 0,
    });
    // Type decides which peer field applies: 2 takes To_Account out and asks for ToGroupid.
    await field(page, 'To_Account').fill(peer);
    await field(page, 'Type').selectOption('2');
    expect(await requestBody(page)).toEqual({
      From_Account: 'alice',
      Type: 2,
      ToGroupid: '',
      ClearRamble: 0,
    });
    await expect(page.getByText('String, required when Type is 1: not sent now.')).toBeVisible();
    await field(page, 'Type').selectOption('1');
    await expect(field(page, 'To_Account')).toHaveValue(peer);
    expect(await requestBody(page)).toEqual({
      From_Account: 'alice',
      Type: 1,
      To_Account: peer,
      ClearRamble: 0,
    });
    await expect(page.getByRole('button', { name: 'Fetch all pages' })).toBeDisabled();
    await send(page);
    await expect(page.getByTestId('outcome')).toContainText('OK');
    await expect(page.getByTestId('outcome')).toContainText('ErrorCode 0');
    // delete answers only the outcome: no table, the JSON as it came.
    await expect(page.getByRole('tab', { name: 'Table' })).toHaveCount(0);
    await expect(page.getByTestId('response-json')).toContainText('"ActionStatus": "OK"');

    await endpoint(page).selectOption('get_list');
    await expect(field(page, 'From_Account')).toHaveValue('alice');
    await page.getByRole('button', { name: 'Fetch all pages' }).click();
    const summary = page.getByTestId('run-summary');
    await expect(summary).toContainText('complete');
    await expect(summary).toContainText('249 conversation(s)');
    const rows = page.getByTestId('items-table').locator('tbody tr');
    await expect(rows).toHaveCount(249);
    await expect(
      rows.filter({ has: page.getByRole('cell', { name: peer, exact: true }) }),
    ).toHaveCount(0);
  });

  test('get_contact_group: Fetch all pages collects 59 items over 3 pages, Next page follows', async ({
    page,
  }) => {
    await page.goto('./');
    await endpoint(page).selectOption('get_contact_group');
    await field(page, 'From_Account').fill('alice');
    await send(page);
    await expect(page.getByTestId('outcome')).toContainText('OK');
    await expect(page.getByText('NextStartIndex', { exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'GroupItem' })).toBeVisible();
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(field(page, 'StartIndex')).not.toHaveValue('0');

    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await field(page, 'From_Account').fill('alice');
    await page.getByRole('button', { name: 'Fetch all pages' }).click();
    const summary = page.getByTestId('run-summary');
    await expect(summary).toContainText('complete');
    await expect(summary).toContainText('3 page(s), 59 conversation(s)');
    await expect(summary).not.toContainText('duplicate');
    await expect(page.getByTestId('items-table').locator('tbody tr')).toHaveCount(59);
  });

  test('get_c2c_unread_msg_num: the total for alice, then per peer with Peer_Account', async ({
    page,
  }) => {
    await page.goto('./');
    await endpoint(page).selectOption('get_c2c_unread_msg_num');
    await expect(page.getByRole('button', { name: 'Fetch all pages' })).toBeDisabled();
    await field(page, 'To_Account').fill('alice');
    await send(page);
    await expect(page.getByTestId('outcome')).toContainText('ErrorCode 0');
    const total = page.getByRole('term').filter({ hasText: 'AllC2CUnreadMsgNum' });
    await expect(total).toBeVisible();
    await expect(page.locator('dd').filter({ hasText: /^7$/ })).toBeVisible();

    // Peer_Account starts absent; added, it takes one UserID per line.
    await page.getByRole('button', { name: 'Add Peer_Account' }).click();
    await field(page, 'Peer_Account').fill('bob\nnobody_here');
    expect(await requestBody(page)).toEqual({
      To_Account: 'alice',
      Peer_Account: ['bob', 'nobody_here'],
    });
    await send(page);
    const perPeer = page.getByTestId('items-table');
    await expect(perPeer.locator('tbody tr')).toHaveCount(1);
    await expect(perPeer.locator('tbody tr').first()).toContainText('bob');
    await expect(page.getByTestId('items-table-ErrorList')).toContainText('nobody_here');
    await expect(page.getByTestId('items-table-ErrorList')).toContainText('70107');
  });
});

test.describe('raw mode', () => {
  test('a raw request is signed, sent, explained, kept in history and shared by link', async ({
    page,
    context,
    browser,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    await editorReady(page);
    await endpoint(page).selectOption({ label: 'Raw: any v4/service/command…' });
    // The path starts as the endpoint's own, which has a form: it says so.
    await expect(field(page, 'Path')).toHaveValue('v4/recentcontact/get_list');
    await expect(page.getByRole('button', { name: 'Use the form' })).toBeVisible();
    await field(page, 'Path').fill('v4/openim');
    // Beside the path field (and, quietly, beside Send until a send is tried).
    await expect(
      page.getByTestId('raw-mode').getByText('A REST path has three parts'),
    ).toBeVisible();
    await send(page);
    await expect(
      page.getByRole('alert').filter({ hasText: 'Path: A REST path has three parts' }),
    ).toBeVisible();
    await field(page, 'Path').fill('v4/openim/sendmsg');
    await expect(page.getByTestId('raw-mode')).toContainText(
      'Sending One-to-One Messages to One User',
    );
    await expect(page.getByRole('button', { name: 'Use the form' })).toHaveCount(0);
    await expect(page.getByTestId('endpoint-path')).toHaveText('POST /v4/openim/sendmsg');
    expect(await requestBody(page)).toEqual({});
    await pasteIntoEditor(page, context, JSON.stringify(SENDMSG_BODY, null, 2));
    await expect.poll(() => requestBody(page)).toEqual(SENDMSG_BODY);

    // Signed: the URL carries the UserSig (masked until revealed) for this path.
    const url = page.getByTestId('request-url');
    await expect(url).toContainText('/v4/openim/sendmsg?sdkappid=');
    await expect(url).toContainText('usersig=');
    await send(page);
    await expect(page.getByTestId('outcome')).toContainText('FAIL');
    await expect(page.getByTestId('outcome')).toContainText('ErrorCode 60009');
    await expect(page.getByTestId('outcome')).toContainText('not a command of this service');
    const explain = page.getByTestId('explanation');
    await expect(explain).toContainText('60009');
    await expect(explain).toContainText('The in-page sandbox serves only');
    await expect(page.getByTestId('response-json')).toContainText('"ErrorCode": 60009');

    // Kept in history, named by its path, and loaded back into raw mode from another endpoint.
    await endpoint(page).selectOption('get_list');
    await openView(page, 'History');
    const entries = page
      .getByRole('list', { name: 'Requests, newest first' })
      .getByRole('listitem');
    await expect(entries).toHaveCount(1);
    await expect(entries.first()).toContainText('v4/openim/sendmsg');
    await expect(entries.first()).toContainText('raw');
    await expect(entries.first()).toContainText('FAIL 60009');
    await entries
      .first()
      .getByRole('button', { name: /^Details/ })
      .click();
    await expect(entries.first()).toContainText(
      'Sending One-to-One Messages to One User · v4/openim/sendmsg (raw mode)',
    );
    await entries
      .first()
      .getByRole('button', { name: /^Load into the builder/ })
      .click();
    await expect(endpoint(page)).toHaveValue('raw…');
    await expect(field(page, 'Path')).toHaveValue('v4/openim/sendmsg');
    expect(await requestBody(page)).toEqual(SENDMSG_BODY);

    // Re-send from history sends the same raw request again.
    await openView(page, 'History');
    await entries
      .first()
      .getByRole('button', { name: /^Re-send/ })
      .click();
    await expect(page.getByTestId('outcome')).toContainText('ErrorCode 60009');
    await openView(page, 'History');
    await expect(entries).toHaveCount(2);
    await expect(entries.first()).toContainText('v4/openim/sendmsg');
    await openView(page, 'Builder');

    // Shared by link: a fresh browser opens raw mode with the same path and body.
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Copied to the clipboard.')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const fresh = await browser.newContext({ baseURL });
    const p = await fresh.newPage();
    const errors: string[] = [];
    p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    p.on('pageerror', (e) => errors.push(e.message));
    await p.goto(link);
    await expect(p.getByTestId('link-notice')).toContainText('Loaded from a link');
    await expect(p.getByTestId('link-set')).toContainText('Endpoint: raw:v4/openim/sendmsg');
    await expect(endpoint(p)).toHaveValue('raw…');
    await expect(field(p, 'Path')).toHaveValue('v4/openim/sendmsg');
    expect(await requestBody(p)).toEqual(SENDMSG_BODY);
    await editorReady(p);
    expect(JSON.parse(await editorText(p))).toEqual(SENDMSG_BODY);
    await expect(p.getByTestId('outcome')).toHaveCount(0);
    expect(errors).toEqual([]);
    await fresh.close();
  });

  test('a described path typed in raw mode offers its form', async ({ page }) => {
    await page.goto('./');
    await field(page, 'From_Account').fill('carol');
    await rawMode(page, '/v4/recentcontact/delete');
    await expect(page.getByTestId('endpoint-path')).toHaveText('POST /v4/recentcontact/delete');
    await page.getByRole('button', { name: 'Use the form' }).click();
    await expect(endpoint(page)).toHaveValue('delete');
    await expect(field(page, 'Path')).toHaveCount(0);
    await expect(field(page, 'Type')).toHaveValue('1');
  });

  test('the inspector loads a pasted request for another v4 path into raw mode', async ({
    page,
  }) => {
    await page.goto('./');
    await openView(page, 'Inspect');
    const panel = page.getByRole('region', { name: 'Inspect' });
    const userSig = await genUserSig({
      sdkAppId: SANDBOX_APP.sdkAppId,
      key: SANDBOX_APP.key,
      identifier: SANDBOX_APP.admin,
      expire: 3600,
    });
    const command = curlCommand({
      request: buildExactRequest(
        {
          origin: 'https://adminapisgp.im.qcloud.com',
          path: 'v4/openim/sendmsg',
          sdkAppId: String(SANDBOX_APP.sdkAppId),
          identifier: SANDBOX_APP.admin,
          userSig,
          random: 42,
        },
        JSON.stringify(SENDMSG_BODY),
      ),
      userSig: { mode: 'real', expiresAt: Math.floor(Date.now() / 1000) + 3600 },
    });
    await panel.getByLabel('UserSig, request URL or curl command').fill(command);
    await panel.getByRole('button', { name: 'Load into builder' }).click();
    await expect(page.getByTestId('inspect-loaded')).toContainText(
      'v4/openim/sendmsg in raw mode with the pasted body',
    );
    await expect(endpoint(page)).toHaveValue('raw…');
    await expect(field(page, 'Path')).toHaveValue('v4/openim/sendmsg');
    expect(await requestBody(page)).toEqual(SENDMSG_BODY);
  });
});

/** Serious and critical axe violations on the page as it stands. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the picker, delete's form, two answer tables and raw mode pass axe (${scheme})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./');
    await editorReady(page);
    await endpoint(page).selectOption('delete');
    await field(page, 'Type').selectOption('2');
    expect(await seriousViolations(page)).toEqual([]);
    await endpoint(page).selectOption('get_c2c_unread_msg_num');
    await field(page, 'To_Account').fill('alice');
    await page.getByRole('button', { name: 'Add Peer_Account' }).click();
    await field(page, 'Peer_Account').fill('bob\nnobody_here');
    await send(page);
    await expect(page.getByTestId('items-table-ErrorList')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await rawMode(page, 'v4/openim/sendmsg');
    await send(page);
    await expect(page.getByTestId('explanation')).toContainText('60009');
    expect(await seriousViolations(page)).toEqual([]);
  });
}
