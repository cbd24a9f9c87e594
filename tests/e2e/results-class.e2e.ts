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

describe('a class on the results dashboard', () => {
  it('refuses a class game until the class link is loaded, then verifies it; a broken link is answered', async () => {
    const { page, errors } = await openPage(browserOf(), `${inject('baseUrl')}#/results`);
    await page.locator('#results-text').fill(played.code);
    await page.getByRole('button', { name: 'Verify codes' }).click();
    const progress = page.getByTestId('results-progress');
    await expect.poll(() => progress.textContent()).toContain('0 verified, 1 refused');

    const box = page.getByRole('textbox', { name: 'Marking a class? Its link' });
    await box.fill(`${inject('baseUrl')}#/class?c=K1.broken`);
    await page.getByRole('button', { name: 'Load class' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/This class cannot be loaded: link: the class in the link is/);

    await box.fill(makeClassLink(inject('baseUrl'), klass, 'US'));
    await page.getByRole('button', { name: 'Load class' }).click();
    await expect.poll(() => page.getByTestId('class-load').textContent()).toContain(`Marking the class “${klass.title}”`);
    await expect.poll(() => progress.textContent()).toContain('1 verified, 0 refused');
    expect(await page.getByRole('table').first().textContent()).toContain('Kestrels');
    await shot(page, 'results-class');
    expect(errors).toEqual([]);
  });
});
