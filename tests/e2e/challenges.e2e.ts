/**
 * The menu's challenges (issue 12, items 6 and 8): the list renders with the
 * score to beat, each challenge starts a game on its own scenario and seed,
 * and the seed of the day goes into the seed box.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { challengesFileSchema, seedOfTheDay, utcDate } from '../../src/share/challenges';
import { openPage, shot, useBrowser } from './browser';

const browserOf = useBrowser();
const { challenges } = challengesFileSchema.parse(JSON.parse(readFileSync('seeds/challenges.json', 'utf8')));
type Rol = { __rol: { exportReplay(): { scenario: { id: string }; seed: string } | null } };

describe('challenges on the menu', () => {
  it('lists every challenge with its score to beat, and each starts its scenario and seed', async () => {
    const { page, errors } = await openPage(browserOf(), `${inject('baseUrl')}#/`);
    const list = page.getByTestId('challenges');
    await list.locator('summary').click();
    await expect.poll(() => list.locator('li').count()).toBe(challenges.length);
    await expect
      .poll(() =>
        list
          .getByRole('button', { name: /^Play the challenge/ })
          .first()
          .isEnabled(),
      )
      .toBe(true);
    await list.scrollIntoViewIfNeeded();
    await shot(page, 'challenges');
    for (const c of challenges) {
      expect(await list.textContent()).toContain(`To beat: ${c.balanced.score}/100`);
      await page.getByTestId(`challenge-${c.id}`).click();
      await page.getByTestId('month').waitFor();
      const game = await page.evaluate(() => (window as unknown as Rol).__rol.exportReplay());
      expect(game).toMatchObject({ scenario: { id: c.scenario }, seed: c.seed });
      // The game says it is that challenge, with the score to beat, and opens at the top of the page.
      expect(await page.getByTestId('hud-context').textContent()).toBe(`Challenge “${c.title}”: to beat ${c.balanced.score}/100`);
      expect(await page.evaluate(() => scrollY)).toBe(0);
      await page.evaluate(() => (location.hash = '#/'));
      if (!(await list.getAttribute('open'))) await list.locator('summary').click();
    }
    expect(errors).toEqual([]);
  });

  it('the seed of the day is the same as in Node for today, and goes into the seed box', async () => {
    const { page } = await openPage(browserOf(), `${inject('baseUrl')}#/`);
    const today = seedOfTheDay(utcDate(new Date()));
    await page.getByTestId('challenges').locator('summary').click();
    expect(await page.getByTestId('seed-of-the-day').textContent()).toBe(today);
    await page.getByRole('button', { name: 'Put it in the New game seed box' }).click();
    expect(await page.getByLabel('Seed').inputValue()).toBe(today);
  });
});
