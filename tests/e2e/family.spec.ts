// The conversation family (issue 16): accounts imported into the page's sandbox and listed,
// conversation groups and marks made by their endpoints and seen in get_list with AssistFlags 63,
// the nested rows' form in step with the JSON editor, the flows between endpoints (50001 →
// account_import; a row's Group… and Mark…), Reset sandbox, and the state kept across a reload.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { editorReady, editorText, pasteIntoEditor, requestBody } from './helpers';

const endpoint = (page: Page) => page.getByLabel('Endpoint', { exact: true });
const field = (page: Page, name: string) => page.getByLabel(name, { exact: true });
const send = (page: Page) => page.getByRole('button', { name: 'Send', exact: true }).click();
const table = (page: Page) => page.getByTestId('items-table');
const outcome = (page: Page) => page.getByTestId('outcome');

/** The main table's row whose cell is exactly `peer`. */
function rowOf(page: Page, peer: string): Locator {
  return table(page)
    .locator('tbody tr')
    .filter({ has: page.locator('td', { hasText: new RegExp(`^${peer}$`) }) });
}

/** The text of a row's cell under `header` in the main table. */
async function cell(page: Page, row: Locator, header: string): Promise<string> {
  const headers = await table(page).locator('thead th').allTextContents();
  const at = headers.indexOf(header);
  expect(at, `column ${header} in ${headers.join(' | ')}`).toBeGreaterThanOrEqual(0);
  return ((await row.locator('td').nth(at).textContent()) ?? '').trim();
}

/** get_list for `account` with AssistFlags 63 (marks and groups), sent; waits for the answer. */
async function listWithMarks(page: Page, account: string) {
  await endpoint(page).selectOption('get_list');
  await field(page, 'From_Account').fill(account);
  await field(page, 'AssistFlags').fill('63');
  await send(page);
  await expect(table(page)).toBeVisible();
}

/** Makes the group `name` for alice holding bob, through create_contact_group's form. */
async function createGroupForAlice(page: Page, name: string) {
  await endpoint(page).selectOption('create_contact_group');
  await field(page, 'From_Account').fill('alice');
  await field(page, 'GroupName').fill(name);
  await field(page, 'To_Account').fill('bob');
  expect(await requestBody(page)).toEqual({
    From_Account: 'alice',
    GroupContactItem: [{ GroupName: name, ContactItem: [{ Type: 1, To_Account: 'bob' }] }],
  });
  await send(page);
  await expect(outcome(page)).toContainText('OK');
}

