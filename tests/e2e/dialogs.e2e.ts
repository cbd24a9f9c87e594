/** Dialogs are native modal <dialog>s: labelled by their heading, focus kept inside, closed by Escape or their buttons. */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';

const browserOf = useBrowser();

const isModal = (dialog: Locator) => dialog.evaluate((el) => el instanceof HTMLDialogElement && el.matches(':modal'));
const focusInside = (dialog: Locator) => dialog.evaluate((el) => el.contains(document.activeElement));

/** Tabs round the dialog more than once; no element outside it ever takes the focus. */
async function focusStaysIn(page: Page, dialog: Locator) {
  const stops = await dialog.evaluate((el) => {
    const w = window as unknown as { focusedOutside: string[] };
    w.focusedOutside = [];
    document.addEventListener('focusin', (e) => {
      if (!el.contains(e.target as Node)) w.focusedOutside.push((e.target as Element).outerHTML.slice(0, 80));
    });
    return el.querySelectorAll('input, select, button').length;
  });
  for (let i = 0; i < stops + 3; i++) await page.keyboard.press('Tab');
  return page.evaluate(() => (window as unknown as { focusedOutside: string[] }).focusedOutside);
}

describe('dialogs', () => {
  it('the negotiation dialog is modal, keeps the focus, and Escape closes it', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    const open = page.getByRole('button', { name: 'Negotiate 155 mm shells with Rheinmetall' });
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Negotiate with Rheinmetall' });
    await expect.poll(() => isModal(dialog)).toBe(true);
    await expect.poll(() => focusInside(dialog)).toBe(true);
    expect(await focusStaysIn(page, dialog)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    // The session knows it is closed: it opens again, and Walk away closes it.
    await open.click();
    await dialog.getByRole('button', { name: 'Walk away' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await open.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('how to play opens over the menu and closes with its button or Escape', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await page.getByRole('button', { name: 'How to play' }).click();
    const dialog = page.getByRole('dialog', { name: 'How to play' });
    await expect.poll(() => isModal(dialog)).toBe(true);
    expect(await dialog.getByRole('button', { name: 'Close' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.getByRole('button', { name: 'How to play' }).click();
    await expect.poll(() => isModal(dialog)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
