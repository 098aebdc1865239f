// The answer as a workbench (issue 13.5, 13.6): the table sorts by each column (the header is a
// button and carries aria-sort), filters by text and by type and pinned, exports what it shows as
// CSV and JSON; Compare diffs an answer with the previous send of its endpoint, or two history
// entries. And Fetch all pages against a server that never says CompleteFlag 1 ends cleanly,
// saying why (issue 14.2).
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import {
  compareToggle,
  historyEntries,
  pasteIntoEditor,
  requestBody,
  sendFor,
  useCustomHost,
} from './helpers';
import { expect, test } from './fixtures';

const table = (page: Page) => page.getByTestId('items-table');
const rows = (page: Page) => table(page).locator('tbody tr');

/** The text of column `n` (0 is "#") of every row shown. */
async function column(page: Page, n: number): Promise<string[]> {
  return rows(page).evaluateAll(
    (trs, i) => trs.map((tr) => (tr as HTMLTableRowElement).cells[i]?.textContent?.trim() ?? ''),
    n,
  );
}

async function saved(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, 'utf8');
}

function header(page: Page, name: string): Locator {
  return table(page).getByRole('columnheader', { name });
}

test('the table sorts by a column, both ways, and back to the answer’s order', async ({ page }) => {
  await page.goto('./');
  await sendFor(page, 'alice');
  await expect(rows(page)).toHaveCount(100);
  const peer = header(page, 'Peer or group ID');
  await expect(peer).not.toHaveAttribute('aria-sort');

  await peer.getByRole('button').click();
  await expect(peer).toHaveAttribute('aria-sort', 'ascending');
  const collator = new Intl.Collator('en-US', { numeric: true, sensitivity: 'base' });
  const asc = await column(page, 2);
  expect(asc).toEqual([...asc].sort(collator.compare));

  await peer.getByRole('button').click();
  await expect(peer).toHaveAttribute('aria-sort', 'descending');
  const desc = await column(page, 2);
  expect(desc).toEqual([...asc].reverse());

  // MsgTime sorts by the time, not by its text; "#" brings back the answer's order.
  const time = header(page, 'Last message (MsgTime)');
  await time.getByRole('button').click();
  await expect(time).toHaveAttribute('aria-sort', 'ascending');
  await expect(peer).not.toHaveAttribute('aria-sort');
  const numbers = (await column(page, 0)).map(Number);
  expect(new Set(numbers).size).toBe(100);
  await header(page, '#').getByRole('button').click();
  expect((await column(page, 0)).map(Number)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
});

test('the table filters by text over the IDs, and by type and pinned', async ({ page }) => {
  await page.goto('./');
  await sendFor(page, 'alice');
  await expect(rows(page)).toHaveCount(100);

  await page.getByLabel('Filter', { exact: true }).fill('BOB');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('bob');
  await expect(page.getByTestId('table-shown')).toHaveText('1 of 100 shown');
  await page.getByLabel('Filter', { exact: true }).fill('');
  await expect(rows(page)).toHaveCount(100);

  await page.getByLabel('Filter by Type').selectOption('v:Group');
  const groups = await column(page, 1);
  expect(groups.length).toBeGreaterThan(0);
  expect(groups.every((t) => t === 'Group')).toBe(true);

  await page.getByLabel('Filter by Type').selectOption('all');
  await page.getByLabel('Filter by Pinned').selectOption('v:Pinned');
  const pinned = await column(page, 4);
  expect(pinned.length).toBeGreaterThan(0);
  expect(pinned.every((t) => t === 'Pinned')).toBe(true);
  await page.getByLabel('Filter by Pinned').selectOption('v:');
  expect((await column(page, 4)).every((t) => t === '')).toBe(true);
  expect(pinned.length + (await rows(page).count())).toBe(100);
});

test('after Fetch all pages, CSV holds a header and all 250 conversations; JSON what is shown', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByLabel('From_Account', { exact: true }).fill('alice');
  await page.getByRole('button', { name: 'Fetch all pages' }).click();
  await expect(page.getByTestId('run-summary')).toContainText('250 conversation(s)');

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/^get_list-alice-\d{8}-\d{6}\.csv$/);
  const text = await saved(csv);
  const lines = text.trimEnd().split('\r\n');
  expect(lines).toHaveLength(251);
  expect(lines[0]).toBe('#,Type,Peer or group ID,Last message (MsgTime),Pinned');
  expect(new Set(lines.slice(1).map((l) => l.split(',')[0])).size).toBe(250);

  await page.getByLabel('Filter', { exact: true }).fill('carol');
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  expect(json.suggestedFilename()).toMatch(/^get_list-alice-\d{8}-\d{6}\.json$/);
  expect(JSON.parse(await saved(json))).toEqual([
    expect.objectContaining({ Type: 1, To_Account: 'carol' }),
  ]);
});

