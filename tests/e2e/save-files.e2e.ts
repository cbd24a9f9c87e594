/**
 * Saves as files and deleted with Undo (issue 12, item 4): a saved game is
 * downloaded in one browser and opened in another (a fresh profile: another
 * machine), where it is re-simulated and continues at the same month and hash;
 * a deleted save comes back with Undo; a file that is no save is answered.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { loadScenarioById } from '../../src/cli/scenario-files';
import { RULES_VERSION } from '../../src/sim/rules-version';
import { openPage, shot, useBrowser } from './browser';
import { putEntry } from './saves-db';

const browserOf = useBrowser();
const hashOf = (page: Page) => page.evaluate(() => (window as unknown as { __rol: { hash(): string | null } }).__rol.hash());

async function playTwoMonths(page: Page) {
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Skip tutorial' }).click();
  for (const next of ['Mar 2023', 'Apr 2023']) {
    await page.getByRole('button', { name: /^End month/ }).click();
    await expect.poll(() => page.getByTestId('month').textContent()).toContain(next);
  }
  // The autosave is written after the frame that shows the month.
  await page.waitForTimeout(500);
}

describe('saved games as files', () => {
  it('a save downloaded here opens on another machine, verified, at the same month and hash', async () => {
    const { page } = await openPage(browserOf(), inject('baseUrl'));
    await playTwoMonths(page);
    const hash = await hashOf(page);
    await page.getByRole('button', { name: 'Menu' }).click();
    const row = page.locator('.saves li').first();
    await expect.poll(() => row.textContent()).toMatch(/Apr 2023 · seed [0-9A-Z-]+ · \d+\/100 so far/);
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: /^Download/ }).click()]);
    expect(download.suggestedFilename()).toBe('race-of-logistics-apr-2023.save.json');
    const text = readFileSync((await download.path())!, 'utf8');

    const other = await openPage(browserOf(), inject('baseUrl'));
    const picker = other.page.getByLabel(/Or open a saved game file/);
    await picker.setInputFiles({ name: 'friend.save.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => other.page.getByTestId('import-status').textContent()).toContain('friend.save.json: verified (every month re-simulated)');
    await other.page
      .locator('.saves li')
      .first()
      .getByRole('button', { name: /^Continue/ })
      .click();
    await expect.poll(() => other.page.getByTestId('month').textContent()).toContain('Apr 2023');
    expect(await hashOf(other.page)).toBe(hash);

    // A file that is not a save is answered, and the menu goes on.
    await other.page.getByRole('button', { name: 'Menu' }).click();
    await other.page
      .getByLabel(/Or open a saved game file/)
      .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"x":1}') });
    await expect
      .poll(() => other.page.getByTestId('import-status').textContent())
      .toMatch(/notes\.json is not a saved game of Race of Logistics\. What is wrong, by place in the file: \$/);
    await other.page
      .getByLabel(/Or open a saved game file/)
      .setInputFiles({ name: 'half.json', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, 200)) });
    await expect
      .poll(() => other.page.getByTestId('import-status').textContent())
      .toBe('half.json is not a saved game: its text is not JSON (the file may be cut short, or another kind of file).');
    expect(other.errors).toEqual([]);
  });

  it('a deleted save comes back with Undo', async () => {
    const { page } = await openPage(browserOf(), inject('baseUrl'));
    await playTwoMonths(page);
    await page.getByRole('button', { name: 'Menu' }).click();
    const rows = page.locator('.saves li');
    await expect.poll(() => rows.count()).toBe(1);
    await rows
      .first()
      .getByRole('button', { name: /^Delete/ })
      .click();
    await expect.poll(() => page.getByTestId('deleted-save').textContent()).toMatch(/Deleted .*Apr 2023/);
    await expect.poll(() => rows.count()).toBe(0);
    await page.getByTestId('deleted-save').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Apr 2023');
  });
});

describe('named copies and saves of other rules', () => {
  it('a copy saved under a name stays as it was while the game plays on, and continuing it starts a new game', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await playTwoMonths(page);
    await page.getByRole('button', { name: 'Save a copy…' }).click();
    await page.getByTestId('copy-name').fill('  Before the   summer ');
    await page.getByRole('button', { name: 'Save the copy' }).click();
    await expect.poll(() => page.getByTestId('share-status').textContent()).toContain('Saved a copy as “Before the summer”');
    await page.getByRole('button', { name: /^End month/ }).click();
    await expect.poll(() => page.getByTestId('month').textContent()).toContain('May 2023');
    await page.waitForTimeout(500);
    await page.getByRole('button', { name: 'Menu' }).click();
    const rows = page.locator('.saves li');
    const copy = rows.filter({ hasText: 'Before the summer' });
    await expect.poll(() => rows.count()).toBe(2);
    expect(await copy.textContent()).toContain('Apr 2023');
    expect(await rows.filter({ hasNotText: 'Before the summer' }).textContent()).toContain('May 2023');

    await copy.getByRole('button', { name: /^Continue/ }).click();
    await expect.poll(() => page.getByTestId('month').textContent()).toContain('Apr 2023');
    expect(await page.getByTestId('share-status').textContent()).toContain('Playing on from the copy “Before the summer”');
    await page.getByRole('button', { name: /^End month/ }).click();
    await expect.poll(() => page.getByTestId('month').textContent()).toContain('May 2023');
    await page.waitForTimeout(500);
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect.poll(() => rows.count()).toBe(3);
    expect(await copy.textContent()).toContain('Apr 2023');
    expect(errors).toEqual([]);
  });

  it('a save made under rules version 4 opens read-only, naming both versions and what can be done, from the list and from a file', async () => {
    const replay = JSON.parse(readFileSync(`seeds/rules-4/golden-balanced.replay.json`, 'utf8')) as {
      scenario: { id: string; hash: string };
      seed: string;
      turns: unknown[];
    };
    const nations = loadScenarioById(replay.scenario.id).content.nations.map((n) => n.id);
    const old = JSON.stringify({
      format: 'race-of-logistics/save',
      version: 2,
      rulesVersion: 4,
      scenario: replay.scenario,
      seed: replay.seed,
      humanNations: nations,
      aiPolicy: 'balanced',
      savedAt: '2026-01-10T10:00:00.000Z',
      turns: replay.turns.slice(0, 5),
      gameId: 'oldrules0001',
    });
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await putEntry(page, 'game-oldrules0001', old);
    await page.reload();
    const row = page.locator('.saves li').filter({ hasText: 'rules version 4' });
    await expect.poll(() => row.textContent()).toContain(`5 months played · seed ${replay.seed} · made with rules version 4: it opens read-only`);
    expect(await page.getByRole('button', { name: 'Continue saved game' }).isDisabled()).toBe(true);

    await row.getByRole('button', { name: /^Open read-only/ }).click();
    await expect
      .poll(() => page.getByTestId('record-rules').textContent())
      .toContain(`made with rules version 4; this game plays rules version ${RULES_VERSION}`);
    expect(await page.getByTestId('record-month').textContent()).toContain('month 5 of 5');
    await page.keyboard.press('Home');
    await expect.poll(() => page.getByTestId('record-month').textContent()).toBe('The opening');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('record-month').textContent()).toContain('Feb 2023 · month 1 of 5');
    expect(await page.getByTestId('record-orders').textContent()).toMatch(/United States: .*adds a shift at/);
    await shot(page, 'old-rules-save');

    await page.getByRole('button', { name: new RegExp(`^New game: The race of logistics.*seed ${replay.seed}$`) }).click();
    await expect.poll(() => page.getByTestId('month').textContent()).toContain('Feb 2023');
    expect(await page.evaluate(() => (window as unknown as { __rol: { exportReplay(): { seed: string } | null } }).__rol.exportReplay()?.seed)).toBe(
      replay.seed,
    );

    const other = await openPage(browserOf(), inject('baseUrl'));
    await other.page.getByLabel(/Or open a saved game file/).setInputFiles({ name: 'old.save.json', mimeType: 'application/json', buffer: Buffer.from(old) });
    await expect.poll(() => other.page.getByTestId('record-rules').textContent()).toContain('made with rules version 4');
    expect(errors).toEqual([]);
    expect(other.errors).toEqual([]);
  });
});
