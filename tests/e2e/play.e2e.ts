/**
 * A student's game: from the menu to the debrief through the real UI, using
 * roles and labels. The browser's final state hash must equal the command
 * line's for the same scenario, seed and orders.
 */
import { describe, expect, inject, it } from 'vitest';
import { openPage, shot, useBrowser, verifyInNode } from './browser';

const browserOf = useBrowser();

describe('playing the default scenario in Chromium', () => {
  it('goes from the menu to the debrief by the UI, and its final hash is the CLI’s', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await expect.poll(() => page.getByRole('heading', { name: 'Race of Logistics', exact: true }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('heading', { name: /The race of logistics/ }).isVisible()).toBe(true);
    await shot(page, 'menu');

    await page.getByLabel('Seed').fill('race-2023-x');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.locator('#map canvas').waitFor();
    await page.waitForTimeout(800);
    await shot(page, 'map');
    await page.getByRole('button', { name: 'Skip tutorial' }).click();

    // Allocate: send shells from US stocks.
    await page.getByLabel('155 mm shells to send').fill('200000');
    await page.getByRole('button', { name: 'Send 155 mm shells' }).click();
    await expect.poll(() => page.getByTestId('order-result').textContent()).toContain('United States sends 200,000 155 mm shells');

    // Negotiate: a big order gets a counter-offer asking for years of orders; accept it.
    await page.getByRole('button', { name: 'Negotiate 155 mm shells with Rheinmetall' }).click();
    const dialog = page.getByRole('dialog', { name: 'Negotiate with Rheinmetall' });
    await dialog.getByLabel('155 mm shells a month').fill('6000');
    await dialog.getByRole('button', { name: 'Send offer' }).click();
    await expect.poll(() => dialog.getByTestId('firm-answer').textContent()).toMatch(/counter-offer[\s\S]*years of orders/);
    await shot(page, 'negotiation');
    await dialog.getByRole('button', { name: 'Accept counter-offer' }).click();
    await expect.poll(() => dialog.getByTestId('firm-answer').textContent()).toContain('accepted');
    await dialog.getByRole('button', { name: 'Done' }).click();

    // A capacity lever, by keyboard.
    await page.getByRole('button', { name: /Add a shift at Iowa AAP/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('order-result').textContent()).toContain('extra shift at Iowa AAP');

    // A political action.
    await page.getByRole('tab', { name: 'Politics' }).click();
    // The shift's answer stayed on its tab (student play-test: it sat atop Politics).
    expect(await page.getByTestId('order-result').count()).toBe(0);
    await page.getByRole('button', { name: 'Pledge' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('pledges');

    // End the month: its headlines, then the full report and its "why" view.
    await page.getByRole('button', { name: 'End month' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Feb 2023: what changed' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('live').textContent()).toContain('Feb 2023 resolved');
    expect(await page.getByTestId('headline').count()).toBeGreaterThanOrEqual(3);
    await page.getByRole('button', { name: 'Details' }).click();
    await page.getByRole('button', { name: /^Why: Donetsk/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Why?' }).isVisible()).toBe(true);
    await expect(page.locator('.tree').textContent()).resolves.toMatch(/Ukraine began the month with[\s\S]*fired[\s\S]*delivered/);
    await page.waitForTimeout(400);
    await shot(page, 'report');

    // Every other month: end it.
    for (let i = 0; i < 40 && !(await page.getByTestId('grade').isVisible()); i++) await page.getByRole('button', { name: 'End month' }).click();
    await expect.poll(() => page.getByTestId('grade').textContent()).toMatch(/(Victory|Defeat) · \d+\/100 · grade [A-F]/);
    // "What happened around you", folded below the lessons, starts with the opening month's news, which fired before any report.
    const news = page.locator('details.news-list');
    await news.locator('summary').click();
    expect(await news.locator('li').first().textContent()).toMatch(/^Feb 2023: /);
    await page.waitForTimeout(300);
    await shot(page, 'debrief');

    const browserHash = await page.getByTestId('final-hash').textContent();
    const cli = await verifyInNode(page);
    expect(cli.stdout).toContain(`final hash ${browserHash}`);

    // The result code a student hands in, checked as a trainer would, in a fresh page.
    // The code is on screen before the team names itself; the name makes a new code.
    await expect.poll(() => page.getByTestId('result-code').inputValue()).toMatch(/^ROL2\./);
    const unnamed = await page.getByTestId('result-code').inputValue();
    await page.getByLabel('Team name').fill('Team 7');
    await expect.poll(() => page.getByTestId('result-code').inputValue()).not.toBe(unnamed);
    const code = await page.getByTestId('result-code').inputValue();
    const trainer = await openPage(browserOf(), inject('baseUrl'));
    await trainer.page.getByRole('link', { name: 'Check a replay or a result code' }).click();
    await trainer.page.locator('#replay-text').evaluate((el, value) => ((el as HTMLTextAreaElement).value = value), code);
    await trainer.page.getByRole('button', { name: 'Check replay' }).click();
    await expect.poll(() => trainer.page.getByTestId('replay-check').textContent()).toMatch(/Verified: Team 7: \d+\/100/);
    expect(errors).toEqual([]);
  });
});