test('Compare: bob with AssistFlags 7, then 5, shows carol (the empty conversation) removed', async ({
  page,
}) => {
  await page.goto('./');
  await sendFor(page, 'bob');
  await expect(rows(page)).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Compare', exact: true })).toBeDisabled();
  await page.getByLabel('Empty conversations (bit 1)').uncheck();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(rows(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const compare = page.getByTestId('compare');
  await expect(compare.getByTestId('compare-counts')).toHaveText(
    '0 added, 1 removed, 0 changed, 2 the same',
  );
  await expect(compare.getByRole('list', { name: 'Removed' })).toHaveText('carol');
  await compare.getByRole('button', { name: 'Close' }).click();
  await expect(compare).toHaveCount(0);

  // The same two answers, picked in history.
  const entries = await historyEntries(page, 2);
  await compareToggle(entries.nth(0)).click();
  await expect(page.getByText('Pick one more entry to compare it with.')).toBeVisible();
  await compareToggle(entries.nth(1)).click();
  await expect(compareToggle(entries.nth(1))).toHaveAttribute('aria-pressed', 'true');
  const fromHistory = page.getByTestId('compare');
  await expect(fromHistory.getByTestId('compare-counts')).toHaveText(
    '0 added, 1 removed, 0 changed, 2 the same',
  );
  await expect(fromHistory.getByRole('list', { name: 'Removed' })).toHaveText('carol');
});

test('a family table: account_check sorts, filters by its facets, exports, and compares', async ({
  page,
  context,
}) => {
  await page.goto('./');
  const endpoint = page.getByLabel('Endpoint', { exact: true });
  const check = JSON.stringify({ CheckItem: [{ UserID: 'erin' }, { UserID: 'alice' }] });
  await endpoint.selectOption('account_check');
  await pasteIntoEditor(page, context, check);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(rows(page)).toHaveCount(2);
  expect(await column(page, 1)).toEqual(['erin', 'alice']);
  await header(page, 'UserID').getByRole('button').click();
  expect(await column(page, 1)).toEqual(['alice', 'erin']);
  await expect(header(page, 'UserID')).toHaveAttribute('aria-sort', 'ascending');

  const status = page.getByLabel('Filter by AccountStatus');
  await status.selectOption({ label: 'NotImported · import it with account_import (1)' });
  expect(await column(page, 1)).toEqual(['erin']);
  await expect(page.getByTestId('table-shown')).toHaveText('1 of 2 shown');
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/^account_check-no-account-\d{8}-\d{6}\.csv$/);
  expect((await saved(csv)).trimEnd().split('\r\n')).toEqual([
    '#,UserID,AccountStatus,ResultCode,ResultInfo',
    '1,erin,NotImported · import it with account_import,0 · success,',
  ]);
  await status.selectOption({ label: 'All' });
  await expect(rows(page)).toHaveCount(2);

  // erin imported, then checked again: Compare names her changed, alice the same.
  await endpoint.selectOption('account_import');
  await pasteIntoEditor(page, context, '{"UserID":"erin"}');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('outcome')).toContainText('OK');
  await endpoint.selectOption('account_check');
  await pasteIntoEditor(page, context, check);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(rows(page)).toHaveCount(2);
  // The sort kept across sends, by its column.
  expect(await column(page, 1)).toEqual(['alice', 'erin']);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const compare = page.getByTestId('compare');
  await expect(compare.getByTestId('compare-counts')).toHaveText(
    '0 added, 0 removed, 1 changed, 1 the same',
  );
  await expect(compare).toContainText('erin');
  await expect(compare).toContainText('AccountStatus');
});

