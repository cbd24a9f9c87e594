/**
 * The after-action review (issue 10, item 6): a team gives its reason for a
 * turn in the game; the review of the finished game shows it with the
 * decisions, the turning points and the allies' own course; it prints on A4
 * with nothing wider than the page; and the same review opens from the
 * results dashboard, from the team's result code alone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import { openPage, shot, SHOTS, useBrowser } from './browser';

const browserOf = useBrowser();

/** A4's printable width at 96 CSS px an inch, with the review's 12 mm margins: (210 − 24) mm. */
const A4_CONTENT_PX = Math.floor(((210 - 24) / 25.4) * 96);

/** Elements of the review wider than the page, or sticking out past its right edge, as printed. */
async function overflowing(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: A4_CONTENT_PX, height: 1000 });
  const found = await page.evaluate(() => {
    const main = document.querySelector('.review')!;
    const right = main.getBoundingClientRect().right;
    return [...main.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > right + 1 || el.scrollWidth > el.clientWidth + 1)
      .filter((el) => getComputedStyle(el).display !== 'none' && el.clientWidth > 0)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40)}`);
  });
  await page.screenshot({ path: join(SHOTS, 'review-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1366, height: 768 });
  return found;
}

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describe('the after-action review', () => {
  it('shows the team’s reason beside its decisions, prints on A4 with no overflow, and opens from the dashboard', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await page.getByRole('combobox', { name: /^Scenario/ }).selectOption('race-in-a-lesson');
    await page.getByRole('combobox', { name: /^Your role/ }).selectOption('PL');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    await page.getByLabel('155 mm shells to send').fill('20000');
    await page.getByRole('button', { name: 'Send 155 mm shells' }).click();
    // The reason is typed under the turn's orders, on the Orders tab.
    await page.getByRole('tab', { name: /^Orders/ }).click();
    await page.getByTestId('turn-note').fill('Send shells now: the front needs them before plants open');
    const end = page.getByRole('button', { name: 'End turn' });
    for (let i = 0; i < 8 && !(await page.getByTestId('grade').isVisible()); i++) await end.click();
    await expect.poll(() => page.getByTestId('grade').isVisible(), { timeout: 30_000 }).toBe(true);
    await page.locator('#team-name').fill('Eagles');

    await page.getByRole('button', { name: 'After-action review (printable)' }).click();
    const review = page.getByTestId('review');
    expect(await review.locator('h1').textContent()).toBe('After-action review: Eagles');
    expect(page.url()).toMatch(/#\/review$/);
    const firstTurn = review.getByTestId('aar-turns').locator('tbody tr').first();
    expect(await firstTurn.textContent()).toMatch(
      /Feb 2023 – Jul 2023\s*“Send shells now: the front needs them before plants open”\s*sends 20,000 155 mm shells/,
    );
    expect(await review.getByTestId('aar-turns').locator('tbody tr').count()).toBe(4);
    // Three turning points, each with the causes from its month's report.
    const points = review.getByTestId('aar-points').locator(':scope > li');
    expect(await points.count()).toBe(3);
    expect(await points.first().textContent()).toMatch(/Russia's largest gain of the game, [\d,]+ km², most of it in \w+/);
    expect(await points.first().locator('li').count()).toBeGreaterThan(0);
    await shot(page, 'review');

    expect(await overflowing(page)).toEqual([]);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);

    // The trainer's side: the team's code on the dashboard opens the same review, reason included.
    await page.getByRole('button', { name: 'Back' }).click();
    const code = await page.getByTestId('result-code').inputValue();
    await page.goto(`${inject('baseUrl')}#/results`);
    await page.getByLabel(/^Result codes, one a line/).fill(code);
    await page.getByRole('button', { name: 'Verify codes' }).click();
    await page.getByRole('button', { name: 'After-action review of Eagles' }).click();
    expect(await review.locator('h1').textContent()).toBe('After-action review: Eagles');
    expect(await review.getByTestId('aar-turns').locator('tbody tr').first().textContent()).toContain('“Send shells now');
    expect(await review.textContent()).not.toContain('does not say which nations');
    await page.getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Class results' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});
