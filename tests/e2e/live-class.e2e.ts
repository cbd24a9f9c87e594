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
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
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

/** A page on a device of its own (a new browser context), or a tab of `context`, finding the class server at `url`. */
async function openAt(hash: string, url = server.url, context?: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await (context ?? (await browserOf().newContext({ viewport: { width: 1366, height: 768 } }))).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The browser logs the refused WebSocket while the server is away; that is the test's doing, not an error of the game.
  page.on('console', (m) => m.type() === 'error' && !/WebSocket|ERR_CONNECTION_REFUSED/.test(m.text()) && errors.push(m.text()));
  await page.goto(`${inject('baseUrl')}?server=${encodeURIComponent(url)}${hash}`);
  return { page, errors };
}

async function runLive(desk: Page): Promise<string> {
  await desk.getByRole('combobox', { name: /^Scenario/ }).selectOption('race-in-a-lesson');
  // The class locks Germany's new plants: the prepare desk names the nation as the briefing does.
  await desk.getByLabel('Lever to lock').selectOption('fundPlant');
  await desk.getByLabel('Nations the lock binds').selectOption('DE');
  await desk.getByRole('button', { name: 'Add lock' }).click();
  await expect.poll(() => desk.getByText('Locked: no new plants for Germany').count()).toBe(2);
  // And Poland's drawdowns below its readiness floor.
  await desk.getByLabel('Lever to lock').selectOption('drawdown');
  await desk.getByLabel('Nations the lock binds').selectOption('PL');
  await desk.getByLabel('drawdowns: only below the readiness floor').check();
  await desk.getByRole('button', { name: 'Add lock' }).click();
  // A scheduled inject: the live desk says whose games it has reached.
  await desk.getByLabel('Month of the inject').selectOption('2023-09');
  await desk.getByLabel('News to force').selectOption({ label: 'Iran ships shells to Russia' });
  await desk.getByRole('button', { name: 'Add inject' }).click();
  await desk.getByTestId('run-live').click();
  await expect.poll(() => desk.getByTestId('live-code').isVisible(), { timeout: 20_000 }).toBe(true);
  // The address teams are told to open is this computer's: the desk says it opens nothing on theirs (trainer play-test).
  expect(await desk.getByTestId('local-join').textContent()).toContain('127.0.0.1, this computer only');
  // The live desk says which locks the class file brings; its box for new plants is half-ticked and names Germany.
  expect(await desk.getByTestId('class-locks').textContent()).toContain(
    'The class file locks: no new plants for Germany; no drawdowns below the readiness floor for Poland.',
  );
  const plants = desk.getByTestId('live-levers').getByLabel('new plants');
  expect([await plants.isChecked(), await plants.evaluate((b) => (b as HTMLInputElement).indeterminate)]).toEqual([false, true]);
  expect(await desk.getByTestId('lock-some-fundPlant').textContent()).toBe('(locked for Germany)');
  // So is the drawdowns box, for the lock below Poland's floor (trainer play-test: it was empty).
  const drawdowns = desk.getByTestId('live-levers').getByLabel('drawdowns (below');
  expect(await drawdowns.evaluate((b) => (b as HTMLInputElement).indeterminate)).toBe(true);
  expect(await desk.getByTestId('lock-some-drawdown').textContent()).toBe('(below the readiness floor for Poland)');
  expect(await desk.getByTestId('live-scheduled').textContent()).toContain('Sep 2023: “Iran ships shells to Russia”');
  // The token that opens the desk elsewhere is asked to be written down, behind a click (the desk may be on a projector).
  expect(await desk.getByTestId('live-token-summary').textContent()).toContain("Write down your trainer's token now");
  expect(await desk.getByTestId('live-token').isVisible()).toBe(false);
  // Shown, it says where to type it in another browser (trainer play-test: found only by exploring).
  await desk.getByTestId('live-token-summary').click();
  expect(await desk.getByTestId('live-token').isVisible()).toBe(true);
  const tokenLine = (await desk.locator('details', { has: desk.getByTestId('live-token') }).textContent())!.replace(/\s+/g, ' ');
  expect(tokenLine).toMatch(/#\/live there and type the code and the token under "Open a running class"/);
  await desk.getByTestId('live-token-summary').click();
  return (await desk.getByTestId('live-code').textContent())!;
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
    const code = await runLive(desk);
    expect(code).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]$/);

    const { page: blue, errors: blueErrors } = await openAt('');
    const { page: gold, errors: goldErrors } = await openAt('');
    await join(blue, code, 'Blue');
    await join(gold, code, 'Gold');
    await expect.poll(() => desk.getByTestId('live-board').locator('tbody tr').count()).toBe(2);
    // No score before a team's first turn (trainer play-test: 85 before anything was played).
    expect(await desk.locator('tr[data-team="Blue"] td').nth(3).textContent()).toBe('—');

    // The desk says which turn of the class each team is on and since when it has been deciding it (trainer play-test:
    // only a month, and nothing said who was still deciding); and the file's scheduled inject has reached no game yet.
    const cell = (name: string, i: number) => desk.locator(`tr[data-team="${name}"] td`).nth(i);
    expect(await cell('Blue', 2).textContent()).toBe('Feb 2023 – Jul 2023 · turn 1 of 4');
    expect(await desk.getByTestId('status-Blue').textContent()).toMatch(/^deciding for \d+ min$/);
    const scheduled = () =>
      desk
        .getByTestId('live-scheduled')
        .textContent()
        .then((t) => t!.replace(/\s+/g, ' '));
    expect(await scheduled()).toContain('Sep 2023: “Iran ships shells to Russia” — later for Blue, Gold');
    await playTurn(blue);
    await expect.poll(() => cell('Blue', 2).textContent()).toBe('Aug 2023 – Jan 2024 · turn 2 of 4');
    // Blue's second turn plays through September; Gold has not ended its first.
    await expect.poll(scheduled).toContain('— comes when Blue ends its turn; later for Gold');
    await playTurn(gold);

    // A deadline: the countdown runs on a team's screen by itself, second by second.
    const countdown = (team: Page) => team.getByTestId('live-countdown');
    await desk.getByLabel(/Deadline for this turn/).fill('2');
    await desk.getByRole('button', { name: 'Set' }).click();
    await expect.poll(() => countdown(gold).textContent()).toMatch(/^(2:00|1:5\d) left for this turn: your trainer's deadline$/);
    // The desk says whose turn it counts (trainer play-test: one countdown, teams at different turns).
    await expect.poll(() => desk.getByTestId('live-deadline').textContent()).toMatch(/ left for (Blue, Gold|Gold, Blue)$/);
    const shown = await countdown(gold).textContent();
    await expect.poll(() => countdown(gold).textContent(), { timeout: 5_000 }).not.toBe(shown);

    // Paused: End turn is off in every team's game, with the reason, and the deadline's clock stands (trainer play-test: it ran on).
    await desk.getByTestId('live-pause').click();
    for (const team of [blue, gold]) await expect.poll(() => endTurn(team).isDisabled()).toBe(true);
    expect(await blue.getByTestId('live-bar').textContent()).toContain('Paused by your trainer');
    await expect
      .poll(() => countdown(gold).textContent())
      .toMatch(/^1:\d\d left for this turn: your trainer's deadline \(stopped while the class is paused\)$/);
    const stopped = await countdown(gold).textContent();
    await gold.waitForTimeout(2_000);
    expect(await countdown(gold).textContent()).toBe(stopped);
    expect(await desk.getByTestId('live-deadline').textContent()).toMatch(/\(stopped while the class is paused\)$/);
    await shot(blue, 'live-team-paused');
    await desk.getByTestId('live-pause').click();
    for (const team of [blue, gold]) await expect.poll(() => endTurn(team).isDisabled()).toBe(false);
    await expect.poll(() => countdown(gold).textContent()).toMatch(/^1:\d\d left for this turn: your trainer's deadline$/);

    // The deadline is for the turn the teams were at: Blue ends it and has none in its next turn; Gold's runs on.
    await playTurn(blue);
    expect(await countdown(blue).count()).toBe(0);
    expect(await countdown(gold).textContent()).toMatch(/left for this turn: your trainer's deadline$/);
    await expect.poll(() => desk.getByTestId('live-deadline').textContent()).toMatch(/ left for Gold$/);
    await desk.getByLabel(/Deadline for this turn/).fill('0');
    await desk.getByRole('button', { name: 'Set' }).click();
    await expect.poll(() => countdown(gold).count()).toBe(0);
    await playTurn(gold);

    // An inject now, into every game: news in both.
    await desk.getByRole('combobox', { name: 'Fire now' }).selectOption('czech-initiative');
    await desk.getByRole('button', { name: 'Fire the inject' }).click();
    await expect.poll(() => desk.getByTestId('live-notice').textContent()).toBe(`✔ Fired "${'Czech initiative finds shells abroad'}" in 2 teams' games.`);
    // Each team is told on the screen it is looking at, not only under News (trainer play-test: teams would miss it).
    for (const team of [blue, gold])
      await expect
        .poll(() => team.getByTestId('live-notice').textContent())
        .toMatch(
          /^Your trainer fires "Czech initiative finds shells abroad" now: Ukraine's 155 mm shells \+[\d,]+; alliance cohesion \+\d\.\d %\. Read it under News\.$/,
        );
    await shot(gold, 'live-team-inject');
    for (const team of [blue, gold]) {
      await team.getByRole('tab', { name: 'News & intelligence' }).click();
      await expect.poll(() => team.getByTestId('inject-now').textContent()).toContain('Czech initiative');
    }

    // A lever locked live: each team's rules say so at once, and the box stays ticked on the desk.
    await desk.getByTestId('live-levers').getByLabel('pledges').check();
    for (const team of [blue, gold]) {
      await team.getByRole('tab', { name: 'Decisions' }).click();
      await expect.poll(() => team.getByTestId('class-rules').textContent()).toContain('Locked live: no new pledges');
      // Said after the inject's notice, not in its place (trainer play-test: a team that looked away missed the inject).
      expect(await team.getByTestId('live-notice').textContent()).toMatch(
        /^Your trainer fires "Czech initiative.* Read it under News\. Your trainer locks pledges for every nation\.$/,
      );
    }
    expect(await desk.getByTestId('live-levers').getByLabel('pledges').isChecked()).toBe(true);
    // Weekend work locked for the United States alone: the teams' rules name it, the desk's box is half-ticked.
    const one = desk.getByTestId('lock-one');
    await one.getByLabel('Lever').selectOption('weekendWork');
    await one.getByLabel('Nation').selectOption('US');
    await one.getByRole('button', { name: 'Lock', exact: true }).click();
    await expect.poll(() => desk.getByTestId('lock-some-weekendWork').textContent()).toBe('(locked for United States)');
    expect(await desk.getByTestId('live-notice').textContent()).toBe("✔ The trainer locks weekend work for United States in 2 teams' games.");
    for (const team of [blue, gold])
      await expect.poll(() => team.getByTestId('class-rules').textContent()).toContain('Locked live: no changes to weekend work (United States)');

    // Blue gives an order, then reloads: the tab rejoins its class by itself (its browser keeps its team's token; trainer
    // play-test: a reload landed on the menu), not an offline copy of the game. It finds the same turn, the inject still
    // in it, and its order given again (trainer play-test: a reload came back with "Orders (0)").
    const ordersCount = async () => Number((await blue.locator('#tab-orders').textContent())!.match(/\((\d+)\)/)![1]);
    // The trainer's pause, resume, inject and lock are orders of the turn, but not the team's: the tab counts its own
    // (trainer play-test: "Orders (3)" for a team that had given none).
    expect(await ordersCount()).toBe(0);
    const given = 1;
    await blue
      .getByRole('button', { name: /^Add a shift at /, disabled: false })
      .first()
      .click();
    await expect.poll(ordersCount).toBe(given);
    const monthBefore = await blue.getByTestId('month').textContent();
    await blue.reload();
    await expect.poll(() => blue.getByTestId('live-bar').textContent()).toContain('Blue · connected');
    await expect.poll(() => blue.getByTestId('month').textContent()).toBe(monthBefore);
    await expect.poll(ordersCount).toBe(given);
    expect(await blue.getByTestId('live-notice').textContent()).toBe('Your 1 order of this turn, given before the page was reloaded, is back.');
    await blue.getByRole('button', { name: 'Menu' }).click();
    expect(await blue.getByRole('heading', { name: 'Saved games' }).count()).toBe(0);
    // Gone to the menu on purpose, a reload stays there, with Rejoin offered.
    await blue.reload();
    await blue.getByRole('button', { name: `Rejoin class ${code} as Blue` }).click();
    await expect.poll(() => blue.getByTestId('live-bar').textContent()).toContain('Blue · connected');
    await blue.getByRole('tab', { name: 'News & intelligence' }).click();
    await expect.poll(() => blue.getByTestId('inject-now').textContent()).toContain('Czech initiative');

    await playTurn(blue);
    // The turn ended with the order given again; the notice has done its work.
    expect(await blue.getByTestId('live-notice').count()).toBe(0);
    const kinds = await blue.evaluate(() =>
      (window as unknown as { __rol: { exportReplay(): { turns: { orders: { kind: string }[] }[] } } }).__rol
        .exportReplay()
        .turns.map((t) => t.orders.map((o) => o.kind)),
    );
    expect(kinds.flat()).toContain('addShift');
    await playTurn(gold);
    // Three turns each: the desk's board has both teams at the turn they reached, with their scores so far.
    for (const name of ['Blue', 'Gold']) {
      await expect.poll(() => cell(name, 2).textContent()).toBe('Aug 2024 – Dec 2024 · turn 4 of 4');
      expect(await cell(name, 3).textContent()).toMatch(/^\d+$/);
    }
    expect(await scheduled()).toContain('Sep 2023: “Iran ships shells to Russia” — in the news of Blue, Gold');
    await shot(desk, 'live-desk');

    // Gold adds a shift, then the trainer locks extra shifts: the order is taken back with the reason, so End turn is not
    // refused for it (trainer play-test: a team could not end its turn after a live lock or inject).
    const goldOrders = async () => Number((await gold.locator('#tab-orders').textContent())!.match(/\((\d+)\)/)![1]);
    await gold.getByRole('tab', { name: 'Decisions' }).click();
    await gold
      .getByRole('button', { name: /^Add a shift at /, disabled: false })
      .first()
      .click();
    await expect.poll(goldOrders).toBe(1);
    await desk.getByTestId('live-levers').getByLabel('extra shifts').check();
    await expect.poll(() => gold.getByTestId('live-notice').textContent()).toMatch(/taken back: adds a shift at .*locked by your trainer/);
    expect(await goldOrders()).toBe(0);
    await desk.getByTestId('live-levers').getByLabel('extra shifts').uncheck();

    // Both teams play to the end; their results reach the dashboard, verified, and its CSV.
    // Each turn is ended once the last one is answered: a click while the last turn resolves would wait for a button the debrief takes away.
    const ready = async (team: Page) =>
      (await team.getByTestId('grade').isVisible()) || ((await endTurn(team).count()) > 0 && (await endTurn(team).isEnabled()));
    for (const team of [blue, gold]) {
      for (let i = 0; i < 8; i++) {
        await expect.poll(() => ready(team), { timeout: 30_000 }).toBe(true);
        if (await team.getByTestId('grade').isVisible()) break;
        await endTurn(team).click();
      }
      await expect.poll(() => team.getByTestId('grade').isVisible(), { timeout: 30_000 }).toBe(true);
      // The server has the result: the debrief does not ask the team to hand in a code (trainer play-test).
      expect(await team.getByTestId('live-result').textContent()).toContain('there is no code to hand in');
      expect(await team.getByRole('heading', { name: 'Result code to hand in' }).count()).toBe(0);
      // The class's scenario is not in every copy of the game: no link that would open nowhere (trainer play-test).
      expect(await team.getByTestId('share-link-none').isVisible()).toBe(true);
      expect(await team.getByRole('button', { name: 'Copy the replay link' }).count()).toBe(0);
    }
    await expect.poll(() => desk.getByTestId('live-results').textContent()).toContain('2 of 2 teams have finished');
    await desk.getByRole('link', { name: /Open the results/ }).click();
    await expect.poll(() => desk.getByRole('button', { name: 'Download CSV' }).isEnabled(), { timeout: 30_000 }).toBe(true);
    const csvDownload = desk.waitForEvent('download');
    await desk.getByRole('button', { name: 'Download CSV' }).click();
    const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
    for (const name of ['Blue', 'Gold']) expect(csv).toMatch(new RegExp(`,${name},every nation,total,`));
    // The results are in the desk's tab: the way back to the class is at hand.
    await desk.getByTestId('back-to-live').click();
    await expect.poll(() => desk.getByTestId('live-code').textContent()).toBe(code);
    // Back on the prepare desk while the class runs, the briefing to print gives the live class code (trainer play-test:
    // it gave only the link to play without the server).
    await desk.evaluate(() => (location.hash = '#/trainer'));
    await expect.poll(() => desk.getByTestId('briefing-live-code').textContent()).toContain(`type the code ${code}`);
    expect([...deskErrors, ...blueErrors, ...goldErrors]).toEqual([]);
  });

  it('a lost connection and a restarted server lose nothing: the team reconnects by itself with its unsent orders, and a second tab does not fork its game', async () => {
    const dir = mkdtempSync(joinPath(tmpdir(), 'live-e2e-'));
    let own = await startClassServer({ port: 0, dataDir: dir, log: () => undefined });
    const url = own.url;
    try {
      const { page: desk } = await openAt('#/trainer', url);
      const code = await runLive(desk);
      const device = await browserOf().newContext({ viewport: { width: 1366, height: 768 } });
      const { page: teal, errors } = await openAt('', url, device);
      await join(teal, code, 'Teal');
      expect(await teal.getByTestId('live-bar').textContent()).toContain('Teal · connected');
      const hashOf = (page: Page) => page.evaluate(() => (window as unknown as { __rol: { hash(): string } }).__rol.hash());

      // The server goes away mid-turn (to the browser, a Wi-Fi drop or a crash look the same). The team goes on giving orders.
      await own.close();
      await expect.poll(() => teal.getByTestId('live-bar').textContent()).toContain('connection lost: trying again');
      await teal.getByRole('tab', { name: 'Decisions' }).click();
      await teal.getByLabel('155 mm shells to send').fill('20000');
      await teal.getByRole('button', { name: 'Send 155 mm shells' }).click();
      await endTurn(teal).click();
      await expect.poll(() => teal.getByTestId('live-problem').textContent()).toContain('your orders are kept');

      // Back on the same port and database: the browser rejoins by itself, its order still there, and the turn ends with it.
      own = await startClassServer({ port: Number(new URL(url).port), dataDir: dir, log: () => undefined });
      await expect.poll(() => teal.getByTestId('live-bar').textContent(), { timeout: 20_000 }).toContain('Teal · connected');
      // The desk rejoined too, and still reads the class file's locks (it had read its own class as a shipped scenario).
      await expect.poll(() => desk.getByTestId('class-locks').textContent()).toContain('no new plants for Germany');
      await playTurn(teal);
      const orders = await teal.evaluate(() =>
        (window as unknown as { __rol: { exportReplay(): { turns: { orders: { kind: string }[] }[] } } }).__rol.exportReplay(),
      );
      // The turn's orders are its first month's (the months after it carry none of the team's).
      expect(orders.turns.flatMap((t) => t.orders.map((o) => o.kind))).toContain('drawdown');

      // A second tab of the same team joins with the code alone and finds the same game; a turn ended in one is played in both.
      const { page: tab } = await openAt('', url, device);
      await tab.getByRole('textbox', { name: 'Class code' }).fill(code);
      await tab.getByRole('button', { name: 'Join the class' }).click();
      await expect.poll(() => tab.getByTestId('live-bar').textContent()).toContain('Teal · connected');
      expect(await hashOf(tab)).toBe(await hashOf(teal));
      await playTurn(teal);
      await expect.poll(() => hashOf(tab)).toBe(await hashOf(teal));
      expect(await tab.getByTestId('live-problem').textContent()).toContain('Another browser of your team ended this turn');
      expect(await tab.getByTestId('month').textContent()).toBe(await teal.getByTestId('month').textContent());

      // Both tabs end the same turn at the same moment: one turn is played (six months), in both, to the same hash.
      const months = (page: Page) =>
        page.evaluate(() => (window as unknown as { __rol: { exportReplay(): { turns: unknown[] } } }).__rol.exportReplay().turns.length);
      const before = await months(teal);
      // Both students look at the same turn (End turn ready in both tabs) and press it at the same moment.
      for (const page of [teal, tab]) await expect.poll(() => endTurn(page).isEnabled(), { timeout: 10_000 }).toBe(true);
      await Promise.all([endTurn(teal).click({ force: true }), endTurn(tab).click({ force: true })]);
      await expect.poll(() => months(teal), { timeout: 20_000 }).toBe(before + 6);
      await expect.poll(() => months(tab), { timeout: 20_000 }).toBe(before + 6);
      // Still one turn a little later: no click ended the next one.
      await teal.waitForTimeout(1_500);
      expect([await months(teal), await months(tab)]).toEqual([before + 6, before + 6]);
      expect(await hashOf(tab)).toBe(await hashOf(teal));
      expect(await desk.getByTestId('live-board').textContent()).not.toContain('desync');

      // Teal's laptop dies: the desk gives a key, a new device types it with the class code and plays on at the same month
      // (trainer play-test: a dead laptop meant starting over under a new name). The old tabs are let go and say why.
      await desk.getByRole('button', { name: 'Move Teal to another device' }).click();
      const key = (await desk.getByTestId('team-key-Teal').textContent())!;
      expect(key).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
      for (const page of [teal, tab]) {
        await expect.poll(() => page.getByTestId('live-problem').textContent()).toContain('moved your team to another device');
        expect(await page.getByTestId('live-bar').textContent()).toContain('moved to another device');
      }
      const laptop = await browserOf().newContext({ viewport: { width: 1366, height: 768 } });
      const { page: fresh } = await openAt('', url, laptop);
      await fresh.getByRole('textbox', { name: 'Class code' }).fill(code);
      await fresh.getByText("Going on with your team's game on this device?").click();
      await fresh.getByRole('textbox', { name: 'Team key (from your trainer)' }).fill(key.toLowerCase());
      await fresh.getByRole('button', { name: 'Join the class' }).click();
      await expect.poll(() => fresh.getByTestId('live-bar').textContent()).toContain('Teal · connected');
      expect(await hashOf(fresh)).toBe(await hashOf(teal));
      await shot(desk, 'live-desk-move');
      await laptop.close();
      expect(errors).toEqual([]);
    } finally {
      await own.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