test('a get_list row’s Unread… prepares its unread count, unsent', async ({ page }) => {
  await page.goto('./');
  await sendFor(page, 'alice');
  const bob = rows(page).filter({ has: page.getByRole('cell', { name: 'bob', exact: true }) });
  await bob.getByRole('button', { name: 'Unread count with bob' }).click();
  await expect(page.getByLabel('Endpoint', { exact: true })).toHaveValue('get_c2c_unread_msg_num');
  expect(await requestBody(page)).toEqual({ To_Account: 'alice', Peer_Account: ['bob'] });
});

test.describe('Fetch all pages against a server that never completes', () => {
  const HOST = 'http://127.0.0.1:65013';

  /** Answers every page with CompleteFlag 0, 100 fresh conversations and fresh cursors. */
  async function endless(page: Page) {
    let n = 0;
    await page.route(`${HOST}/v4/**`, (route) => {
      n++;
      const items = Array.from({ length: 100 }, (_, i) => ({
        Type: 1,
        To_Account: `peer${n}-${i}`,
        MsgTime: 1_700_000_000 - n * 100 - i,
        TopFlag: 0,
      }));
      return route.fulfill({
        status: 200,
        headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' },
        body: JSON.stringify({
          ActionStatus: 'OK',
          ErrorCode: 0,
          ErrorInfo: '',
          CompleteFlag: 0,
          TimeStamp: 1_700_000_000 - n * 100,
          StartIndex: n * 100,
          TopTimeStamp: 0,
          TopStartIndex: 0,
          SessionItem: items,
        }),
      });
    });
    return () => n;
  }

  test('it stops at the page limit, says why, and keeps every page', async ({ page }) => {
    test.setTimeout(90_000);
    const calls = await endless(page);
    await useCustomHost(page, HOST);
    // Direct: the host's calls are counted, and Auto (the default, issue 17) would probe first.
    await page.getByLabel('Direct from this browser').check();
    await page.getByLabel('From_Account', { exact: true }).fill('alice');
    await page.getByLabel('Calls per second at most').fill('200');
    await expect(page.getByLabel('Fetch all: pages at most')).toHaveValue('200');
    await page.getByRole('button', { name: 'Fetch all pages' }).click();
    const summary = page.getByTestId('run-summary');
    await expect(summary).toContainText('stopped at a limit', { timeout: 60_000 });
    await expect(summary).toContainText('200 page(s), 20000 conversation(s)');
    await expect(summary).toContainText('Stopped at the page limit: 200 pages fetched');
    expect(calls()).toBe(200);
    await expect(table(page).getByRole('caption')).toContainText('20,000');
  });

  test('it stops at the item limit set beside the button', async ({ page }) => {
    const calls = await endless(page);
    await useCustomHost(page, HOST);
    // Direct: the host's calls are counted, and Auto (the default, issue 17) would probe first.
    await page.getByLabel('Direct from this browser').check();
    await page.getByLabel('From_Account', { exact: true }).fill('alice');
    await page.getByLabel('Calls per second at most').fill('200');
    await page.getByLabel('Fetch all: items at most').fill('450');
    await page.getByRole('button', { name: 'Fetch all pages' }).click();
    const summary = page.getByTestId('run-summary');
    await expect(summary).toContainText('Stopped at the item limit: 500 items collected');
    expect(calls()).toBe(5);
  });
});
