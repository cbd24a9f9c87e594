/**
 * The debrief teaches, and the play screen warns: a student plays the
 * shortest scenario, draws Polish shells below the readiness floor (the
 * warning says what it will cost), ends every month, and reads a debrief
 * whose verdict states the win line and the score's parts before the grade,
 * whose first two screens hold what went well, what went wrong and what would
 * have helped, each counterfactual a game that replays to the score it shows.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenario-files';
import { newGame } from '../../src/scenario/build-game';
import { parseSeed } from '../../src/share/seed-code';
import { replayTurns, scoreGame, type Order } from '../../src/sim';
import { openPage, shot, useBrowser } from './browser';

const browserOf = useBrowser();
const SCENARIO = 'before-bucharest';
const SEED = 'BA1A-NCED-K';
const SCREEN = { width: 1366, height: 768 };

/** Where an element ends, in page pixels from the top of the page. */
const bottomOf = (page: Page, testId: string) => page.getByTestId(testId).evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
const topOf = (page: Page, testId: string) => page.getByTestId(testId).evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

describe('the debrief in Chromium', () => {
  it('warns of an objective about to be lost, then teaches on two screens what went well, what went wrong and what would have helped', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'), SCREEN);
    await page.getByRole('combobox', { name: /^Scenario/ }).selectOption(SCENARIO);
    await page.getByLabel('Seed').fill(SEED);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();

    // A drawdown below Poland's readiness floor warns at once, with the points it would cost.
    const warnings = page.getByTestId('objective-warnings');
    expect(await warnings.textContent()).not.toContain('readiness floor');
    await page.locator('.hud-acting select').selectOption('PL');
    await page.getByLabel('155 mm shells to send').fill('90000');
    await page.getByRole('button', { name: 'Send 155 mm shells' }).click();
    await expect.poll(() => warnings.textContent()).toMatch(/Poland is below its readiness floor: −\d+ points? if it stays so at the end\./);
    expect(await warnings.getAttribute('aria-live')).toBe('polite');
    await shot(page, 'play-warning');
    // The news tells the same stock as the decisions: what this month's orders send is said beside what Ukraine holds.
    await page.getByRole('tab', { name: 'News & intelligence' }).click();
    await expect.poll(() => page.getByRole('tabpanel').textContent()).toContain("This month's orders send 90,000 155 mm shells more.");
    await page.getByRole('tab', { name: 'Decisions' }).click();

    const end = page.getByRole('button', { name: 'End month' });
    for (let i = 0; i < 30 && !(await page.getByTestId('grade').isVisible()); i++) await end.click();
    await expect.poll(() => page.getByTestId('grade').textContent()).toMatch(/(Victory|Defeat) · \d+\/100 · grade [A-F]/);

    // The verdict: the win line and every objective's figure, target and points come before the grade.
    const c = loadScenario(SCENARIO).content;
    expect(await page.getByTestId('win-line').textContent()).toContain(`To win: ${c.winScore} of 100 points`);
    const parts = page.getByTestId('score-parts').locator('tbody tr');
    expect(await parts.count()).toBe(c.objectives.length);
    for (const row of await parts.allTextContents()) expect(row.trim()).toMatch(/\d+ of \d+$/);
    // The parts add up to the score the grade line gives (the weights sum to 100).
    const earned = (await parts.allTextContents()).reduce((sum, row) => sum + Number(/(\d+) of \d+$/.exec(row.trim())![1]), 0);
    expect(`· ${earned}/100 ·`).toBe(/· \d+\/100 ·/.exec((await page.getByTestId('grade').textContent())!)![0]);
    expect(await topOf(page, 'win-line')).toBeLessThan(await topOf(page, 'grade'));
    expect(await bottomOf(page, 'score-parts')).toBeLessThanOrEqual(await topOf(page, 'grade'));
    await expect.poll(() => page.getByTestId('against-history').textContent()).toMatch(/The allies’ own course on this seed .* scores \d+/);

    // What would have helped: worked out after the debrief is on screen, then each a re-simulated score.
    await expect.poll(() => page.getByTestId('counterfactual').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    const score = Number(/· (\d+)\/100/.exec((await page.getByTestId('grade').textContent())!)![1]);
    const shown = await page.getByTestId('counterfactual').allTextContents();
    for (const text of shown) expect(text).toMatch(new RegExp(`^Your score ${score} → \\d+( \\(victory\\))? if in \\w{3} \\d{4} you had `));
    // Each says where its points came from, and they add up to its change of score.
    for (const text of shown) {
      const [, to] = /→ (\d+)/.exec(text)!;
      const moved = [...text.matchAll(/\(([+−])(\d+)\)/g)].map(([, sign, n]) => (sign === '+' ? 1 : -1) * Number(n));
      expect(text).toMatch(/ Points gained on [^.]+\(\+\d+\)/);
      expect(moved.reduce((a, b) => a + b, 0)).toBe(Number(to) - score);
    }
    type Search = { computeMs: number; tried: number; best: { score: number; turns: Order[][] }[] };
    const search = await page.evaluate(() => (window as unknown as { __rol: { counterfactuals(): Search } }).__rol.counterfactuals());
    console.log(`what would have helped: ${search.tried} changed games in ${search.computeMs} ms`);
    const found = search.best;
    const seed = parseSeed(SEED);
    if (!seed.ok) throw new Error(seed.error);
    found.forEach((cf, i) => {
      expect(scoreGame(c, replayTurns(c, newGame(c, seed.seed), cf.turns)).score).toBe(cf.score);
      expect(shown[i]).toContain(`→ ${cf.score}`);
    });

    // The result code comes first, and its button copies it.
    expect(await topOf(page, 'result-code')).toBeLessThan(await topOf(page, 'win-line'));
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy result code' }).click();
    await expect.poll(() => page.getByTestId('copy-status').textContent()).toMatch(/^Copied, without a team name: type yours above/);
    await page.locator('#team-name').fill('Team Kestrel');
    await expect.poll(() => page.getByTestId('copy-status').textContent()).toBe('');
    await page.getByRole('button', { name: 'Copy result code' }).click();
    await expect.poll(() => page.getByTestId('copy-status').textContent()).toBe('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByTestId('result-code').inputValue());

    // The first two screens hold the verdict and the three lessons; the news is folded below.
    expect(await page.getByTestId('went-well').locator('li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('went-wrong').textContent()).toMatch(/Ukraine ran short in \w{3} \d{4}: .* above their readiness floors/);
    expect(await page.getByTestId('went-wrong').textContent()).toMatch(/Poland ended below its readiness floor/);
    for (const id of ['went-well', 'went-wrong', 'would-have-helped']) expect(await bottomOf(page, id)).toBeLessThanOrEqual(2 * SCREEN.height);
    expect(await page.locator('details.news-list').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    // After the lessons, the scenario's learning goals again, to answer from this war.
    const goals = page.getByTestId('learning-goals');
    expect(await goals.locator('li').allTextContents()).toEqual(loadScenario(SCENARIO).scenario.learningGoals);
    expect(await topOf(page, 'learning-goals')).toBeGreaterThan(await bottomOf(page, 'would-have-helped'));
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(
      `debrief: lessons end at ${((await bottomOf(page, 'would-have-helped')) / SCREEN.height).toFixed(2)} screens; page ${(height / SCREEN.height).toFixed(2)} screens`,
    );
    await shot(page, 'debrief-verdict');
    await page.evaluate(() => window.scrollTo(0, 768));
    await shot(page, 'debrief-lessons');
    expect(errors).toEqual([]);
  });

  it('in 2025 the briefing and the debrief say NATO’s out-produce claim is disputed, and show both counts of Russia’s output', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'), SCREEN);
    await page.getByRole('combobox', { name: /^Scenario/ }).selectOption('turning-the-tide');
    expect(await page.locator('.briefing').textContent()).toMatch(
      /a disputed claim that leaves out the old rounds Russia refurbishes and the shells it imports/,
    );
    await page.getByLabel('Seed').fill(SEED);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    const end = page.getByRole('button', { name: 'End month' });
    for (let i = 0; i < 14 && !(await page.getByTestId('grade').isVisible()); i++) await end.click();
    await expect.poll(() => page.getByTestId('grade').textContent()).toMatch(/(Victory|Defeat) · \d+\/100/);
    const claim = page.getByTestId('outproduce-claim');
    expect(await claim.textContent()).toMatch(/The claim is disputed\. It counts only what Russia’s new lines make/);
    // And where this war stands on the claim's own count, as the table's month says.
    const crossed = (await page
      .locator('section[aria-labelledby="compare-title"] table tbody tr')
      .filter({ hasText: 'first out-made' })
      .locator('td')
      .first()
      .textContent())!;
    expect(await claim.textContent()).toContain(crossed === 'never' ? 'never passed even Russia’s new lines' : `passed Russia’s new lines in ${crossed}`);
    // Both counts, for this game and for the allies' own course on the seed.
    const table = page.locator('section[aria-labelledby="compare-title"] table').first();
    const row = (label: RegExp) => table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: label }) });
    const newOnly = Number(
      (await row(/new lines only/)
        .locator('td')
        .first()
        .textContent())!.replace(/,/g, ''),
    );
    const all = Number(
      (await row(/with refurbished and imported/)
        .locator('td')
        .first()
        .textContent())!.replace(/,/g, ''),
    );
    expect(newOnly).toBeGreaterThan(0);
    expect(all).toBeGreaterThan(newOnly);
    expect(
      await row(/first out-made Russia’s new lines/)
        .locator('td')
        .first()
        .textContent(),
    ).toMatch(/^(never|[A-Z][a-z]{2} \d{4})$/);
    await shot(page, 'debrief-outproduce-claim');
    expect(errors).toEqual([]);
  });

  it('in the class scenario, played in turns of six months, what would have helped names a turn the student could have acted in', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'), SCREEN);
    await page.getByRole('combobox', { name: /^Scenario/ }).selectOption('race-in-a-lesson');
    await page.getByLabel('Seed').fill(SEED);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    const end = page.getByRole('button', { name: 'End turn' });
    for (let i = 0; i < 12 && !(await page.getByTestId('grade').isVisible()); i++) await end.click();
    await expect.poll(() => page.getByTestId('counterfactual').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    for (const text of await page.getByTestId('counterfactual').allTextContents())
      expect(text).toMatch(/^Your score \d+ → \d+( \(victory\))? if in the turn from (Feb|Aug) \d{4} you had /);
    expect(await page.getByTestId('would-have-helped').textContent()).toContain('with that one turn changed');
    for (const id of ['went-well', 'went-wrong', 'would-have-helped']) expect(await bottomOf(page, id)).toBeLessThanOrEqual(2 * SCREEN.height);
    // The game ends as its last turn resolves: that turn's headlines wait, folded, after the lessons.
    const lastTurn = page.getByTestId('last-turn');
    expect(await lastTurn.locator('summary').textContent()).toMatch(/The last turn, Aug 2024 – Dec 2024: what changed/);
    await lastTurn.locator('summary').click();
    expect(await lastTurn.getByTestId('headline').count()).toBeGreaterThanOrEqual(3);
    await shot(page, 'debrief-class');
    expect(errors).toEqual([]);
  });
});
