/**
 * In the class scenario, the plants panel folds the plants that would open only after the game's end, and late in the game says none would open in time;
 * a request of Ukraine's due after the end says it counts only if met by the game's last month.
 */
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';

const browserOf = useBrowser();

describe('new plants late in the lesson', () => {
  it('say they would open after the game ends, before the student pays for one', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await page.getByRole('combobox', { name: /^Scenario/ }).selectOption('race-in-a-lesson');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    const summary = page.getByTestId('plants').locator('summary').first();
    expect(await summary.textContent()).toMatch(/the first could open \w{3} 20\d\d/);
    // At the start some plants open in time: those that would not fold under their count, each saying so.
    await summary.click();
    const late = page.getByTestId('late-plants');
    expect(await late.locator('summary').textContent()).toMatch(/^\s*\d+ more would open after the game ends \(Dec 2024\)\s*$/);
    await late.locator('summary').click();
    for (const text of await late.locator('li').allTextContents()) expect(text).toContain('after the game ends');
    await summary.click();
    // Turn 4 starts in August 2024: the quickest plant takes longer than the five months left.
    for (let t = 1; t <= 3; t++) {
      await page.getByRole('button', { name: 'End turn' }).click();
      await expect.poll(() => page.getByTestId('month').textContent()).toContain(`turn ${t + 1} of 4`);
    }
    await page.getByRole('tab', { name: 'Decisions' }).click();
    expect(await summary.textContent()).toMatch(/none would open before the game ends \(Dec 2024\): the soonest, \w{3} 202[5-9]/);
    await summary.click();
    const first = page.getByTestId('plants').locator('li').first();
    expect(await first.textContent()).toContain('after the game ends');
    // Ukraine's July 2024 request for Stingers is due in June 2025, after the game's end.
    await page.getByRole('tab', { name: /News/ }).click();
    const due = page.getByTestId('requests').locator('li', { hasText: 'Jun 2025' });
    expect(await due.textContent()).toMatch(/by Jun 2025, after the game ends: it counts if met by Dec 2024/);
    expect(errors).toEqual([]);
  });
});
