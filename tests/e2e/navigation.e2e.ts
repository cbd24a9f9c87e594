/** Every screen has an address: back and forward move between the screens that exist, and a game screen with no game falls back to the menu. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, openTab, useBrowser } from './browser';

const browserOf = useBrowser();

const hash = (page: Page) => page.evaluate(() => location.hash);
const onMenu = (page: Page) => page.getByRole('heading', { name: 'New game' }).isVisible();

describe('screens and the browser history', () => {
  it('the replay checker, the game and the menu are reached by back and forward', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await page.getByRole('link', { name: 'Check a replay or a result code' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Check a replay', level: 1 }).isVisible()).toBe(true);
    expect(await hash(page)).toBe('#/replay');
    await page.goBack();
    await expect.poll(() => onMenu(page)).toBe(true);
    await page.goForward();
    await expect.poll(() => page.getByRole('button', { name: 'Check replay' }).isVisible()).toBe(true);
    await page.getByRole('link', { name: '← Race of Logistics' }).click();
    await expect.poll(() => onMenu(page)).toBe(true);

    await page.getByLabel('Seed').fill('BA1A-NCED-K');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    expect(await hash(page)).toBe('#/play');
    await page.getByRole('button', { name: 'End month' }).click();
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect.poll(() => onMenu(page)).toBe(true);
    expect(await hash(page)).toBe('#/');
    await page.goBack();
    await expect.poll(() => page.getByTestId('month').textContent()).toContain('Mar 2023');
    expect(await hash(page)).toBe('#/play');
    expect(errors).toEqual([]);
  });

  it('a game screen opened with no game shows the menu, and says so in the address', async () => {
    for (const screen of ['play', 'debrief']) {
      const { page, errors } = await openPage(browserOf(), `${inject('baseUrl')}#/${screen}`);
      await expect.poll(() => onMenu(page)).toBe(true);
      await expect.poll(() => hash(page)).toBe('#/');
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(errors).toEqual([]);
    }
  });

  it('a screen whose code cannot be fetched says so, and opens on Try again with the game intact', async () => {
    // Each screen but the menu is fetched when first needed: a classroom's connection may drop before it is.
    const context = await browserOf().newContext({ viewport: { width: 1366, height: 768 } });
    let offline = true;
    await context.route(/play-view-[\w-]+\.js$/, (r) => (offline ? r.abort('internetdisconnected') : r.continue()));
    const { page } = await openTab(context, inject('baseUrl'));
    await page.getByLabel('Seed').fill('BA1A-NCED-K');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('This screen could not be loaded');
    offline = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    expect(await page.getByTestId('month').textContent()).toContain('Feb 2023');
    await page.getByRole('button', { name: 'End month' }).click();
    await expect.poll(() => page.getByTestId('month').textContent()).toContain('Mar 2023');
    await context.close();
  });

  it('an unknown address is answered on the menu', async () => {
    const { page } = await openPage(browserOf(), `${inject('baseUrl')}#/nowhere`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('is not a game link');
  });
});

describe('the heads-up bar', () => {
  it('lists the nations to act for in alphabetical order of their names, and sets the war’s figures apart', async () => {
    const { page } = await openPage(browserOf(), inject('baseUrl'));
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    const names = await page.locator('.hud-acting option').allTextContents();
    expect(names.length).toBeGreaterThan(5);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : 1)));
    expect(await page.locator('.hud-alliance').getAttribute('aria-label')).toBe('The war, alliance-wide');
    expect(await page.locator('.hud-alliance dt').allTextContents()).toEqual(['Fire ratio, average', 'Ground lost']);
  });

  it('cites sources by outlet and date, with the file only on hover', async () => {
    const { page } = await openPage(browserOf(), inject('baseUrl'));
    await expect.poll(() => page.locator('.sources li').count()).toBeGreaterThan(0);
    const sources = await page.locator('.sources li').allTextContents();
    for (const text of sources) expect(text).not.toMatch(/\.txt|calibration-facts|Source: Source/);
    expect(await page.locator('.sources li').first().getAttribute('title')).toMatch(/\.txt|calibration-facts/);
  });
});

describe('a page older than its server', () => {
  it('says a chart could not be loaded when its code is gone from the server, and the game plays on', async () => {
    const { page } = await openPage(browserOf(), inject('baseUrl'));
    // As after a rebuild: the chart drawer's chunk, fetched on first use, is no longer there.
    await page.route(/charts-draw[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    await page.getByRole('button', { name: 'End month' }).click();
    await expect.poll(() => page.getByTestId('month').textContent()).toContain('Mar 2023');
    await page.getByRole('tab', { name: 'Charts' }).click();
    await expect.poll(() => page.locator('[data-chart="production"]').textContent()).toMatch(/could not be loaded[\s\S]*Reload the page; your game is saved/);
    // The game itself is untouched: the next month ends as before.
    await page.getByRole('button', { name: 'End month' }).click();
    await expect.poll(() => page.getByTestId('month').textContent()).toContain('Apr 2023');
  });
});
