/**
 * Saves as files and deleted with Undo (issue 12, item 4): a saved game is
 * downloaded in one browser and opened in another (a fresh profile: another
 * machine), where it is re-simulated and continues at the same month and hash;
 * a deleted save comes back with Undo; a file that is no save is answered.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';

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
    await expect.poll(() => row.textContent()).toMatch(/Apr 2023 · \d+\/100 so far/);
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: /^Download/ }).click()]);
    expect(download.suggestedFilename()).toBe('race-of-logistics-apr-2023.save.json');
    const text = readFileSync((await download.path())!, 'utf8');

    const other = await openPage(browserOf(), inject('baseUrl'));
    const picker = other.page.getByLabel(/Or open a saved game file/);
    await picker.setInputFiles({ name: 'friend.save.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => other.page.getByRole('alert').textContent()).toContain('friend.save.json: verified (every month re-simulated)');
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
    await expect.poll(() => other.page.getByRole('alert').textContent()).toMatch(/notes\.json cannot be opened: it is not a valid save \(\$/);
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
