/** The golden replays re-simulate in Chromium to the same hashes as in Node. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';

const dir = join(import.meta.dirname, '../../seeds');
const files = readdirSync(dir).filter((f) => f.endsWith('.replay.json'));
const browserOf = useBrowser();

describe('golden replays in the browser', () => {
  for (const f of files) {
    it(`${f} verifies in Chromium with its recorded final hash`, async () => {
      const text = readFileSync(join(dir, f), 'utf8');
      const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
      await page.getByLabel('Replay file').setInputFiles(join(dir, f));
      await expect.poll(() => page.getByTestId('replay-check').textContent()).toContain(`final hash ${JSON.parse(text).finalHash}`);
      expect(await page.getByTestId('replay-check').textContent()).toContain('Verified');
      expect(errors).toEqual([]);
    });
  }

  it('a tampered replay is refused, naming the turn that differs', async () => {
    const replay = JSON.parse(readFileSync(join(dir, 'golden-balanced.replay.json'), 'utf8'));
    replay.turns[2].orders = [];
    const { page } = await openPage(browserOf(), inject('baseUrl'));
    // Pasted, this time (a small edit of a real replay).
    await page.locator('#replay-text').evaluate((el, value) => ((el as HTMLTextAreaElement).value = value), JSON.stringify(replay));
    await page.getByRole('button', { name: 'Check replay' }).click();
    await expect.poll(() => page.getByTestId('replay-check').textContent()).toContain('turn 3 (Apr 2023) differs');
  });
});
