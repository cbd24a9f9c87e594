/**
 * Negotiating in Chromium at a laptop's 1366×768: the dialog fits with its
 * action in view, its dates are the ones the contract then keeps, and what it
 * says sending an offer gets is what the firm answers.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, shot, useBrowser } from './browser';

const browserOf = useBrowser();

/** A new game of the default scenario as the alliance coordinator (every nation: the longest pooled-order list). */
async function newGame(page: Page) {
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Skip tutorial' }).click();
}

/** The element's box lies inside the viewport, and it is the element a click at its centre reaches (nothing covers it). */
async function inView(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const size = page.viewportSize()!;
  if (!box || box.y < 0 || box.x < 0 || box.y + box.height > size.height || box.x + box.width > size.width) return false;
  return target.evaluate((el, at) => el.contains(document.elementFromPoint(at.x, at.y)), { x: box.x + box.width / 2, y: box.y + box.height / 2 });
}

describe('the negotiation dialog', () => {
  it('fits a 1366×768 screen with Send offer in view, whatever the answer adds, without scrolling the page', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'), { width: 1366, height: 768 });
    await newGame(page);
    await page.getByRole('button', { name: 'Negotiate 155 mm shells with Rheinmetall' }).click();
    const dialog = page.getByRole('dialog', { name: 'Negotiate with Rheinmetall' });
    const send = dialog.getByRole('button', { name: 'Send offer' });
    await expect.poll(() => inView(page, send)).toBe(true);
    // A counter-offer brings the firm's reasons and a second button: the actions stay in view.
    await dialog.getByLabel('155 mm shells a month').fill('6000');
    await send.click();
    await expect.poll(() => dialog.getByTestId('firm-answer').textContent()).toMatch(/ makes a counter-offer/);
    await dialog.getByLabel('155 mm shells a month').fill('5000');
    await expect.poll(() => inView(page, send)).toBe(true);
    expect(await inView(page, dialog.getByRole('button', { name: 'Accept counter-offer' }))).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await shot(page, 'negotiation-1366x768');
    expect(errors).toEqual([]);
  });

  it('shows the first deliveries the contract then keeps, before and after signing', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await newGame(page);
    // Feb 2023, Rheinmetall has 2,000 a month free and a six-month production cycle: deliveries from Aug 2023.
    expect(
      await page
        .getByRole('region', { name: 'Buy from firms' })
        .getByRole('row', { name: /^Rheinmetall\b/ })
        .textContent(),
    ).toContain('Aug 2023');
    await page.getByRole('button', { name: 'Negotiate 155 mm shells with Rheinmetall' }).click();
    const dialog = page.getByRole('dialog', { name: 'Negotiate with Rheinmetall' });
    // The same in the dialog, for its first draft (2,000 a month).
    await expect.poll(() => dialog.getByTestId('outlook').textContent()).toContain('First deliveries Aug 2023, at the full 2,000 155 mm shells a month');
    await dialog.getByRole('button', { name: 'Send offer' }).click();
    await expect.poll(() => dialog.getByTestId('firm-answer').textContent()).toContain('Rheinmetall accepted: contract signed');
    // After signing: the signed contract's dates, not those of another order behind it.
    const after = (await dialog.getByTestId('outlook').textContent())!;
    expect(after).toMatch(/Signed the Rheinmetall contract of Feb 2023 \(c\d+\)/);
    expect(await dialog.getByLabel('155 mm shells a month').isDisabled()).toBe(true);
    expect(after).toContain('First deliveries Aug 2023, at the full 2,000 155 mm shells a month');
    await shot(page, 'negotiation-signed');
    expect(errors).toEqual([]);
  });

  it('forecasts a price range, not the price; a low bid is countered inside that range, and the advance saves what the firm says', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await newGame(page);
    await page.getByRole('button', { name: 'Negotiate 155 mm shells with Rheinmetall' }).click();
    const dialog = page.getByRole('dialog', { name: 'Negotiate with Rheinmetall' });
    const euros = (text: string) => [...text.matchAll(/€([\d,]+)/g)].map((m) => Number(m[1]!.replace(/,/g, '')));
    // The first draft sits at the top of the range: the firm would take it.
    await expect.poll(() => dialog.getByTestId('forecast').textContent()).toContain('Likely answer: acceptance');
    const [low, high] = euros((await dialog.getByTestId('price-range').textContent())!);
    expect(high! - low!).toBeGreaterThan(0);
    // Bid below the range: expect a counter-offer at a higher price, and the firm's stated saving for an advance.
    await dialog.getByLabel('Price per unit (€)').fill(String(low! - 200));
    await expect.poll(() => dialog.getByTestId('forecast').textContent()).toContain('a counter-offer at a higher price');
    const forecast = (await dialog.getByTestId('forecast').textContent())!.replace(/\s+/g, ' ');
    const saving = /A further 10\.0 % in advance would lower the price by €([\d,]+)/.exec(forecast);
    expect(saving).not.toBeNull();
    await dialog.getByRole('button', { name: 'Send offer' }).click();
    await expect.poll(() => dialog.getByTestId('firm-answer').textContent()).toContain('counter-offer');
    const answer = (await dialog.getByTestId('firm-answer').textContent())!.replace(/\s+/g, ' ');
    const asked = euros(/at (€[\d,]+)/.exec(answer)![1]!)[0]!;
    expect(asked).toBeGreaterThanOrEqual(low!);
    expect(asked).toBeLessThanOrEqual(high!);
    // The counter names the same saving for a further 10 % in advance.
    expect(answer).toContain(`A further 10.0 % in advance would lower the price by €${saving![1]}`);
    await shot(page, 'negotiation-range');
    expect(errors).toEqual([]);
  });

  it('says before Accept when a counter-offer’s advance is more than the nation has, and keeps Accept off (hobbyist play-test)', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await page.getByRole('combobox', { name: /^Scenario/ }).selectOption('race-of-logistics');
    await page.getByLabel('Your role').selectOption('CZ');
    await newGame(page);
    await page.getByRole('button', { name: 'Negotiate 155 mm shells with Czechoslovak Group' }).click();
    const dialog = page.getByRole('dialog', { name: 'Negotiate with Czechoslovak Group' });
    await dialog.getByLabel('155 mm shells a month').fill('3000');
    await dialog.getByLabel(/^Months/).fill('36');
    // 5 % in advance at €2,200 a shell: €11.9 m, within Czechia's €15 m; the firm asks for more months at a higher price.
    await dialog.getByLabel('Price per unit (€)').fill('2200');
    await dialog.getByLabel(/^Advance payment/).fill('500');
    await dialog.getByRole('button', { name: 'Send offer' }).click();
    await expect.poll(() => dialog.getByTestId('firm-answer').textContent()).toMatch(/counter-offer[\s\S]*% advance/);
    const note = dialog.getByTestId('counter-unpaid');
    await expect
      .poll(() => note.textContent())
      .toMatch(/Czechia cannot pay this counter-offer's advance: €[\d,.]+ [mb]n?, with €[\d,.]+ m\. Offer fewer shells/);
    expect(await note.textContent()).not.toContain('share the order');
    // Czechia alone cannot pool an order: the firm's reasons do not offer it.
    expect(await dialog.getByTestId('firm-answer').textContent()).not.toContain('Pooling');
    expect(await dialog.getByRole('button', { name: 'Accept counter-offer' }).isDisabled()).toBe(true);
    await shot(page, 'negotiation-unpaid-advance');
    expect(errors).toEqual([]);
  });

  it('after a purchase, the firm’s free capacity says why it changed', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await newGame(page);
    const free = page.getByTestId('free-rheinmetall-shell');
    expect((await free.textContent())!.trim()).toBe('2,000');
    await page.getByRole('button', { name: 'Negotiate 155 mm shells with Rheinmetall' }).click();
    const dialog = page.getByRole('dialog', { name: 'Negotiate with Rheinmetall' });
    await dialog.getByLabel('155 mm shells a month').fill('6000');
    await dialog.getByRole('button', { name: 'Send offer' }).click();
    await dialog.getByRole('button', { name: 'Accept counter-offer' }).click();
    await expect.poll(() => dialog.getByTestId('firm-answer').textContent()).toContain('accepted');
    await dialog.getByRole('button', { name: 'Done' }).click();
    // A capacity clause brought a line (counted at once, producing later) and the order took 6,000 a month.
    const text = (await free.textContent())!.replace(/\s+/g, ' ');
    expect(text).toMatch(/was 2,000 at the start of the month: \+[\d,]+ from .+ \(opens [A-Z][a-z]{2} 20\d\d\), −6,000 ordered this month/);
    await free.scrollIntoViewIfNeeded();
    await shot(page, 'free-capacity-why');
    expect(errors).toEqual([]);
  });
});
