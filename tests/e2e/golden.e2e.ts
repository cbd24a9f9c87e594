/** The golden replays re-simulate in Chromium to the same hashes as in Node. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { closePages, launch, openPage } from './browser';

const dir = join(import.meta.dirname, '../../seeds');
const files = readdirSync(dir).filter((f) => f.endsWith('.replay.json'));
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterEach(async () => {
  await closePages(browser);
});
afterAll(async () => {
  await browser?.close();
});

describe('golden replays in the browser', () => {
  for (const f of files) {
    it(`${f} verifies in Chromium with its recorded final hash`, async () => {
      const text = readFileSync(join(dir, f), 'utf8');
      const { page, errors } = await openPage(browser, inject('baseUrl'));
      await page.getByLabel('Replay file').setInputFiles(join(dir, f));
      await expect.poll(() => page.getByTestId('replay-check').textContent()).toContain(`final hash ${JSON.parse(text).finalHash}`);
      expect(await page.getByTestId('replay-check').textContent()).toContain('Verified');
      expect(errors).toEqual([]);
    });
  }

  it('a tampered replay is refused, naming the turn that differs', async () => {
    const replay = JSON.parse(readFileSync(join(dir, 'golden-balanced.replay.json'), 'utf8'));
    replay.turns[2].orders = [];
    const { page } = await openPage(browser, inject('baseUrl'));
    // Pasted, this time (a small edit of a real replay).
    await page.locator('#replay-text').evaluate((el, value) => ((el as HTMLTextAreaElement).value = value), JSON.stringify(replay));
    await page.getByRole('button', { name: 'Check replay' }).click();
    await expect.poll(() => page.getByTestId('replay-check').textContent()).toContain('turn 3 (Apr 2023) differs');
  });
});
