/**
 * The replay viewer in Chromium (issue 12, items 1–3, 8): a replay link opened
 * in a fresh browser re-simulates hash for hash; a hobbyist scrubs to a month
 * and sees that month's report and map, branches, plays on and gets a game
 * that verifies and is compared with the original; a link made under other
 * rules or mistyped is answered, and the game in progress is untouched.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { loadScenarioById } from '../../src/cli/scenario-files';
import { parseReplayFile, type ReplayFile } from '../../src/share/files';
import { linkedGameOfReplay } from '../../src/share/replay-link/link-game';
import { makeReplayLink } from '../../src/share/replay-link/replay-link';
import { RULES_VERSION } from '../../src/sim/rules-version';
import { teamCode } from '../result-codes';
import { openPage, openTab, shot, useBrowser, verifyInNode } from './browser';

const browserOf = useBrowser();
type Watched = { hashes: string[]; at: number } | null;
const watched = (page: import('playwright-core').Page) => page.evaluate(() => (window as unknown as { __rol: { watched(): Watched } }).__rol.watched());

const golden = (name: string): ReplayFile => {
  const r = parseReplayFile(readFileSync(`seeds/rules-${RULES_VERSION}/${name}.replay.json`, 'utf8'));
  if (!r.ok) throw new Error('golden unreadable');
  return r.value;
};
const linkOf = (replay: ReplayFile) => makeReplayLink(inject('baseUrl'), linkedGameOfReplay(replay), loadScenarioById(replay.scenario.id).content);

describe('replay links in the browser', () => {
  it.each(['golden-balanced', 'golden-historical'])('the link of %s re-simulates in a fresh browser to the same hash every month', async (name) => {
    const replay = golden(name);
    const { page, errors } = await openPage(browserOf(), linkOf(replay));
    await expect.poll(() => page.getByTestId('watch-verified').textContent(), { timeout: 20_000 }).toContain(replay.finalHash);
    expect((await watched(page))?.hashes).toEqual(replay.turns.map((t) => t.hash));
    expect(errors).toEqual([]);
  });

  it('Space plays and pauses even after a click on another timeline button', async () => {
    const { page } = await openPage(browserOf(), linkOf(golden('golden-historical')));
    await page.getByTestId('watch-verified').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: '◀ Back' }).click();
    await expect.poll(() => page.getByTestId('watch-month').textContent()).toContain('month 22 of 23');
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('play').textContent()).toContain('Pause');
    expect(await page.getByTestId('watch-month').textContent()).not.toContain('month 21');
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('play').textContent()).toContain('Play');
  });

  it('scrubs to a month, shows its report and map, branches, plays on and verifies', async () => {
    const played = teamCode({ team: 'Herons', policy: 'balanced', seed: 'BA1A-NCED-K', scenario: 'stocks-running-dry' });
    const { page, errors } = await openPage(browserOf(), linkOf(played.replay));
    await expect.poll(() => page.getByTestId('watch-month').textContent(), { timeout: 20_000 }).toContain('month 10 of 10');
    // The keys: Home to the opening, then three months on (Sep, Oct, Nov 2022).
    await page.locator('body').press('Home');
    for (let i = 0; i < 3; i++) await page.locator('body').press('ArrowRight');
    await expect.poll(() => page.getByTestId('watch-month').textContent()).toContain('Nov 2022 · month 3 of 10');
    await expect.poll(() => page.locator('#panel h2, #panel h3').first().textContent()).toContain('Nov 2022');
    expect(await page.locator('#map').getAttribute('aria-label')).toContain('Nov 2022');
    await page.getByTestId('watch-orders').locator('summary').click();
    await expect.poll(() => page.getByTestId('watch-orders').textContent()).toMatch(/Orders given in Nov 2022 \(\d+\)/);
    // The slider jumps; End goes to the last month.
    await page.getByTestId('slider').fill('6');
    await expect.poll(() => page.getByTestId('watch-month').textContent()).toContain('Feb 2023 · month 6 of 10');
    await shot(page, 'replay-viewer');
    await page.getByTestId('branch').click();
    await expect.poll(() => page.getByTestId('month').textContent()).toContain('Mar 2023');
    const skip = page.getByRole('button', { name: 'Skip tutorial' });
    if (await skip.isVisible()) await skip.click();
    for (let month = 0; month < 4; month++) {
      await page.getByRole('button', { name: /^End month/ }).click();
      await page.waitForFunction(
        (n) => document.querySelector('[data-testid=month]')?.textContent?.includes(n) || !!document.querySelector('.debrief'),
        ['Apr 2023', 'May 2023', 'Jun 2023'][month] ?? 'never',
      );
      if (await page.locator('.debrief').isVisible()) break;
    }
    await expect
      .poll(async () => (await page.getByTestId('branch-compare').textContent())?.replace(/\s+/g, ' '), { timeout: 20_000 })
      .toMatch(new RegExp(`You played on from month 6 of the original\\. Your branch scores \\d+/100; the original scored ${played.score.score}/100`));
    const cli = await verifyInNode(page);
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain('verified 10 months');
    expect(errors).toEqual([]);
  });

  it('a branch starts with the standing orders its player had at that month, and the viewer says so', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1366, height: 768 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const { page, errors } = await openTab(context, inject('baseUrl'));
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    // Before any month is played, Share gives the war itself: its scenario and seed (hobbyist play-test: no Share then).
    await page.getByRole('button', { name: 'Share' }).click();
    await expect.poll(() => page.getByTestId('share-status').textContent()).toContain('Link to this war copied');
    const war = await page.evaluate(() => navigator.clipboard.readText());
    const seed = (await page.getByTestId('month').locator('..').textContent())?.match(/seed ([0-9A-Z-]+)/)?.[1];
    expect(war).toMatch(new RegExp(`#/play\\?scenario=race-of-logistics&seed=${seed}$`));
    await page.getByLabel('Acting for').selectOption({ label: 'Germany' });
    await page.locator('#draw-shell').fill('5000');
    await page.getByRole('checkbox', { name: /^Repeat every month until cancelled\W+155 mm shells/ }).check();
    await page.getByRole('button', { name: 'Send 155 mm shells' }).click();
    const endMonth = async (next: string) => {
      await page.getByRole('button', { name: /^End month/ }).click();
      await expect.poll(() => page.getByTestId('month').textContent()).toContain(next);
    };
    // Set in Feb 2023, it gives Germany's orders of March and April; cancelled in April, none after.
    await endMonth('Mar 2023');
    await endMonth('Apr 2023');
    await page.getByRole('tab', { name: /^Orders/ }).click();
    const said = 'Germany sends 5,000 155 mm shells every month';
    await page
      .getByTestId('standing-orders')
      .getByRole('button', { name: `Cancel standing order: ${said}` })
      .click();
    await endMonth('May 2023');
    await endMonth('Jun 2023');
    await page.getByRole('button', { name: 'Share' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('#/replay?g=');

    const { page: viewer, errors: viewerErrors } = await openPage(browserOf(), link);
    await expect.poll(() => viewer.getByTestId('watch-month').textContent(), { timeout: 20_000 }).toContain('month 4 of 4');
    expect(await viewer.getByTestId('branch-standing').count()).toBe(0);
    await viewer.getByTestId('slider').fill('2');
    await expect.poll(() => viewer.getByTestId('branch-standing').textContent()).toContain(said);
    await shot(viewer, 'replay-branch-standing');
    await viewer.getByTestId('branch').click();
    await expect.poll(() => viewer.getByTestId('month').textContent()).toContain('Apr 2023');
    const skip = viewer.getByRole('button', { name: 'Skip tutorial' });
    if (await skip.isVisible()) await skip.click();
    await viewer.getByRole('tab', { name: /^Orders/ }).click();
    expect(await viewer.getByTestId('standing-orders').textContent()).toContain(said);
    // It gave the branch's first month its order, as it gave the original's April.
    expect((await viewer.getByTestId('month-orders').textContent())?.replace(/\s+/g, ' ')).toMatch(/Germany sends 5,000 155 mm shells.*standing order/);
    expect([...errors, ...viewerErrors]).toEqual([]);
  });

  it('mid-turn, plays on from the turn’s start; Space plays even with the slider in focus', async () => {
    const played = teamCode({ team: 'Ospreys', policy: 'balanced', seed: 'BA1A-NCED-K', scenario: 'race-in-a-lesson' });
    const { page, errors } = await openPage(browserOf(), linkOf(played.replay));
    await expect.poll(() => page.getByTestId('watch-month').textContent(), { timeout: 20_000 }).toContain('month 23 of 23');
    await page.getByTestId('slider').fill('8');
    await expect.poll(() => page.getByTestId('branch').textContent()).toContain("Play from this turn's start (after Jul 2023)");
    await page.getByTestId('slider').focus();
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('play').textContent()).toContain('Pause');
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('play').textContent()).toContain('Play');
    await page.getByTestId('slider').fill('8');
    await page.getByTestId('branch').click();
    await expect.poll(() => page.getByTestId('month').textContent()).toContain('Aug 2023');
    // Straight back to the menu, before a month of its own: the branch is among the saved games, to continue.
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect.poll(() => page.locator('.saves').textContent()).toContain('(a branch, from month 6 of a shared game)');
    expect(errors).toEqual([]);
  });

  it('a link from other rules names both versions; a mistyped one says so; the game in progress stays', async () => {
    const { page } = await openPage(browserOf(), inject('baseUrl'));
    await page.getByRole('button', { name: 'Start' }).click();
    const skip = page.getByRole('button', { name: 'Skip tutorial' });
    await skip.click();
    await page.getByRole('button', { name: /^End month/ }).click();
    await expect.poll(() => page.getByTestId('month').textContent()).toContain('Mar 2023');
    const before = await page.evaluate(() => (window as unknown as { __rol: { hash(): string } }).__rol.hash());
    const older = golden('golden-balanced');
    const content = loadScenarioById('race-of-logistics').content;
    const link = makeReplayLink(inject('baseUrl'), { ...linkedGameOfReplay(older), rulesVersion: RULES_VERSION - 1 }, content);
    await page.evaluate((hash) => (location.hash = hash), link.slice(link.indexOf('#')));
    await expect
      .poll(() => page.getByTestId('watch-problem').textContent())
      .toContain(`made with rules version ${RULES_VERSION - 1}; this game plays rules version ${RULES_VERSION}`);
    await page.evaluate((hash) => (location.hash = hash), link.slice(link.indexOf('#'), -30));
    await expect.poll(() => page.getByTestId('watch-problem').textContent()).toMatch(/cut short or mistyped/);
    await page.evaluate(() => (location.hash = '#/play'));
    await expect.poll(() => page.getByTestId('month').textContent()).toContain('Mar 2023');
    expect(await page.evaluate(() => (window as unknown as { __rol: { hash(): string } }).__rol.hash())).toBe(before);
  });
});
