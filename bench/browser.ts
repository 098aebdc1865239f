// Headless Chromium as the e2e suite launches it, fresh profiles, and the cleanup that closes
// every browser, server and temporary folder the bench opened, even when it fails midway.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type BrowserContext,
  type CDPSession,
  type LaunchOptions,
  type Page,
} from '@playwright/test';
import playwrightConfig from '../playwright.config';

/** Desktop Chrome's viewport in Playwright's device list, as the e2e project uses. */
const VIEWPORT = { width: 1280, height: 720 };

/**
 * The e2e project's launch options (Playwright's own Chromium, else /usr/bin/chromium, and its
 * flags), read from playwright.config.ts so the bench and the tests never drift apart.
 */
export function launchOptions(): LaunchOptions {
  const project = playwrightConfig.projects?.find((p) => p.name === 'chromium');
  const options = project?.use?.launchOptions;
  if (!options)
    throw new Error('playwright.config.ts has no "chromium" project with launchOptions');
  return { ...options, headless: true };
}

/** Async undo steps, run last-in first-out; each runs once even if `run` is called twice. */
export class Cleanup {
  #steps: (() => Promise<unknown>)[] = [];

  /** Registers `step`; returns a function that runs it now (and drops it from the list). */
  add(step: () => Promise<unknown>): () => Promise<void> {
    let done = false;
    const once = async () => {
      if (done) return;
      done = true;
      this.#steps = this.#steps.filter((s) => s !== once);
      try {
        await step();
      } catch (err) {
        console.warn('bench cleanup:', err instanceof Error ? err.message : err);
      }
    };
    this.#steps.push(once);
    return once;
  }

  /** Runs every step still registered, newest first. */
  async run(): Promise<void> {
    while (this.#steps.length > 0) await this.#steps[this.#steps.length - 1]!();
  }
}

/** A new empty user-data-dir, removed by `cleanup` (or sooner by calling the returned `remove`). */
export async function freshProfileDir(
  cleanup: Cleanup,
): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'chat-rest-bench-profile-'));
  const remove = cleanup.add(() => rm(dir, { recursive: true, force: true }));
  return { dir, remove };
}

/** A browser on `dir` as its profile; `close` ends it (cleanup also does). */
export async function launchProfile(
  dir: string,
  cleanup: Cleanup,
): Promise<{ context: BrowserContext; page: Page; close: () => Promise<void> }> {
  const context = await chromium.launchPersistentContext(dir, {
    ...launchOptions(),
    viewport: VIEWPORT,
  });
  const close = cleanup.add(() => context.close());
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, close };
}

/** Slows the page's CPU `rate` times through the DevTools protocol (1 = not at all). */
export async function throttleCpu(
  context: BrowserContext,
  page: Page,
  rate: number,
): Promise<void> {
  if (rate === 1) return;
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * A page script from a function. tsx compiles with esbuild's keepNames, which wraps named inner
 * functions in `__name(...)`; the page has no such helper, so one is defined first.
 */
export function pageScript(fn: () => void): string {
  return `globalThis.__name ??= (f) => f;\n(${fn.toString()})();`;
}
