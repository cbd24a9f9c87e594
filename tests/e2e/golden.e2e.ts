/**
 * The golden replays of the current rules version re-simulate in Chromium to
 * the same hashes as in Node; those of an older version are answered with
 * both versions, never re-simulated.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { RULES_VERSION } from '../../src/sim/rules-version';
import { openPage, useBrowser } from './browser';

const dir = join(import.meta.dirname, '../../seeds', `rules-${RULES_VERSION}`);
const oldDir = join(import.meta.dirname, '../../seeds', 'rules-1');
const files = readdirSync(dir).filter((f) => f.endsWith('.replay.json'));
const browserOf = useBrowser();

describe('golden replays in the browser', () => {
  for (const f of files) {
    it(`${f} verifies in Chromium with its recorded final hash`, async () => {
      const text = readFileSync(join(dir, f), 'utf8');
      const { page, errors } = await openPage(browserOf(), `${inject('baseUrl')}#/replay`);
      await page.getByLabel('Replay file').setInputFiles(join(dir, f));
      await expect.poll(() => page.getByTestId('replay-check').textContent()).toContain(`final hash ${JSON.parse(text).finalHash}`);
      expect(await page.getByTestId('replay-check').textContent()).toContain('Verified');
      expect(errors).toEqual([]);
    });
  }

  it('a replay dropped before its scenario has loaded waits for it, then verifies (not "not available here")', async () => {
    const f = join(dir, 'golden-historical.replay.json');
    const context = await browserOf().newContext();
    // The menu opens on the class scenario first; hold back the long game's file until the replay is given.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await context.route(/race-of-logistics-[^/]*\.json$/, async (route) => {
      await held;
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}#/replay`);
    await page.getByLabel('Replay file').setInputFiles(f);
    await expect.poll(() => page.getByTestId('replay-check').textContent()).toContain('still loading');
    release();
    await expect.poll(() => page.getByTestId('replay-check').textContent()).toContain(`final hash ${JSON.parse(readFileSync(f, 'utf8')).finalHash}`);
  });

  it('a replay from rules version 1 is answered with both versions, not re-simulated', async () => {
    const { page } = await openPage(browserOf(), `${inject('baseUrl')}#/replay`);
    await page.getByLabel('Replay file').setInputFiles(join(oldDir, 'golden-balanced.replay.json'));
    await expect
      .poll(() => page.getByTestId('replay-check').textContent())
      .toContain(`made with rules version 1; this game plays rules version ${RULES_VERSION}`);
    const text = await page.getByTestId('replay-check').textContent();
    expect(text).not.toContain('Verified');
    expect(text).not.toContain('differs');
  });

  it('a tampered replay is refused, naming the turn that differs', async () => {
    const replay = JSON.parse(readFileSync(join(dir, 'golden-balanced.replay.json'), 'utf8'));
    replay.turns[2].orders = [];
    const { page } = await openPage(browserOf(), `${inject('baseUrl')}#/replay`);
    // Pasted, this time (a small edit of a real replay).
    await page.locator('#replay-text').evaluate((el, value) => ((el as HTMLTextAreaElement).value = value), JSON.stringify(replay));
    await page.getByRole('button', { name: 'Check replay' }).click();
    await expect.poll(() => page.getByTestId('replay-check').textContent()).toContain('month 3 (Apr 2023) differs');
  });
});
