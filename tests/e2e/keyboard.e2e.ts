/**
 * A month by keyboard alone, through every dialog and the Why? chain: focus always lands on
 * something named (never the page body) and returns to the control that opened a view.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, shot, useBrowser } from './browser';

const browserOf = useBrowser();

/** What has the focus: its accessible text, or BODY when focus was dropped. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'BODY';
    return (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim();
  });

/** Presses Tab until the focused control's text matches, as a keyboard user would. */
async function tabTo(page: Page, text: RegExp, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (text.test(await focused(page))) return;
  }
  throw new Error(`no control matching ${text} within ${max} tabs; last focus: ${await focused(page)}`);
}

describe('keyboard only', () => {
  it('plays a month through How to play, the negotiation dialog, End month, Why? and back, never dropping focus', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));

    // How to play, from the menu: Escape closes it and focus returns to its button.
    await tabTo(page, /^How to play$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog', { name: 'How to play' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('How to play');

    await tabTo(page, /^Start$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Skip tutorial$/);
    await page.keyboard.press('Enter');
    expect(await focused(page)).not.toBe('BODY');

    // The negotiation dialog: opens on its first field, Escape closes it, focus returns to its opener.
    await tabTo(page, /^Negotiate .* with /);
    const opener = await focused(page);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await focused(page)).toBe(opener);

    await tabTo(page, /^End month$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('month').textContent()).toContain('Mar 2023');
    // The month's headlines have the focus, at their heading.
    await expect.poll(() => focused(page)).toBe('Feb 2023: what changed');

    // A headline's Why? opens the chain under it, the focus staying on the button; Enter again closes it.
    await tabTo(page, /^Why: Ukraine's shell stock/);
    const why = await focused(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('Ukraine began the month with').count()).toBeGreaterThan(0);
    expect(await focused(page)).toBe(why);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('section.why').count()).toBe(0);
    expect(await focused(page)).toBe(why);

    // Details: the full report, with a Why? on every change, and back to its button.
    await tabTo(page, /^Details$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Feb 2023: the full report');
    await tabTo(page, /^Why: Ukraine began the month/);
    const stockWhy = await focused(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText("Ukraine's own plants made").count()).toBeGreaterThan(0);
    await shot(page, 'keyboard-why');
    // Tab goes from the Why? into its chain, where the deeper causes unfold.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('section.why'))).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe(stockWhy);
    expect(errors).toEqual([]);
  });
});
