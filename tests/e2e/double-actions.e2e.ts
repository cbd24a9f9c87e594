/** A double-click or a second press never does a thing twice (issue: no double actions). */
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';

const browserOf = useBrowser();

async function startGame(page: import('playwright-core').Page) {
  await page.getByLabel('Seed').fill('RACE-2023-X');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Skip tutorial' }).click();
}

describe('no double actions', () => {
  it('a double-click on End month ends one month, shows that it is resolving, and focuses the new headlines', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await startGame(page);
    await expect.poll(() => page.getByTestId('month').textContent()).toContain('Feb 2023');
    await page.getByRole('button', { name: 'End month' }).dblclick();
    await expect.poll(() => page.getByTestId('month').textContent()).toContain('Mar 2023');
    await page.waitForTimeout(800);
    expect(await page.getByTestId('month').textContent()).toContain('Mar 2023');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('headlines-title');
    // Enter pressed twice on the button: still one month.
    await page.getByRole('button', { name: 'End month' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(800);
    expect(await page.getByTestId('month').textContent()).toContain('Apr 2023');
    expect(errors).toEqual([]);
  });

  it('the button is off with a visible "Resolving…" while a month resolves, the panel busy and the status saying so', async () => {
    const { page } = await openPage(browserOf(), inject('baseUrl'));
    await startGame(page);
    // The month resolves after one frame: record what the page showed meanwhile.
    await page.evaluate(() => {
      const w = window as unknown as { seen: string[] };
      w.seen = [];
      new MutationObserver(() => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Resolving…');
        if (button)
          w.seen.push(
            `${button.disabled} ${button.getAttribute('aria-busy')} ${document.getElementById('panel')?.getAttribute('aria-busy')} ${document.querySelector('[data-testid=live]')?.textContent}`,
          );
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await page.getByRole('button', { name: 'End month' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Feb 2023: what changed' }).isVisible()).toBe(true);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen).toContain('true true true Resolving Feb 2023…');
    expect(await page.getByRole('button', { name: 'End month' }).getAttribute('aria-busy')).toBe('false');
  });

  it('after sending shells the slider, its label and the button agree, and a second press cannot send again', async () => {
    const { page } = await openPage(browserOf(), inject('baseUrl'));
    await startGame(page);
    const slider = page.getByLabel('155 mm shells to send');
    await slider.fill('200000');
    await expect.poll(() => page.locator('#draw-shell-effect').textContent()).toContain('200,000 now');
    const send = page.getByRole('button', { name: 'Send 155 mm shells' });
    await send.click();
    await expect.poll(() => page.getByTestId('order-result').textContent()).toContain('sends 200,000');
    expect(await slider.inputValue()).toBe('0');
    expect(await page.locator('#draw-shell-effect').textContent()).toContain('0 now');
    expect(await send.isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: /^Undo/ }).textContent()).toContain('(1)');
  });
});
