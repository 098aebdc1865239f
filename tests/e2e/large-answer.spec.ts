// Large answers stay responsive (issue 14.3): a 100,000-item get_list answer (about 7 MB),
// served from a route on a custom loopback host, is parsed, tabled and recorded without
// freezing the page. The longest main-thread task is measured with a PerformanceObserver and
// printed; the test asserts behaviour (the first rows show, typing works, the table scrolls),
// not timings, which depend on the machine.
import type { Page } from '@playwright/test';
import { compareToggle, editorReady, historyEntries, useCustomHost } from './helpers';
import { expect, test } from './fixtures';

const HOST = 'http://127.0.0.1:65012';
const ITEMS = 100_000;

/** A get_list answer of `n` one-to-one conversations, newest first, CompleteFlag 1. */
function bigAnswer(n: number): string {
  const items: string[] = [];
  for (let i = 0; i < n; i++) {
    const peer = `user${String(i).padStart(6, '0')}`;
    items.push(
      `{"Type":1,"To_Account":"${peer}","MsgTime":${1_700_000_000 - i},"TopFlag":${i % 50 === 0 ? 1 : 0}}`,
    );
  }
  return (
    '{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":"","CompleteFlag":1,' +
    '"TimeStamp":0,"StartIndex":0,"TopTimeStamp":0,"TopStartIndex":0,' +
    `"SessionItem":[${items.join(',')}]}`
  );
}

/** Records every long task (over 50 ms) from the start, and every slow input event. */
function observeTasks() {
  const w = window as unknown as { __longTasks: number[]; __slowEvents: number[] };
  w.__longTasks = [];
  w.__slowEvents = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'keydown') w.__slowEvents.push(e.duration);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

async function longest(page: Page, which: '__longTasks' | '__slowEvents'): Promise<number> {
  return page.evaluate(
    (k) => Math.max(0, ...((window as unknown as Record<string, number[]>)[k] ?? [])),
    which,
  );
}

test('a 100,000-item answer shows its first rows and the page keeps answering', async ({
  page,
}) => {
  test.setTimeout(120_000);
  let body = bigAnswer(ITEMS);
  await page.route(`${HOST}/v4/**`, (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' },
      body,
    }),
  );
  await page.addInitScript(observeTasks);
  await useCustomHost(page, HOST);
  await page.getByLabel('From_Account', { exact: true }).fill('alice');
  // Monaco's start-up is a long task of its own: measure from after it.
  await editorReady(page);
  await page.waitForTimeout(500);
  await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('outcome')).toContainText('OK', { timeout: 60_000 });
  const table = page.getByTestId('items-table');
  await expect(table).toContainText('user000000', { timeout: 60_000 });
  await expect(table.getByRole('caption')).toContainText('100,000');

  // Typing right after the answer lands: every key reaches the field.
  const from = page.getByLabel('From_Account', { exact: true });
  await from.fill('');
  await from.pressSequentially('bobby');
  await expect(from).toHaveValue('bobby');
  // Let history record the answer before measuring.
  await page.waitForTimeout(1500);
  const answered = Math.round(await longest(page, '__longTasks'));
  const keys = Math.round(await longest(page, '__slowEvents'));

  // Only the rows in view are in the page; scrolling to the end shows the last one.
  const inView = await table.locator('tbody tr[aria-rowindex]').count();
  expect(inView).toBeLessThan(100);
  // A taller box shows more rows at once, without a scroll: its height is observed.
  await page.getByRole('region', { name: 'SessionItem' }).evaluate((el) => {
    el.style.maxHeight = '64rem';
  });
  await expect
    .poll(() => table.locator('tbody tr[aria-rowindex]').count())
    .toBeGreaterThan(inView + 10);
  await expect(table).toHaveAttribute('aria-rowcount', String(ITEMS + 1));
  await page.getByRole('region', { name: 'SessionItem' }).evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(table.locator('tbody tr').filter({ hasText: 'user099999' })).toHaveCount(1);

  // Sorting 100,000 rows: the header's state and the first row follow.
  await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
  const peer = table.getByRole('columnheader', { name: 'Peer or group ID' });
  await peer.getByRole('button').click();
  await expect(peer).toHaveAttribute('aria-sort', 'ascending');
  await peer.getByRole('button').click();
  await expect(peer).toHaveAttribute('aria-sort', 'descending');
  await page.getByRole('region', { name: 'SessionItem' }).evaluate((el) => {
    el.scrollTop = 0;
  });
  await expect(table.locator('tbody tr[aria-rowindex="2"]')).toContainText('user099999');
  const sorting = Math.round(await longest(page, '__longTasks'));

  // The raw view folds: the 100,000 items are one line until opened, then ranges.
  await page.getByRole('tab', { name: 'JSON' }).click();
  const json = page.getByTestId('response-json');
  await expect(json).toContainText('"SessionItem": [ 100,000 items ]');
  await json.getByRole('button', { name: 'Unfold' }).first().click();
  await expect(json).toContainText('[0 … 9999]');
  expect(await json.locator('li').count()).toBeLessThan(40);

  // History kept a capped copy and says what was cut; Compare from history says why that copy
  // cannot be compared instead of comparing a part as if it were the whole.
  body = bigAnswer(3);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(page.getByTestId('items-table').locator('tbody tr')).toHaveCount(3);
  const entries = await historyEntries(page, 2);
  const huge = entries.nth(1);
  await huge.getByRole('button', { name: /^Details/ }).click();
  await expect(huge.getByRole('note')).toContainText(
    /History kept only the first 256 KB of this [\d,]+ KB response/,
  );
  await compareToggle(huge).click();
  await compareToggle(entries.nth(0)).click();
  await expect(page.getByTestId('compare')).toContainText(
    /Nothing to compare: .*: history kept only the start of its large answer/,
  );
  console.log(
    `100,000-item answer: longest task ${answered} ms, slowest keystroke ${keys} ms, ` +
      `longest task while sorting ${sorting} ms`,
  );
});
