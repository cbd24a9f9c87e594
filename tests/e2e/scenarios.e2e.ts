/** Every shipped scenario can be chosen in the menu and played to its debrief in Chromium. */
import { describe, expect, inject, it } from 'vitest';
import { SHIPPED } from '../../src/cli/balance';
import { openPage, shot, useBrowser } from './browser';

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

  it('in the class scenario, a nation whose funds pile up is told, on the Decisions tab, where money goes to work (student play-test)', async () => {
    const { page, errors } = await openPage(browserOf(), `${inject('baseUrl')}#/`);
    await expect.poll(() => page.getByRole('combobox', { name: /^Scenario/ }).inputValue()).toBe('race-in-a-lesson');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    await page.getByLabel('Acting for').selectOption({ label: 'United States' });
    const idle = page.getByTestId('idle-funds');
    expect(await idle.count()).toBe(0);
    // Two turns of six months with nothing bought: over a year of its budget lies unspent.
    for (const next of ['Aug 2023', 'Feb 2024']) {
      await page.getByRole('button', { name: 'End turn' }).click();
      await expect.poll(() => page.getByTestId('month').textContent()).toContain(next);
    }
    await page.getByRole('tab', { name: 'Decisions' }).click();
    await expect
      .poll(async () => (await idle.textContent())?.replace(/\s+/g, ' '))
      .toMatch(/That is \d+ months of its budget, and it spends only €[\d.,]+ [mb]n? of €[\d.,]+ [mb]n? a month: money helps Ukraine only once committed/);
    await idle.scrollIntoViewIfNeeded();
    await shot(page, 'idle-funds');
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
