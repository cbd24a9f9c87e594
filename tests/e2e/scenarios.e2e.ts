/** Every shipped scenario can be chosen in the menu and played to its debrief in Chromium. */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { SHIPPED } from '../../src/cli/balance';
import { closePages, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterEach(async () => {
  await closePages(browser);
});
afterAll(async () => {
  await browser?.close();
});

describe('every scenario in the browser', () => {
  for (const id of SHIPPED.filter((x) => x !== 'race-of-logistics')) {
    it(`${id} plays from the menu to the debrief`, async () => {
      const { page, errors } = await openPage(browser, inject('baseUrl'));
      await page.getByRole('combobox', { name: /^Scenario/ }).selectOption(id);
      await page.getByLabel('Seed').fill('BA1A-NCED-K');
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('button', { name: 'Skip tutorial' }).click();
      const end = page.getByRole('button', { name: 'End month' });
      for (let i = 0; i < 60 && !(await page.getByTestId('grade').isVisible()); i++) await end.click();
      await expect.poll(() => page.getByTestId('grade').textContent()).toMatch(/(Victory|Defeat) · \d+\/100/);
      expect(errors).toEqual([]);
    });
  }
});
