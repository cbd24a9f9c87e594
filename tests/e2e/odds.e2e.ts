/**
 * "What are my odds?" in Chromium (issue 14, item 4): the Odds tab plays
 * 1,000 futures in the page's workers and gives the same chance of victory
 * and the same bands as Node does for that month; the page answers while it
 * runs; another order starts it again.
 */
import { describe, expect, inject, it } from 'vitest';
import { loadScenarioById, newGame } from '../../src/cli/scenario-files';
import { parseSeed } from '../../src/share/seed-code';
import { fmtBp } from '../../src/share/text/numbers';
import { playFuture, summariseFutures } from '../../src/sim/forecast';
import { openPage, shot, useBrowser } from './browser';

const browserOf = useBrowser();
type Rol = { __rol: { odds(): { status: string; done: number; winBp: number | null } | null } };
const odds = (page: import('playwright-core').Page) => page.evaluate(() => (window as unknown as Rol).__rol.odds());

describe('the Odds tab', () => {
  it('plays 1,000 futures in workers to the same forecast as Node, answers clicks meanwhile, and follows the orders given', async () => {
    const seed = parseSeed('BA1A-NCED-K');
    if (!seed.ok) throw new Error(seed.error);
    const { content, scenario } = loadScenarioById('race-in-a-lesson');
    const start = newGame(content, seed.seed);
    // The coordinator plays every nation in the scenario's order, as the game store lists them (the policy plans them in that order).
    const plan = { pending: [], humanNations: scenario.nations.map((n) => n.id), humanPolicy: 'balanced' as const, aiPolicy: 'historical' as const };
    const node = summariseFutures(
      content,
      start.month,
      Array.from({ length: 1000 }, (_, i) => playFuture(content, start, plan, i)),
    );

    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await page.getByRole('combobox', { name: /^Scenario/ }).selectOption('race-in-a-lesson');
    await page.getByLabel('Seed').fill('BA1A-NCED-K');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    await page.getByRole('tab', { name: 'Odds' }).click();
    // What it assumes, in the turn's own months (play-test: "after this month" was wrong for six-month turns).
    expect((await page.getByTestId('odds-assumes').textContent())?.replace(/\s+/g, ' ')).toMatch(
      /If you give no more orders this turn \(Feb 2023–Jul 2023\), and from Aug 2023 your nations follow/,
    );
    await page.getByTestId('odds-ask').click();
    // The page answers while the futures are played: another tab opens and the way back works.
    await page.getByRole('tab', { name: 'Politics' }).click();
    expect(await page.getByRole('tab', { name: 'Politics' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('tab', { name: 'Odds' }).click();
    await expect.poll(async () => (await odds(page))?.status, { timeout: 60_000 }).toBe('done');
    expect((await odds(page))?.winBp).toBe(node.winBp);
    expect(await page.getByTestId('odds-win').textContent()).toContain(fmtBp(node.winBp));
    const rows = page.getByTestId('odds-table').locator('tbody tr');
    expect(await rows.count()).toBe(node.months.length);
    const last = node.score.at(-1)!;
    expect(await rows.last().textContent()).toContain(`${last.p10} · ${last.p50} · ${last.p90}`);
    await shot(page, 'odds');

    // An order given starts the forecast again, from the orders as they now stand.
    await page.getByRole('tab', { name: 'Decisions' }).click();
    await page.getByLabel('155 mm shells to send').fill('400000');
    await page.getByRole('button', { name: 'Send 155 mm shells' }).click();
    await expect.poll(async () => (await odds(page))?.status, { timeout: 10_000 }).toBe('running');
    await expect.poll(async () => (await odds(page))?.status, { timeout: 60_000 }).toBe('done');
    await page.getByRole('tab', { name: 'Odds' }).click();
    expect((await page.getByTestId('odds-change').textContent())?.replace(/\s+/g, ' ')).toMatch(
      /Since the last change: likely score [+−±]\d+, Russian gains [+−±][\d,]+ km², chance of victory/,
    );
    expect(errors).toEqual([]);
  });
});
