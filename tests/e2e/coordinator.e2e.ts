/**
 * The coordinator's busy month in Chromium, played twice on the same seed and
 * with its inputs counted (every click, field change and selection): once by
 * hand with the controls the game had before (the acting-nation drop-down, a
 * slider and Send per nation and product, a tick per pooled nation), once with
 * the alliance-wide actions and standing orders. The month: every ally's
 * shells and Stingers down to its readiness floor, a Rheinmetall shell order
 * pooled across every willing nation, End month; then the next month, the
 * same drawdowns again from whatever each ally then holds above its floor.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, shot, useBrowser } from './browser';

const browserOf = useBrowser();
const SEED = 'BA1A-NCED-K';
const PRODUCTS = [
  { id: 'shell', plural: '155 mm shells', step: 1000 },
  { id: 'stinger', plural: 'Stinger missiles', step: 10 },
];

/** The player's inputs, counted: each click, field change or selection is one. */
function counted() {
  let n = 0;
  return {
    get count() {
      return n;
    },
    click: async (l: Locator) => {
      n++;
      await l.click();
    },
    fill: async (l: Locator, value: string) => {
      n++;
      await l.fill(value);
    },
    select: async (l: Locator, label: string) => {
      n++;
      await l.selectOption({ label });
    },
  };
}
type Inputs = ReturnType<typeof counted>;

const month = (page: Page) => page.getByTestId('month').textContent();
const num = (text: string) => Number(text.replace(/,/g, ''));

async function newCoordinatorGame(page: Page) {
  await page.getByLabel('Seed').fill(SEED);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByTestId('month').waitFor();
  const skip = page.getByRole('button', { name: 'Skip tutorial' });
  if (await skip.isVisible()) await skip.click();
}

async function endMonth(page: Page, inputs: Inputs) {
  const before = await month(page);
  await inputs.click(page.getByRole('button', { name: 'End month' }));
  await expect.poll(() => month(page)).not.toBe(before);
  await expect.poll(() => page.getByRole('button', { name: 'End month' }).isEnabled()).toBe(true);
}

