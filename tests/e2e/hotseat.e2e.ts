/**
 * Hotseat teams (issue 10, item 4): two teams share one laptop for three
 * turns. Each gives its orders, passes the laptop on through a screen that
 * covers the game, and never sees the other's orders before the turn is
 * resolved; the replay of the game holds both teams' orders and verifies in Node.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, shot, useBrowser, verifyInNode } from './browser';

const browserOf = useBrowser();

/** The acting team sends shells from its nation's stock, and its Orders tab lists them. */
async function sendShells(page: Page, amount: number) {
  await page.getByRole('tab', { name: /^Decisions/ }).click();
  await page.getByLabel('155 mm shells to send').fill(String(amount));
  await page.getByRole('button', { name: 'Send 155 mm shells' }).click();
}

const ordersText = async (page: Page) => {
  await page.getByRole('tab', { name: /^Orders/ }).click();
  return (await page.getByTestId('month-orders').textContent()) ?? '';
};

describe('teams taking turns on one laptop', () => {
  it('two teams play three turns with hand-overs, neither sees the other’s orders, and the replay verifies', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await page.getByRole('combobox', { name: /^Scenario/ }).selectOption('race-in-a-lesson');
    await page.getByRole('combobox', { name: /^Your role/ }).selectOption('hotseat');
    const names = page.getByTestId('team-name');
    await names.nth(0).fill('Blue');
    await names.nth(1).fill('Gold');
    expect(await page.getByRole('radio', { name: 'United States: Blue' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Germany: Gold' }).isChecked()).toBe(true);
    await page.getByTestId('teams').scrollIntoViewIfNeeded();
    await shot(page, 'hotseat-menu');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();

    for (let turn = 1; turn <= 3; turn++) {
      expect(await page.getByTestId('team-now').textContent()).toMatch(/^Blue\s+team 1 of 2$/);
      // A team of one nation reads its name, not a list of one (trainer play-test).
      expect(await page.getByTestId('acting').textContent()).toBe('Playing United States');
      expect(await page.getByRole('combobox', { name: 'Acting for' }).count()).toBe(0);
      if (turn < 3) {
        await sendShells(page, 1000 * turn);
        expect(await ordersText(page)).toContain('United States');
      } else {
        // Turn 3 opens in Feb 2024, in the US aid freeze: Blue's stocks cannot be sent, and the panel says so.
        await page.getByRole('tab', { name: /^Decisions/ }).click();
        expect(await page.getByTestId('aid-frozen').textContent()).toMatch(/United States['’]? aid is frozen through/);
        // No contract of Blue's delivers to Ukraine: the contracts say nothing of depots.
        expect(await page.getByTestId('aid-held-US').count()).toBe(0);
      }
      await page.getByRole('button', { name: 'Done: pass to Gold' }).click();

      const handover = page.getByTestId('handover');
      expect(await handover.locator('h2').textContent()).toBe('Pass the laptop to Gold');
      expect(await handover.textContent()).not.toContain('United States');
      if (turn === 1) await shot(page, 'hotseat-handover');
      await page.getByTestId('take-over').click();

      // Gold's desk: its own nation only, and nothing of Blue's sealed orders.
      expect(await page.getByTestId('team-now').textContent()).toMatch(/^Gold\s+team 2 of 2$/);
      expect(await page.getByTestId('acting').textContent()).toBe('Playing Germany');
      expect(await ordersText(page)).toMatch(/: 0 orders/);
      await sendShells(page, 1000 * turn);
      const gold = await ordersText(page);
      expect(gold).toContain('Germany');
      expect(gold).not.toContain('United States');
      await page.getByRole('button', { name: 'End turn' }).click();

      await expect.poll(() => page.getByTestId('handover').locator('h2').textContent()).toBe('The turn is resolved');
      await page.getByTestId('take-over').click();
      await expect.poll(() => page.getByRole('tab', { name: 'Last turn' }).getAttribute('aria-selected')).toBe('true');
    }
    expect(await page.getByTestId('month').textContent()).toContain('turn 4 of 4');
    // The last turn with no orders: a replay verifies once the game is over.
    await page.getByRole('button', { name: 'Done: pass to Gold' }).click();
    await page.getByTestId('take-over').click();
    await page.getByRole('button', { name: 'End turn' }).click();
    await expect.poll(() => page.getByTestId('grade').isVisible(), { timeout: 30_000 }).toBe(true);

    const cli = await verifyInNode(page);
    const replay = cli.replay as { turns: { orders: { kind: string; actor: string; amount?: number }[] }[] };
    // A turn of six months: its first month holds both teams' orders, Blue's first.
    const firstMonths = [0, 6, 12].map((m) => replay.turns[m]!.orders.filter((o) => o.kind === 'drawdown' && (o.actor === 'US' || o.actor === 'DE')));
    expect(firstMonths.map((t) => t.map((o) => `${o.actor} ${o.amount}`))).toEqual([['US 1000', 'DE 1000'], ['US 2000', 'DE 2000'], ['DE 3000']]);
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain(`final hash ${await page.getByTestId('final-hash').textContent()}`);
    expect(errors).toEqual([]);
  });
});
