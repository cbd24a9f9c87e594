/** Every screen has an address: back and forward move between the screens that exist, and a game screen with no game falls back to the menu. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';

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

  it('an unknown address is answered on the menu', async () => {
    const { page } = await openPage(browserOf(), `${inject('baseUrl')}#/nowhere`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('is not a game link');
  });
});
