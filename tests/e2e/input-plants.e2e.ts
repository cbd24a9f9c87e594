/** Explosive and propellant: the Decisions tab says how many shells the allies' inputs are enough for, and a state can pay for a plant that adds to them. */
import { describe, expect, inject, it } from 'vitest';
import { openPage, shot, useBrowser } from './browser';

const browserOf = useBrowser();

describe('explosive and propellant plants', () => {
  it('show the input that caps every line, and one funded is an order that names what it adds and when', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await page.getByRole('combobox', { name: /^Scenario/ }).selectOption('race-in-a-lesson');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    const card = page.getByTestId('input-plants');
    // 750,000 kg of fill at 10 kg a shell, 600,000 kg of propellant at 8: 75,000 each.
    expect(await card.locator('summary').textContent()).toMatch(/enough for 75,000 155 mm shells a month; .+ binds/);
    await card.locator('summary').click();
    await page.getByLabel('Acting for').selectOption({ label: 'United States' });
    await card.getByRole('button', { name: /^Fund TNT line expansion in northern Poland/ }).click();
    await expect
      .poll(() => page.getByTestId('order-result').textContent())
      .toMatch(
        /United States funds TNT line expansion in northern Poland \(Nitro-Chem\) \(€200 m\): from Aug 2024 every line gets 300,000 kg more explosive fill a month/,
      );
    expect(await card.locator('li').filter({ hasText: 'northern Poland' }).textContent()).toMatch(/funded by United States, opens Aug 2024/);
    await shot(page, 'input-plants');
    expect(errors).toEqual([]);
  });
});
