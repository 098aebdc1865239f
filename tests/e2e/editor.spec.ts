// The request editor's features. Monaco's worker helper would bring some seventy more, which the
// build drops (scripts/vite-monaco-features.ts); src/components/editor/monaco-features.ts names
// what the editor keeps, and each is checked here by what a person does with it.
import { expect, test } from './fixtures';
import { editorText, pasteIntoEditor } from './helpers';

type Page = import('@playwright/test').Page;

const lines = (page: Page) => page.getByTestId('json-editor').locator('.view-lines');

/** How wide Monaco draws the selection, in pixels (0: nothing is selected). */
const selectionWidth = (page: Page) =>
  page
    .getByTestId('json-editor')
    .locator('.selected-text')
    .evaluateAll((boxes) => boxes.reduce((w, b) => w + b.getBoundingClientRect().width, 0));

test.describe('the request editor', () => {
  test('completes the endpoint’s field names from its schema, and its hover explains them', async ({
    page,
    context,
  }) => {
    await page.goto('./');
    await pasteIntoEditor(page, context, '{\n  "From_Account": "alice",\n  \n}');
    // The cursor to the empty line, then ask for completions.
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
    await page.keyboard.press('Control+Space');
    const suggest = page.locator('.suggest-widget');
    await expect(suggest).toBeVisible();
    await expect(suggest.getByRole('listitem', { name: /TimeStamp/ }).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(suggest).toBeHidden();

    await lines(page).getByText('"From_Account"').hover();
    await expect(
      page
        .locator('.monaco-hover')
        .filter({ hasText: 'UserID of the account for which to pull a conversation list' }),
    ).toBeVisible();
  });

  test('edits by word, line and value, with more than one cursor', async ({ page, context }) => {
    await page.goto('./');
    await pasteIntoEditor(page, context, '{ "From_Account": "alice bob" }');
    // Ctrl+Backspace by word (wordOperations): the cursor after "bob", one word goes.
    await page.keyboard.press('ControlOrMeta+End');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Control+Backspace');
    await expect.poll(() => editorText(page)).toBe('{ "From_Account": "alice " }');
    // Ctrl+D selects the next occurrence too (multicursor): typing replaces both.
    await pasteIntoEditor(page, context, '{ "a": "xx", "b": "xx" }');
    await lines(page).getByText('"xx"').first().dblclick();
    await page.keyboard.press('Control+D');
    await expect(page.getByTestId('json-editor').locator('.cursor')).toHaveCount(2);
    await page.keyboard.type('yy');
    await expect.poll(() => editorText(page)).toBe('{ "a": "yy", "b": "yy" }');
    // Shift+Alt+Right widens the selection to the value around the cursor (smartSelect): the
    // number, then the array; Ctrl+L selects the line (lineSelection). Typing replaces them.
    await pasteIntoEditor(page, context, '{ "a": [1, 2] }');
    await page.keyboard.press('ControlOrMeta+End');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    // Each widening waits for the JSON worker's answer: the next press starts from it.
    await page.keyboard.press('Shift+Alt+ArrowRight');
    await expect.poll(() => selectionWidth(page)).toBeGreaterThan(0);
    const first = await selectionWidth(page);
    await page.keyboard.press('Shift+Alt+ArrowRight');
    await expect.poll(() => selectionWidth(page)).toBeGreaterThan(first);
    await page.keyboard.type('3');
    await expect.poll(() => editorText(page)).toBe('{ "a": 3 }');
    await page.keyboard.press('Control+L');
    await page.keyboard.type('x');
    await expect.poll(() => editorText(page)).toBe('x');
  });

  test('outlines an invisible character pasted into a value', async ({ page, context }) => {
    await page.goto('./');
    await pasteIntoEditor(page, context, '{ "From_Account": "ali\u200bce" }');
    await expect(
      page.getByTestId('json-editor').locator('.unicode-highlight, .unicode-invisible'),
    ).not.toHaveCount(0);
  });
});
