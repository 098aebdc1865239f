// Storage that throws, is blocked or is full must leave a working app that says what is off
// (issue 14.7): inside another site's frame (third-party storage blocked), where the browser
// disables storage, and where localStorage is full. Chromium partitions third-party storage
// rather than blocking it, so an init script makes the getters throw as a blocking browser's do
// ("SecurityError: Failed to read the 'localStorage' property from 'Window'").
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FrameLocator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Makes localStorage, sessionStorage and indexedDB throw on every read of the property. */
function blockStorage(where: 'frames' | 'everywhere') {
  return `(() => {
    if (${where === 'frames'} && window.top === window) return;
    for (const name of ['localStorage', 'sessionStorage', 'indexedDB']) {
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException("Failed to read the '" + name + "' property from 'Window': Access is denied for this document.", 'SecurityError');
        },
      });
    }
  })();`;
}

/** Fills in a sandbox request and sends it: the app is interactive and Send works. */
async function sendFromSandbox(app: Page | FrameLocator) {
  await expect(app.getByRole('heading', { name: 'Chat REST Playground' })).toBeVisible();
  await app.getByLabel('From_Account', { exact: true }).fill('alice');
  await app.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(app.getByTestId('outcome')).toContainText('OK');
  await expect(app.getByTestId('items-table').locator('tbody tr')).toHaveCount(100);
}

async function expectHistoryOff(app: Page | FrameLocator) {
  await app
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'History' })
    .click();
  await expect(app.getByTestId('history-off')).toContainText(
    'History is off: this browser does not let the page store anything here',
  );
  await expect(app.getByTestId('history-off')).toContainText(
    '1 send of this tab could not be kept',
  );
}

test.describe('storage that throws', () => {
  let framer: Server;
  let framerOrigin = '';

  test.beforeAll(async () => {
    // Another site (localhost is not 127.0.0.1's site) that frames the app, as an embedding
    // page or a documentation site would.
    const app = String(test.info().project.use.baseURL);
    framer = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><title>Framing site</title><iframe title="Chat REST Playground" src="${app}" style="width:1200px;height:1400px"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
    framerOrigin = `http://localhost:${(framer.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => framer.close(() => resolve())));

  test('inside a cross-site frame with storage blocked, the app works and says what is off', async ({
    page,
  }) => {
    await page.context().addInitScript(blockStorage('frames'));
    await page.goto(`${framerOrigin}/`);
    const app = page.frameLocator('iframe');
    await sendFromSandbox(app);
    await expect(app.getByTestId('storage-note')).toContainText('not remembered');
    await expectHistoryOff(app);
  });

  test('where the browser disables storage, the app works and says what is off', async ({
    page,
  }) => {
    await page.addInitScript(blockStorage('everywhere'));
    await page.goto('./');
    await sendFromSandbox(page);
    await expect(page.getByTestId('storage-note')).toContainText('not remembered');
    await expectHistoryOff(page);
  });

  test('where localStorage is full, nothing typed is lost and the page says so', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('', 'QuotaExceededError');
      };
    });
    await page.goto('./');
    await page.getByLabel('Identifier').fill('ops-admin');
    await page.getByLabel('From_Account', { exact: true }).fill('alice');
    await expect(page.getByTestId('storage-note')).toContainText('storage is full');
    await expect(page.getByLabel('Identifier')).toHaveValue('ops-admin');
    await expect(page.getByLabel('From_Account', { exact: true })).toHaveValue('alice');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(page.getByTestId('outcome')).toBeVisible();
  });
});
