/** A trainer's own scenario file: a valid one joins the menu and plays; a broken one is answered with paths. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';

const browserOf = useBrowser();

const own = JSON.parse(readFileSync(join(import.meta.dirname, '../../scenarios/race-of-logistics.json'), 'utf8'));
Object.assign(own, { id: 'class-7b', title: 'Class 7b: the aid freeze', start: '2023-12', end: '2024-02' });
// Its objectives' months inside its three months: one dated after the end is refused (sim validate and the menu alike).
for (const o of own.objectives) if (o.kind === 'outproduceRussia') Object.assign(o, { target: '2024-01', failAt: '2024-02' });

describe("a trainer's own scenario in the browser", () => {
  it('a valid file is added to the menu and plays to its debrief', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await page
      .getByLabel('Or load your own scenario file')
      .setInputFiles({ name: 'class-7b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(own)) });
    await expect.poll(() => page.getByRole('heading', { name: 'Class 7b: the aid freeze' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    for (let i = 0; i < 5 && !(await page.getByTestId('grade').isVisible()); i++) await page.getByRole('button', { name: 'End month' }).click();
    await expect.poll(() => page.getByTestId('grade').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('a broken file is answered with the JSON path of each problem, and the menu keeps working', async () => {
    const { page } = await openPage(browserOf(), inject('baseUrl'));
    const broken = { ...own, nations: own.nations.map((n: { id: string }, i: number) => (i === 2 ? { ...n, gdpMEur: -1 } : n)) };
    await page
      .getByLabel('Or load your own scenario file')
      .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('$.nations[2].gdpMEur');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => page.getByTestId('month').textContent()).toContain('Feb 2023');
  });
});
