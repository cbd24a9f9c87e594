/**
 * A live class (issue 11): the trainer runs a class from the desk on a class
 * server (started here on loopback, its database in memory); two teams join
 * from their own browsers with the class code and play three turns; the
 * trainer pauses (End turn goes off in the teams' games) and fires an inject
 * (it is news in both games); a team reloads and rejoins at the turn it left
 * with every turn it ended and the trainer's inject; the desk shows both teams' scores, and the
 * results dashboard's CSV holds both teams' rows.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startClassServer, type RunningClassServer } from '../../src/server/class-server';
import { shot, useBrowser } from './browser';

const browserOf = useBrowser();
let server: RunningClassServer;
beforeAll(async () => {
  server = await startClassServer({ port: 0, log: () => undefined });
});
afterAll(async () => {
  await server?.close();
});

async function openAt(hash: string): Promise<{ page: Page; errors: string[] }> {
  const page = await (await browserOf().newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${inject('baseUrl')}?server=${encodeURIComponent(server.url)}${hash}`);
  return { page, errors };
}

async function join(page: Page, code: string, team: string) {
  await page.getByRole('textbox', { name: 'Class code' }).fill(code);
  await page.getByRole('textbox', { name: 'Team name' }).fill(team);
  await page.getByRole('button', { name: 'Join the class' }).click();
  await page.getByRole('button', { name: 'Skip tutorial' }).click();
  await expect.poll(() => page.getByTestId('live-bar').textContent()).toContain('connected');
}

const endTurn = (page: Page) => page.getByRole('button', { name: 'End turn' });

async function playTurn(page: Page) {
  const month = await page.getByTestId('month').textContent();
  await endTurn(page).click();
  await expect.poll(() => page.getByTestId('month').textContent(), { timeout: 20_000 }).not.toBe(month);
}

describe('a live class', () => {
  it('runs from the desk, two teams play on their own browsers, the trainer pauses, injects and locks a lever, a reload loses nothing, and the results export', async () => {
    const { page: desk, errors: deskErrors } = await openAt('#/trainer');
    await desk.getByRole('combobox', { name: /^Scenario/ }).selectOption('race-in-a-lesson');
    await desk.getByTestId('run-live').click();
    await expect.poll(() => desk.getByTestId('live-code').isVisible(), { timeout: 20_000 }).toBe(true);
    const code = (await desk.getByTestId('live-code').textContent())!;
    expect(code).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]$/);

    const { page: blue, errors: blueErrors } = await openAt('');
    const { page: gold, errors: goldErrors } = await openAt('');
    await join(blue, code, 'Blue');
    await join(gold, code, 'Gold');
    await expect.poll(() => desk.getByTestId('live-board').locator('tbody tr').count()).toBe(2);

    await playTurn(blue);
    await playTurn(gold);

    // Paused: End turn is off in every team's game, with the reason.
    await desk.getByTestId('live-pause').click();
    for (const team of [blue, gold]) await expect.poll(() => endTurn(team).isDisabled()).toBe(true);
    expect(await blue.getByTestId('live-bar').textContent()).toContain('Paused by your trainer');
    await shot(blue, 'live-team-paused');
    await desk.getByTestId('live-pause').click();
    for (const team of [blue, gold]) await expect.poll(() => endTurn(team).isDisabled()).toBe(false);

    // An inject now, into every game: news in both.
    await desk.getByRole('combobox', { name: 'Fire now' }).selectOption('czech-initiative');
    await desk.getByRole('button', { name: 'Fire the inject' }).click();
    for (const team of [blue, gold]) {
      await team.getByRole('tab', { name: 'News & intelligence' }).click();
      await expect.poll(() => team.getByTestId('inject-now').textContent()).toContain('Czech initiative');
    }

    // A lever locked live: each team's rules say so at once, and the box stays ticked on the desk.
    await desk.getByTestId('live-levers').getByLabel('pledges').check();
    for (const team of [blue, gold]) {
      await team.getByRole('tab', { name: 'Decisions' }).click();
      await expect.poll(() => team.getByTestId('class-rules').textContent()).toContain('Locked live: no new pledges');
    }
    expect(await desk.getByTestId('live-levers').getByLabel('pledges').isChecked()).toBe(true);

    // Blue reloads and rejoins with the code alone (its browser keeps its team's token): the same turn, the inject still in it.
    const monthBefore = await blue.getByTestId('month').textContent();
    await blue.reload();
    await blue.getByRole('textbox', { name: 'Class code' }).fill(code);
    await blue.getByRole('button', { name: 'Join the class' }).click();
    await expect.poll(() => blue.getByTestId('live-bar').textContent()).toContain('Blue · connected');
    await expect.poll(() => blue.getByTestId('month').textContent()).toBe(monthBefore);
    await blue.getByRole('tab', { name: 'News & intelligence' }).click();
    await expect.poll(() => blue.getByTestId('inject-now').textContent()).toContain('Czech initiative');

    await playTurn(blue);
    await playTurn(gold);
    await playTurn(blue);
    await playTurn(gold);
    // Three turns each: the desk's board has both teams at the month they reached, with their scores so far.
    for (const name of ['Blue', 'Gold']) {
      const cells = desk.locator(`tr[data-team="${name}"] td`);
      await expect.poll(() => cells.nth(2).textContent()).toBe('Feb 2024');
      expect(await cells.nth(3).textContent()).toMatch(/^\d+$/);
    }
    await shot(desk, 'live-desk');

    // Both teams play to the end; their results reach the dashboard, verified, and its CSV.
    for (const team of [blue, gold]) {
      for (let i = 0; i < 8 && !(await team.getByTestId('grade').isVisible()); i++) await endTurn(team).click();
      await expect.poll(() => team.getByTestId('grade').isVisible(), { timeout: 30_000 }).toBe(true);
    }
    await expect.poll(() => desk.getByTestId('live-results').textContent()).toContain('2 of 2 teams have finished');
    await desk.getByRole('link', { name: /Open the results/ }).click();
    await expect.poll(() => desk.getByRole('button', { name: 'Download CSV' }).isEnabled(), { timeout: 30_000 }).toBe(true);
    const csvDownload = desk.waitForEvent('download');
    await desk.getByRole('button', { name: 'Download CSV' }).click();
    const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
    for (const name of ['Blue', 'Gold']) expect(csv).toMatch(new RegExp(`,${name},total,`));
    expect([...deskErrors, ...blueErrors, ...goldErrors]).toEqual([]);
  });
});
