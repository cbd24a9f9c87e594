/**
 * A trainer's scenario with 2,000-character names and titles: long text wraps or is cut with its
 * full value at hand, and no screen grows sideways past the window.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, SHOTS, shot, useBrowser } from './browser';

const browserOf = useBrowser();

/** 2,000 characters, half of them without a space a line could break at. */
const long = (what: string) => `${what}${'x'.repeat(1000)} ${'long words '.repeat(90)}`.slice(0, 2000);

function longScenario() {
  const s = JSON.parse(readFileSync(join(import.meta.dirname, '../../scenarios/race-of-logistics.json'), 'utf8'));
  s.id = 'long-names';
  s.title = long('Title');
  s.briefing = long('Briefing');
  for (const n of s.nations) n.name = long(`Nation ${n.id}`);
  for (const f of s.firms) f.name = long(`Firm ${f.id}`);
  for (const x of s.sectors) x.name = long(`Sector ${x.id}`);
  for (const p of s.products) Object.assign(p, { name: long(`Product ${p.id}`), plural: long(`Products ${p.id}`) });
  for (const e of s.events) Object.assign(e, { title: long(`Event ${e.id}`), text: long('Text') });
  for (const l of s.lines) if (l.plantName) l.plantName = long(`Plant ${l.id}`);
  return s;
}

/** How far the page and the open panel reach past their width (0 when everything wraps). */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const over = (el: Element | null) => (el ? Math.max(0, el.scrollWidth - el.clientWidth) : 0);
    return { page: over(document.documentElement), panel: over(document.getElementById('panel')), dialog: over(document.querySelector('dialog[open]')) };
  });

const none = { page: 0, panel: 0, dialog: 0 };

describe('long text', () => {
  it('wraps 2,000-character names on the menu, every tab, the negotiation dialog and the Why? chain', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await page
      .getByLabel('Or load your own scenario file')
      .setInputFiles({ name: 'long.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(longScenario())) });
    await expect.poll(() => page.getByRole('heading', { name: /^Title/ }).count()).toBeGreaterThan(0);
    expect(await overflow(page)).toEqual(none);
    await shot(page, 'long-menu');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    // The cut game title keeps its full value on hover.
    expect(await page.locator('.hud-title strong').getAttribute('title')).toMatch(/^Title/);
    await page.getByRole('button', { name: 'End month' }).click();
    await expect.poll(() => page.getByTestId('month').textContent()).toContain('Mar 2023');
    for (const tab of ['Decisions', 'Orders', 'Politics', 'News & intelligence', 'Last month', 'Charts', 'Map details']) {
      await page.getByRole('tab', { name: tab }).click();
      expect({ tab, ...(await overflow(page)) }).toEqual({ tab, ...none });
    }
    await shot(page, 'long-map-details');
    await page.getByRole('tab', { name: 'Last month' }).click();
    await page.getByRole('button', { name: /^Why:/ }).first().click();
    expect(await overflow(page)).toEqual(none);
    await page.getByRole('tab', { name: 'Decisions' }).click();
    await page
      .getByRole('button', { name: /^Negotiate / })
      .first()
      .click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
    expect(await overflow(page)).toEqual(none);
    await shot(page, 'long-negotiation');
    expect(errors).toEqual([]);
  });

  it('keeps the shipped scenario\'s names and figures whole in the Decisions tab\'s tables (no "Rheinmeta ll", "€5,04 0" or "19 month s")', async () => {
    // A class laptop's width; tall, so the screenshots below hold the whole tables (a table's line breaks depend on its width only).
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'), { width: 1366, height: 2400 });
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    // A signed contract: the contracts table fills, and the firm's "free a month" cell grows its longest note.
    await page.getByRole('button', { name: 'Negotiate 155 mm shells with Rheinmetall' }).click();
    const dialog = page.getByRole('dialog', { name: 'Negotiate with Rheinmetall' });
    await dialog.getByRole('button', { name: 'Send offer' }).click();
    await expect.poll(() => dialog.getByTestId('firm-answer').textContent()).toContain('accepted');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    const list = page.getByTestId('contract-list');
    if ((await list.getAttribute('open')) === null) await list.locator('summary').click();
    // Each word of each cell of every table on the tab: its rendered boxes all on one line (a hyphen may end a line: "Skarżysko-/Kamienna").
    const split = await page.locator('#panel').evaluate((panel) => {
      const out: string[] = [];
      for (const t of panel.querySelectorAll('table')) {
        const walker = document.createTreeWalker(t, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null)
          for (const m of n.data.matchAll(/[^\s-]+/g)) {
            const r = document.createRange();
            r.setStart(n, m.index);
            r.setEnd(n, m.index + m[0].length);
            if (new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size > 1) out.push(m[0]);
          }
      }
      return out;
    });
    expect(split).toEqual([]);
    await page.getByTestId('contracts').screenshot({ path: join(SHOTS, 'contracts-table.png') });
    await page.getByRole('region', { name: 'Buy from firms' }).screenshot({ path: join(SHOTS, 'firm-table.png') });
    expect(errors).toEqual([]);
  });
});
