/** Every shipped scenario can be chosen in the menu and played to its debrief in Chromium. */
import { describe, expect, inject, it } from 'vitest';
import { SHIPPED } from '../../src/cli/balance';
import { openPage, useBrowser } from './browser';

const browserOf = useBrowser();

describe('every scenario in the browser', () => {
  it('the menu selects the class scenario, listed first with its minutes, and its briefing is the one shown', async () => {
    // Opened at its own route, so the test helper does not pick the long game first.
    const { page, errors } = await openPage(browserOf(), `${inject('baseUrl')}#/`);
    const scenario = page.getByRole('combobox', { name: /^Scenario/ });
    await expect.poll(() => scenario.inputValue()).toBe('race-in-a-lesson');
    expect(await scenario.locator('option').first().textContent()).toMatch(/^The race in one lesson .* · about \d+ min$/);
    expect(await page.locator('#briefing-title').textContent()).toContain('The race in one lesson');
    expect(errors).toEqual([]);
  });

  for (const id of SHIPPED.filter((x) => x !== 'race-of-logistics')) {
    it(`${id} plays from the menu to the debrief`, async () => {
      const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
      await page.getByRole('combobox', { name: /^Scenario/ }).selectOption(id);
      await page.getByLabel('Seed').fill('BA1A-NCED-K');
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('button', { name: 'Skip tutorial' }).click();
      // The class scenario plays in turns of six months: its button ends a turn.
      const end = page.getByRole('button', { name: /^End (month|quarter|turn)$/ });
      for (let i = 0; i < 60 && !(await page.getByTestId('grade').isVisible()); i++) await end.click();
      await expect.poll(() => page.getByTestId('grade').textContent()).toMatch(/(Victory|Defeat) · \d+\/100/);
      expect(errors).toEqual([]);
    });
  }
});
