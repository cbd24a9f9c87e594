/** Launching Debian's Chromium for a test, with the flags this closed network needs. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';

export const SHOTS = join(import.meta.dirname, '../../test-results/screenshots');

export async function launch(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A page that records console errors and uncaught exceptions. */
export async function openPage(browser: Browser, url: string, size = { width: 1366, height: 768 }): Promise<{ page: Page; errors: string[] }> {
  return openTab(await browser.newContext({ viewport: size }), url);
}

/** A page in a given browser context, recording errors like openPage: the tabs of one context share their storage. */
export async function openTab(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  // The menu offers the class scenario first; most browser tests play the long game month by month, so they start from it.
  if (!new URL(url).hash) await page.getByRole('combobox', { name: /^Scenario/ }).selectOption(LONG_GAME);
  return { page, errors };
}

/** The scenario the browser tests start from unless they pick another (the menu's own default is the class scenario, tested in scenarios.e2e.ts). */
export const LONG_GAME = 'race-of-logistics';

export const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

/** Closes every page a test opened, so no earlier game keeps animating in the background. */
export async function closePages(browser: Browser | undefined): Promise<void> {
  for (const context of browser?.contexts() ?? []) await context.close();
}

/**
 * One Chromium for a test file: launched before its tests, every page closed
 * after each test, the browser closed at the end. Call at the top of a file.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterEach(async () => {
    await closePages(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/** Exports the page's replay and verifies it with `sim verify` in Node: its exit status and what it printed. */
export async function verifyInNode(page: Page): Promise<{ status: number | null; stdout: string; replay: unknown }> {
  const replay = await page.evaluate(() => (window as unknown as { __rol: { exportReplay(): unknown } }).__rol.exportReplay());
  const file = join(mkdtempSync(join(tmpdir(), 'rol-e2e-')), 'browser.replay.json');
  writeFileSync(file, JSON.stringify(replay));
  const cli = spawnSync(join(import.meta.dirname, '../../node_modules/.bin/tsx'), ['src/cli/main.ts', 'verify', file], {
    cwd: join(import.meta.dirname, '../..'),
    encoding: 'utf8',
  });
  return { status: cli.status, stdout: cli.stdout, replay };
}
