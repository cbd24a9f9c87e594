/** Late in the class scenario, the plants panel says that a plant funded now would open only after the game's end. */
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';

const browserOf = useBrowser();

describe('new plants late in the lesson', () => {
  it('say they would open after the game ends, before the student pays for one', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await page.getByRole('combobox', { name: /^Scenario/ }).selectOption('race-in-a-lesson');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    const summary = page.getByTestId('plants').locator('summary');
    expect(await summary.textContent()).toMatch(/the first could open \w{3} 20\d\d/);
    // Turn 5 starts in June 2024: the quickest plant takes longer than the seven months left.
    for (let t = 1; t <= 4; t++) {
      await page.getByRole('button', { name: 'End turn' }).click();
      await expect.poll(() => page.getByTestId('month').textContent()).toContain(`turn ${t + 1} of 6`);
    }
    await page.getByRole('tab', { name: 'Decisions' }).click();
    expect(await summary.textContent()).toMatch(/none would open before the game ends \(Dec 2024\): the soonest, \w{3} 202[5-9]/);
    await summary.click();
    const first = page.getByTestId('plants').locator('li').first();
    expect(await first.textContent()).toContain('after the game ends');
    expect(errors).toEqual([]);
  });
});
