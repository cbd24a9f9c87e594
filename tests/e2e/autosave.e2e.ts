/** Autosave, Continue, a corrupt save, keyboard play and screen sizes. */
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';

const browserOf = useBrowser();

const hashOf = (page: import('playwright-core').Page) => page.evaluate(() => (window as unknown as { __rol: { hash(): string | null } }).__rol.hash());

describe('saving and restoring', () => {
  it('reloading offers Continue and restores the exact game; a corrupt save is reported and set aside', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await page.getByLabel('Seed').fill('BA1A-NCED-K');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    await page.getByLabel('155 mm shells to send').fill('100000');
    await page.getByRole('button', { name: 'Send 155 mm shells' }).click();
    await page.getByRole('button', { name: 'End month' }).click();
    await page.getByRole('button', { name: 'End month' }).click();
    await expect.poll(() => page.getByTestId('month').textContent()).toContain('Apr 2023');
    const before = await hashOf(page);
    await page.waitForTimeout(300);

    await page.reload();
    const cont = page.getByRole('button', { name: 'Continue saved game' });
    await expect.poll(() => cont.isEnabled()).toBe(true);
    await cont.click();
    await expect.poll(() => page.getByTestId('month').textContent()).toContain('Apr 2023');
    expect(await hashOf(page)).toBe(before);

    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('race-of-logistics');
          open.onsuccess = () => {
            const tx = open.result.transaction('saves', 'readwrite');
            tx.objectStore('saves').put('{"format":"race-of-logistics/save","version":1,"turns":"oops"}', 'autosave');
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    await page.reload();
    await expect.poll(() => cont.isEnabled()).toBe(true);
    await cont.click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/could not be restored[\s\S]*set aside/);
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => page.getByTestId('month').textContent()).toContain('Feb 2023');
    expect(errors).toEqual([]);
  });
});

describe('a saved game is never lost', () => {
  it('Start with a saved game asks first; setting it aside keeps it in the browser, and Cancel keeps everything', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await page.getByLabel('Seed').fill('BA1A-NCED-K');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    await page.getByRole('button', { name: 'End month' }).click();
    await expect.poll(() => page.getByTestId('month').textContent()).toContain('Mar 2023');
    await page.waitForTimeout(300);
    const saved = await hashOf(page);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    const ask = page.getByRole('alertdialog');
    await expect.poll(() => ask.isVisible()).toBe(true);
    await ask.getByRole('button', { name: 'Cancel' }).click();
    expect(await ask.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Set it aside and start' }).click();
    await expect.poll(() => page.getByTestId('month').textContent()).toContain('Feb 2023');
    const keys = await page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('race-of-logistics');
          open.onsuccess = () => {
            const req = open.result.transaction('saves').objectStore('saves').getAllKeys();
            req.onsuccess = () => resolve(req.result.map(String));
            req.onerror = () => reject(req.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    expect(keys.some((k) => k.startsWith('set-aside-'))).toBe(true);
    expect(saved).not.toBeNull();
    expect(errors).toEqual([]);
  });
});

describe('keyboard and screen sizes', () => {
  it('a month can be played by keyboard alone, with a visible focus ring', async () => {
    const { page } = await openPage(browserOf(), inject('baseUrl'));
    await page.getByLabel('Seed').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Skip tutorial' }).waitFor();
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement?.textContent?.trim() === 'End month');
    }
    expect(found).toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('month').textContent()).toContain('Mar 2023');
  });

  for (const size of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`the map fits its frame at ${size.width}×${size.height}`, async () => {
      const { page, errors } = await openPage(browserOf(), inject('baseUrl'), size);
      await page.getByRole('button', { name: 'Start' }).click();
      const canvas = page.locator('#map canvas');
      await canvas.waitFor();
      await page.waitForTimeout(300);
      const frame = (await page.locator('.map-wrap').boundingBox())!;
      const box = (await canvas.boundingBox())!;
      expect(box.width).toBeGreaterThan(300);
      expect(box.x).toBeGreaterThanOrEqual(frame.x - 1);
      expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
      expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height + 1);
      expect(errors).toEqual([]);
    });
  }
});
