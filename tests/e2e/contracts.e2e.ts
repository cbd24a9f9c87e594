/** The signed contracts in Chromium: a nation sees its own, the coordinator the alliance's, and Cancel gives a real cancel order. */
import { describe, expect, inject, it } from 'vitest';
import { fmtEur } from '../../src/share/text/numbers';
import { openPage, shot, useBrowser } from './browser';

const browserOf = useBrowser();

describe('the contracts panel', () => {
  it('lists a contract just signed with its rate, deliveries, next delivery and cost, and Cancel cancels it', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    const panel = page.getByTestId('contracts');
    await expect.poll(() => panel.getByRole('heading').textContent()).toBe('Contracts of the alliance');

    await page.getByRole('button', { name: 'Negotiate 155 mm shells with Rheinmetall' }).click();
    const dialog = page.getByRole('dialog', { name: 'Negotiate with Rheinmetall' });
    // The first draft offers the top of the firm's price range, which depends on the game's seed.
    const price = Number(await dialog.getByLabel('Price per unit (€)').inputValue());
    await dialog.getByRole('button', { name: 'Send offer' }).click();
    await expect.poll(() => dialog.getByTestId('firm-answer').textContent()).toContain('accepted');
    const id = /\((c\d+)\)/.exec((await dialog.getByTestId('outlook').textContent())!)![1]!;
    await dialog.getByRole('button', { name: 'Done' }).click();

    // The alliance's eleven contracts fold under their totals.
    expect(await panel.locator('summary').textContent()).toMatch(
      /^11 active: [\d,]+ 155 mm shells and 40 Stinger missiles a month, €\d+ m a month · 0 completed, 0 cancelled$/,
    );
    await panel.locator('summary').click();
    const row = panel.getByTestId(`contract-${id}`);
    const cells = async () => (await row.getByRole('cell').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect((await cells()).slice(0, 6)).toEqual([
      `Rheinmetall 155 mm shells → Ukraine · United States · ${id}`,
      '2,000',
      '0 of 48,000',
      '24',
      'Aug 2023 2,000',
      `${fmtEur(price)} ${fmtEur(price * 2000)} a month`,
    ]);
    await row.scrollIntoViewIfNeeded();
    await shot(page, 'contracts');

    // 20 % of the 48,000 undelivered shells at the contract price, and the 10 % advance stays with the firm (euros in whole millions).
    const cancel = row.getByRole('button', { name: /^Cancel the Rheinmetall contract of Feb 2023/ });
    expect(await cancel.getAttribute('aria-label')).toContain(
      `for United States: a penalty of ${fmtEur(price * 48_000 * 0.2)}, and the ${fmtEur(price * 48_000 * 0.1)} advance`,
    );
    // The funds in the header are shown to €0.1 bn, too coarse for a €28 m penalty: the store's figure is the check.
    const funds = () => page.evaluate(() => (window as unknown as { __rol: { funds(id: string): number } }).__rol.funds('US'));
    const before = await funds();
    await cancel.click();
    await expect
      .poll(() => page.getByTestId('order-result').textContent())
      .toContain(`cancelled the Rheinmetall contract of Feb 2023 (${id}): United States pays a penalty of ${fmtEur(price * 48_000 * 0.2)}`);
    await expect.poll(() => row.count()).toBe(0);
    expect(before - (await funds())).toBeGreaterThanOrEqual(28_000_000);
    expect(await panel.textContent()).toContain('1 cancelled');

    // It stays cancelled once the month is resolved.
    await page.getByRole('button', { name: 'End month' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Feb 2023' }).isVisible()).toBe(true);
    await page.getByRole('tab', { name: 'Decisions' }).click();
    expect(await panel.getByTestId(`contract-${id}`).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('a nation sees only its own contracts', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await page.getByLabel('Your role').selectOption('DE');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    const panel = page.getByTestId('contracts');
    await expect.poll(() => panel.getByRole('heading').textContent()).toBe('Contracts of Germany');
    // The Bundeswehr's call-offs and the German-Dutch order, both with Rheinmetall.
    const firms = (await panel.locator('tbody tr td:first-child').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(firms).toHaveLength(2);
    for (const f of firms) expect(f).toMatch(/^Rheinmetall .*Germany/);
    expect(errors).toEqual([]);
  });
});