/** By hand: each nation in turn from the drop-down, each product's slider set to what it holds above its floor (to the slider's step), then Send. */
async function drawDownByHand(page: Page, inputs: Inputs): Promise<string[]> {
  const acting = page.getByLabel('Acting for');
  const names = await acting.locator('option').allTextContents();
  const sent: string[] = [];
  // The nation already acting first: choosing it again would be an input for nothing.
  const first = await acting.locator('option:checked').textContent();
  for (const name of [first!, ...names.filter((x) => x !== first)]) {
    if (name !== first) await inputs.select(acting, name);
    for (const p of PRODUCTS) {
      const [, stock, floor] = (await page.locator(`#draw-${p.id}-effect`).textContent())!.match(/stock after ([\d,]+) \(readiness floor ([\d,]+)/)!;
      const amount = Math.floor((num(stock!) - num(floor!)) / p.step) * p.step;
      if (amount <= 0) continue;
      await inputs.fill(page.locator(`#draw-${p.id}`), String(amount));
      await inputs.click(page.getByRole('button', { name: `Send ${p.plural}` }));
      await expect.poll(() => page.getByTestId('order-result').textContent()).toContain(`sends ${amount.toLocaleString('en-US')}`);
      sent.push(`${name} ${p.id}`);
    }
  }
  return sent;
}

/** Sends the dialog's offer, accepting a counter-offer if the firm makes one, and closes it. */
async function sendPooledOffer(page: Page, inputs: Inputs) {
  const dialog = page.getByRole('dialog', { name: 'Negotiate with Rheinmetall' });
  await inputs.click(dialog.getByRole('button', { name: 'Send offer' }));
  await dialog.getByTestId('firm-answer').waitFor();
  if (await dialog.getByRole('button', { name: 'Accept counter-offer' }).isVisible())
    await inputs.click(dialog.getByRole('button', { name: 'Accept counter-offer' }));
  await expect.poll(() => dialog.getByTestId('firm-answer').textContent()).toContain('accepted');
  await inputs.click(dialog.getByRole('button', { name: 'Done' }));
}

const negotiate = (page: Page) => page.getByRole('button', { name: 'Negotiate 155 mm shells with Rheinmetall' });

describe('the coordinator’s busy month', () => {
  it('by hand, with the controls the game had before: one nation at a time', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await newCoordinatorGame(page);
    const inputs = counted();
    const sent = await drawDownByHand(page, inputs);
    // Czechia's and Estonia's 6 Stingers above their floors are less than the slider's step of 10: by hand they stay.
    expect(sent).toHaveLength(18);
    await inputs.click(negotiate(page));
    const pool = page.getByRole('dialog').getByRole('group', { name: /Pooled order/ });
    for (const box of await pool.getByRole('checkbox').all()) await inputs.click(box);
    await sendPooledOffer(page, inputs);
    await endMonth(page, inputs);
    const firstMonth = inputs.count;
    await inputs.click(page.getByRole('tab', { name: 'Decisions' }));
    await drawDownByHand(page, inputs);
    await endMonth(page, inputs);
    // The figures for the note; they move by one if the firm's answer to the pooled order changes.
    console.log(`coordinator month by hand: ${firstMonth} inputs, the next month's drawdowns ${inputs.count - firstMonth} more`);
    expect(errors).toEqual([]);
  });

  it('with the alliance-wide actions: every ally to its floor, all willing nations, standing orders and one summary', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await newCoordinatorGame(page);
    const inputs = counted();
    // The alliance-wide drawdowns sit on the Decisions tab, under the acting nation's own.
    for (const p of PRODUCTS) {
      await inputs.click(page.getByRole('button', { name: `Send every ally down to its readiness floor: ${p.plural}…` }));
      const plan = page.getByTestId('floor-plan');
      if (p.id === 'shell') {
        // One compact list, what each nation sends and keeps, and the total, before anything is given.
        expect(await plan.getByRole('listitem').count()).toBe(11);
        expect(await plan.textContent()).toContain('Germany: sends 13,000, keeping 140,000 (its readiness floor) of 153,000');
        expect(await plan.textContent()).toContain('In all: 1,246,050 155 mm shells from 11 nations');
        // Its total and Confirm in sight at 1366 × 768, above the list (trainer play-test: Confirm was under the fold).
        const confirm = (await plan.getByRole('button', { name: 'Confirm' }).boundingBox())!;
        expect(confirm.y).toBeGreaterThanOrEqual(0);
        expect(confirm.y + confirm.height).toBeLessThanOrEqual(768);
        expect(confirm.y).toBeLessThan((await plan.getByRole('listitem').first().boundingBox())!.y);
        await shot(page, 'coordinator-floor-plan');
      }
      await inputs.click(plan.getByRole('checkbox', { name: 'Repeat every month until cancelled' }));
      await inputs.click(plan.getByRole('button', { name: 'Confirm' }));
      await expect.poll(() => page.getByTestId('alliance-results').textContent()).toMatch(/drawdowns given/);
    }
    await inputs.click(negotiate(page));
    await inputs.click(page.getByRole('dialog').getByRole('button', { name: 'All willing nations' }));
    expect(
      await page
        .getByRole('dialog')
        .getByRole('group', { name: /Pooled order/ })
        .getByRole('checkbox', { checked: true })
        .count(),
    ).toBe(10);
    await shot(page, 'coordinator-all-willing');
    await sendPooledOffer(page, inputs);
    await inputs.click(page.getByRole('tab', { name: 'Orders' }));
    const summary = page.getByTestId('month-orders');
    // Eleven nations' sends of one product read as the one decision they were, largest senders named.
    const sends = summary.getByTestId('stock-sends');
    expect(await sends.count()).toBe(2);
    expect(await sends.first().textContent()).toMatch(
      /155 mm shells: 1,246,050 from 11 nations \(United States 910,000, Rest of NATO [\d,]+, United Kingdom [\d,]+ and 8 more\)/,
    );
    expect(await summary.getByRole('rowheader').allTextContents()).toEqual(['Sent from stocks to Ukraine', 'Sent from stocks to Ukraine', 'United States']);
    const us = summary.getByRole('row', { name: /^United States/ });
    expect(await us.textContent()).not.toContain('sends');
    expect(await us.textContent()).toMatch(
      /offers Rheinmetall [\d,]+ 155 mm shells a month for \d+ months at €[\d,]+, pooled with 10 allies \(Germany, France and 8 more\): signed/,
    );
    await shot(page, 'coordinator-month-orders');
    await endMonth(page, inputs);
    const firstMonth = inputs.count;

    // The next month: the standing orders were given again at its start, as ordinary orders, and survive a reload.
    await page.reload();
    await page.getByRole('tab', { name: 'Orders' }).click();
    const standing = page.getByTestId('standing-orders');
    await expect.poll(() => standing.getByRole('listitem').count()).toBe(2);
    expect(await standing.textContent()).toContain('Every nation played here sends its 155 mm shells down to its readiness floor every month');
    await shot(page, 'coordinator-standing-orders');
    const given = await summary.locator('.tag').count();
    expect(given).toBeGreaterThan(0);
    expect(await summary.textContent()).toContain('standing order');
    await endMonth(page, inputs);
    expect(firstMonth).toBeLessThanOrEqual(15);
    expect(inputs.count - firstMonth).toBe(1);
    console.log(
      `coordinator month with alliance-wide actions: ${firstMonth} inputs, the next month's ${inputs.count - firstMonth} more (End month: the standing orders gave the drawdowns)`,
    );

    // Cancelled, a standing order gives nothing from the month after.
    await page.getByRole('tab', { name: 'Orders' }).click();
    await standing.getByRole('button', { name: /^Cancel standing order: Every nation played here sends its Stinger missiles/ }).click();
    await expect.poll(() => standing.getByRole('listitem').count()).toBe(1);
    const next = counted();
    await endMonth(page, next);
    await page.getByRole('tab', { name: 'Orders' }).click();
    expect(await standing.getByRole('listitem').count()).toBe(1);
    expect(await summary.textContent()).not.toContain('Stinger');
    // The standing order's sends are one line, and its Undo takes back all of them (this month's only: the order stands).
    const shells = summary.getByTestId('stock-sends');
    expect(await shells.textContent()).toContain('standing order');
    await shells.getByRole('button', { name: /^Undo these \d+ sends of 155 mm shells/ }).click();
    await expect.poll(() => summary.getByTestId('stock-sends').count()).toBe(0);
    expect(await page.locator('#month-orders-title').textContent()).toMatch(/: 0 orders$/);
    expect(await standing.getByRole('listitem').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('a standing drawdown the rules refuse at a month’s start is shown as skipped, with the reason, and flagged on the Orders tab', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await newCoordinatorGame(page);
    await page.getByLabel('Acting for').selectOption({ label: 'Germany' });
    // 40,000 of Germany's 53,000 above its hard floor: possible once, not twice.
    await page.locator('#draw-shell').fill('40000');
    await page.getByRole('checkbox', { name: /^Repeat every month until cancelled\W+155 mm shells/ }).check();
    await page.getByRole('button', { name: 'Send 155 mm shells' }).click();
    await expect.poll(() => page.getByTestId('order-result').textContent()).toContain('Germany sends 40,000 155 mm shells');
    await endMonth(page, counted());
    const tab = page.getByRole('tab', { name: /^Orders/ });
    expect(await tab.textContent()).toContain('⚠');
    await tab.click();
    const standing = page.getByTestId('standing-orders');
    expect(await standing.textContent()).toContain('Germany sends 40,000 155 mm shells every month');
    expect(await standing.textContent()).toMatch(/standing order skipped: blocked by Germany's hard floor: at most [\d,]+ 155 mm shells can leave its stock/);
    expect(errors).toEqual([]);
  });
});