test.describe('the conversation family in the sandbox', () => {
  test('50001 prepares account_import; the imported account is listed, and checked', async ({
    page,
  }) => {
    await page.goto('./');
    await field(page, 'From_Account').fill('dave');
    await send(page);
    await expect(outcome(page)).toContainText('50001');
    await page.getByRole('button', { name: 'Prepare account_import for this UserID' }).click();
    await expect(endpoint(page)).toHaveValue('account_import');
    expect(await requestBody(page)).toMatchObject({ UserID: 'dave' });
    await send(page);
    await expect(outcome(page)).toContainText('OK');

    await endpoint(page).selectOption('get_list');
    await field(page, 'From_Account').fill('dave');
    await send(page);
    await expect(outcome(page)).toContainText('OK');
    await expect(page.getByText('CompleteFlag')).toBeVisible();

    // account_check: its CheckItem rows in the nested form, the answer as a table.
    await endpoint(page).selectOption('account_check');
    const rows = page.getByTestId('rows-CheckItem');
    await rows.getByLabel('UserID', { exact: true }).first().fill('dave');
    await rows.getByRole('button', { name: 'Add CheckItem' }).click();
    await rows.getByLabel('UserID', { exact: true }).nth(1).fill('erin');
    expect(await requestBody(page)).toEqual({
      CheckItem: [{ UserID: 'dave' }, { UserID: 'erin' }],
    });
    await send(page);
    await expect(rowOf(page, 'dave')).toContainText('Imported');
    await expect(rowOf(page, 'erin')).toContainText('NotImported');
  });

  test('a group for alice holding bob shows in get_list with 63 (by name), never with 7', async ({
    page,
  }) => {
    await page.goto('./');
    await createGroupForAlice(page, 'Climbing');
    // The answer's GroupResultItem as a table, its ResultCode explained.
    // (In a cell: the table's ResultCode filter names the same values.)
    await expect(table(page).getByRole('cell', { name: '0 · success' }).first()).toBeVisible();

    await listWithMarks(page, 'alice');
    expect(await cell(page, rowOf(page, 'bob'), 'ContactGroupId')).toMatch(/Climbing \(\d+\)/);

    await field(page, 'AssistFlags').fill('7');
    await send(page);
    await expect(rowOf(page, 'bob')).toBeVisible();
    const headers = await table(page).locator('thead th').allTextContents();
    expect(headers).not.toContain('ContactGroupId');
    expect(headers).not.toContain('StandardMark');
  });

  test('a row’s Mark… stars bob; get_list and search_contact_group show the mark', async ({
    page,
  }) => {
    await page.goto('./');
    await listWithMarks(page, 'alice');
    await rowOf(page, 'bob').getByRole('button', { name: 'Mark…' }).click();
    await expect(endpoint(page)).toHaveValue('mark_contact');
    expect(await requestBody(page)).toEqual({
      From_Account: 'alice',
      MarkItem: [{ OptType: 1, ContactItem: { Type: 1, To_Account: 'bob' }, SetMark: [0] }],
    });
    // Bit 3 (hide) as well, typed into the row's SetMark.
    await field(page, 'SetMark').fill('0, 3');
    await send(page);
    await expect(outcome(page)).toContainText('OK');

    await listWithMarks(page, 'alice');
    expect(await cell(page, rowOf(page, 'bob'), 'StandardMark')).toBe('1001 · star, hide');

    await endpoint(page).selectOption('search_contact_group');
    await field(page, 'From_Account').fill('alice');
    await field(page, 'To_Account').fill('bob');
    await send(page);
    await expect(outcome(page)).toContainText('OK');
    await expect(page.getByText('1001 · star, hide').first()).toBeVisible();
  });

  test('a row’s Group… prepares create_contact_group for that conversation', async ({ page }) => {
    await page.goto('./');
    await listWithMarks(page, 'alice');
    await rowOf(page, 'bob').getByRole('button', { name: 'Group…' }).click();
    await expect(endpoint(page)).toHaveValue('create_contact_group');
    expect(await requestBody(page)).toEqual({
      From_Account: 'alice',
      GroupContactItem: [{ GroupName: '', ContactItem: [{ Type: 1, To_Account: 'bob' }] }],
    });
    // What is left to fill is in the row's form: the new group's name.
    await expect(field(page, 'GroupName')).toHaveValue('');
    await expect(page.getByTestId('rows-GroupContactItem-0-ContactItem')).toBeVisible();
  });

  test('rows added in the form reach the editor, and rows pasted in the editor reach the form', async ({
    page,
    context,
  }) => {
    await page.goto('./');
    await editorReady(page);
    await endpoint(page).selectOption('mark_contact');
    const rows = page.getByTestId('rows-MarkItem');
    await expect(rows.locator('fieldset.row')).toHaveCount(1);
    await rows.getByRole('button', { name: 'Add MarkItem' }).last().click();
    await expect(rows.getByRole('group', { name: 'MarkItem 2' })).toBeVisible();
    await expect
      .poll(async () => (await requestBody(page)) as object)
      .toMatchObject({
        MarkItem: [{}, {}],
      });
    await expect.poll(() => editorText(page)).toMatch(/"MarkItem": \[[\s\S]*\},\s*\{/);
    await rows.getByRole('button', { name: 'Remove MarkItem 1' }).click();
    await expect(rows.locator('fieldset.row')).toHaveCount(1);

    const pasted = {
      From_Account: 'alice',
      MarkItem: [1, 2, 3].map((n) => ({
        OptType: 1,
        ContactItem: { Type: 1, To_Account: `peer${n}` },
        SetMark: [n],
      })),
    };
    await pasteIntoEditor(page, context, JSON.stringify(pasted, null, 2));
    await expect(rows.locator('fieldset.row')).toHaveCount(3);
    await expect(rows.getByLabel('To_Account', { exact: true }).nth(2)).toHaveValue('peer3');
    await expect(rows.getByLabel('SetMark', { exact: true }).nth(1)).toHaveValue('2');
  });

  test('Reset sandbox brings the seed back; the state survives a reload', async ({ page }) => {
    await page.goto('./');
    const state = page.getByTestId('sandbox-state');
    const groups = async () => {
      await expect(state).toContainText('conversation groups');
      return Number(/(\d+) conversation groups/.exec((await state.textContent()) ?? '')?.[1]);
    };
    const seeded = await groups();
    await createGroupForAlice(page, 'Kept');
    await expect(state).toContainText(`${seeded + 1} conversation groups`);

    await page.reload();
    await expect(state).toContainText(`${seeded + 1} conversation groups`);
    await listWithMarks(page, 'alice');
    expect(await cell(page, rowOf(page, 'bob'), 'ContactGroupId')).toMatch(/Kept \(\d+\)/);

    await state.getByRole('button', { name: 'Reset sandbox' }).click();
    await expect(state).toContainText(`${seeded} conversation groups`);
    await send(page);
    await expect(table(page)).toBeVisible();
    expect(await cell(page, rowOf(page, 'bob'), 'ContactGroupId')).not.toMatch(/Kept/);
    await page.reload();
    await expect(state).toContainText(`${seeded} conversation groups`);
  });
});
