/**
 * A class's codes on the results dashboard: a team played a class with a lock
 * and injects (its own compiled scenario), so its code names a scenario the
 * dashboard does not ship and is refused until the trainer loads the class's
 * link; then the very same code verifies. A broken link is answered, and the
 * codes handed in stay.
 */
import { describe, expect, inject, it } from 'vitest';
import { loadScenarioById } from '../../src/cli/scenario-files';
import { buildContent } from '../../src/scenario/build-content';
import { LiveClass } from '../../src/server/live-class';
import { readClassValue, shelfFrom } from '../../src/share/class-file';
import { makeClassLink } from '../../src/share/class-link';
import { aClass } from '../class-fixture';
import { teamCode } from '../result-codes';
import { openPage, shot, useBrowser } from './browser';

const browserOf = useBrowser();
const klass = aClass();
const read = readClassValue(klass, shelfFrom([loadScenarioById('race-in-a-lesson').scenario]));
if (!read.ok) throw new Error(JSON.stringify(read.problems));
const played = teamCode({ team: 'Kestrels', policy: 'balanced', seed: klass.seed, content: buildContent(read.session.scenario) });
// A team of the same class run live: the class server makes it facilitated, so its code carries another content hash.
const live = LiveClass.fromFile('ABC-DEF-G', JSON.parse(JSON.stringify(klass)), shelfFrom([loadScenarioById('race-in-a-lesson').scenario]));
if (!live.ok) throw new Error(live.problem);
const playedLive = teamCode({ team: 'Bears', policy: 'historical', seed: klass.seed, content: live.value.content });

describe('a class on the results dashboard', () => {
  it('refuses a class game until the class link is loaded, then verifies it; a broken link is answered', async () => {
    const { page, errors } = await openPage(browserOf(), `${inject('baseUrl')}#/results`);
    await page.locator('#results-text').fill(`${played.code}\n${playedLive.code}`);
    await page.getByRole('button', { name: 'Verify codes' }).click();
    const progress = page.getByTestId('results-progress');
    await expect.poll(() => progress.textContent()).toContain('0 verified, 2 refused');
    expect(await page.getByRole('table').last().textContent()).toContain('verify once its class link or file is loaded');

    const box = page.getByRole('textbox', { name: 'Marking a class? Its link' });
    await box.fill(`${inject('baseUrl')}#/class?c=K1.broken`);
    await page.getByRole('button', { name: 'Load class' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/This class cannot be loaded: link: the class in the link is/);

    await box.fill(makeClassLink(inject('baseUrl'), klass, 'US'));
    await page.getByRole('button', { name: 'Load class' }).click();
    await expect.poll(() => page.getByTestId('class-load').textContent()).toContain(`Marking the class “${klass.title}”`);
    // The link prepared before the class ran live marks its live teams too (trainer play-test: every code refused as "edited").
    await expect.poll(() => progress.textContent()).toContain('2 verified, 0 refused');
    expect(await page.getByRole('table').first().textContent()).toContain('Kestrels');
    expect(await page.getByRole('table').first().textContent()).toContain('Bears');
    await shot(page, 'results-class');
    expect(errors).toEqual([]);
  });

  it("marks the class on this browser's desk by itself when its codes come in (trainer play-test: all refused on the desk's own browser)", async () => {
    const { page, errors } = await openPage(browserOf(), `${inject('baseUrl')}#/`);
    // The desk keeps the class it prepared in this browser (kept-desk.ts): as if the trainer had prepared it here.
    await page.evaluate((file) => localStorage.setItem('rol-trainer-desk', file), JSON.stringify(klass));
    await page.getByRole('link', { name: 'Open the class results' }).click();
    await page.locator('#results-text').fill(played.code);
    await page.getByRole('button', { name: 'Verify codes' }).click();
    await expect.poll(() => page.getByTestId('results-progress').textContent()).toContain('1 verified, 0 refused');
    expect(await page.getByTestId('class-load').textContent()).toContain(`Marking the class “${klass.title}”`);
    expect(errors).toEqual([]);
  });
});
