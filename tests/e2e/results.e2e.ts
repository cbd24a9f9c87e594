/**
 * A trainer marks a class on the results dashboard: six result codes, four
 * pasted and two dropped as a file, one of them tampered with and one from
 * another seed. Four are verified in the worker and ranked, two are refused
 * with the right reasons; the CSV has a row per team and month, and the
 * command line gives the very same table from the same six codes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, inject, it } from 'vitest';
import { seedFromValue } from '../../src/share/seed-code';
import { renamed, tampered, teamCode } from '../result-codes';
import { openPage, shot, SHOTS, useBrowser } from './browser';

const browserOf = useBrowser();
const SEED = 'RACE-2023-X';
const OTHER_SEED = seedFromValue(555).code;
const root = join(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'rol-results-e2e-'));

const balanced = teamCode({ team: 'Falcons', policy: 'balanced', seed: SEED });
const historical = teamCode({ team: 'Owls', policy: 'historical', seed: SEED });
const passive = teamCode({ team: 'Moles', policy: 'passive', seed: SEED });
const drawing = teamCode({
  team: 'Herons',
  policy: 'historical',
  seed: SEED,
  extra: (turn) => (turn === 2 ? [{ kind: 'drawdown', actor: 'US', product: 'shell', amount: 200_000 }] : []),
});
const pastedCodes = [balanced.code, historical.code, tampered(passive, 'Badgers', 4), drawing.code];
const droppedCodes = [passive.code, teamCode({ team: 'Strangers', policy: 'balanced', seed: OTHER_SEED }).code];

describe('the class results dashboard', () => {
  it('verifies six codes in the worker: four ranked, one tampered and one of another seed refused; the CSV matches sim results', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await page.getByRole('link', { name: 'Open the class results' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Class results' }).isVisible()).toBe(true);
    expect(page.url()).toMatch(/#\/results$/);

    await page.getByLabel('Seed').fill(SEED.toLowerCase());
    await page.getByLabel('Seed').press('Tab');
    await page.getByLabel(/^Result codes, one a line/).fill(pastedCodes.join('\n'));
    await page.getByRole('button', { name: 'Verify codes' }).click();
    const file = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'late-codes.txt', { type: 'text/plain' }));
      return data;
    }, droppedCodes.join('\n'));
    await page.dispatchEvent('[data-testid=drop-zone]', 'drop', { dataTransfer: file });

    const progress = page.getByTestId('results-progress');
    await expect.poll(() => progress.textContent(), { timeout: 60_000 }).toContain('All 6 checked: 4 verified, 2 refused.');
    expect(await page.locator('progress').evaluate((p: HTMLProgressElement) => [p.value, p.max])).toEqual([6, 6]);

    const rows = page.getByTestId('results-table').locator('tbody tr');
    const teams = await rows.locator('th .team').allTextContents();
    expect([...teams].sort()).toEqual(['Falcons', 'Herons', 'Moles', 'Owls']);
    const scores = (await rows.locator('td:nth-child(3)').allTextContents()).map((t) => Number(t.split('/')[0]));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores).toContain(balanced.score.score);

    const refused = await page.getByTestId('refused-table').locator('tbody tr').allTextContents();
    expect(refused).toHaveLength(2);
    expect(refused[0]).toMatch(/pasted line 3\s*Badgers\s*✘ tampered\s*tampered with: Jun 2023 is the first month/);
    expect(refused[1]).toMatch(
      new RegExp(`late-codes\\.txt line 2\\s*Strangers\\s*✘ another class's seed\\s*played on seed ${OTHER_SEED}, not the class's ${SEED}`),
    );

    await expect.poll(() => page.getByTestId('divergence').textContent()).toContain('parted in the first month, Feb 2023');
    await expect.poll(() => page.locator('.results-charts .chart-box canvas').count()).toBe(4);
    await page.getByRole('heading', { name: 'Class results' }).scrollIntoViewIfNeeded();
    await shot(page, 'results-dashboard');
    await page.getByTestId('divergence').scrollIntoViewIfNeeded();
    await shot(page, 'results-charts');
    await page.screenshot({ path: join(SHOTS, 'results-page.png'), fullPage: true });

    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    const verifiedRows = lines.slice(1).filter((l) => !/,"?refused \(/.test(l));
    expect(verifiedRows).toHaveLength(4 * (23 + 1));
    for (const row of verifiedRows) expect(row).toMatch(/^race-of-logistics,RACE-2023-X,\w+,every nation,(20\d\d-\d\d|total),/);

    const xlsxDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download XLSX' }).click();
    const xlsx = readFileSync((await (await xlsxDownload).path())!);
    expect((await xlsxDownload).suggestedFilename()).toBe('class-results.xlsx');
    const workbook = unzipSync(new Uint8Array(xlsx));
    const strings = strFromU8(workbook['xl/sharedStrings.xml']!);
    for (const text of ['Russian gains (km²)', 'Falcons', 'total', '2024-12', 'refused (tampered)']) expect(strings).toContain(text);
    const sheet = strFromU8(workbook['xl/worksheets/sheet1.xml']!);
    expect(sheet.match(/<row /g)).toHaveLength(1 + 4 * 24 + 2);

    // The same six codes through the command line, in the same order, give the same table, byte for byte.
    const [pastedFile, droppedFile, out] = [join(tmp, 'pasted'), join(tmp, 'late-codes.txt'), join(tmp, 'class.csv')];
    writeFileSync(pastedFile, pastedCodes.join('\n'));
    writeFileSync(droppedFile, droppedCodes.join('\n'));
    const cli = spawnSync(join(root, 'node_modules/.bin/tsx'), ['src/cli/main.ts', 'results', pastedFile, droppedFile, '--seed', SEED, '--csv', out], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(cli.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(csv);
    expect(errors).toEqual([]);
  });

  it('flags two codes with the same orders under different team names as copies, and a garbage line with its line number', async () => {
    const { page, errors } = await openPage(browserOf(), `${inject('baseUrl')}#/results`);
    await page.getByLabel(/^Result codes, one a line/).fill([historical.code, 'my code is below', renamed(historical, 'Ravens')].join('\n'));
    await page.getByRole('button', { name: 'Verify codes' }).click();
    await expect.poll(() => page.getByTestId('results-progress').textContent(), { timeout: 60_000 }).toContain('All 3 checked: 2 verified, 1 refused.');
    const rows = await page.getByTestId('results-table').locator('tbody tr.copy').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows.join('\n')).toMatch(/Owls[\s\S]*⚑ same orders as Ravens: a copy\?/);
    expect(rows.join('\n')).toMatch(/Ravens[\s\S]*⚑ same orders as Owls: a copy\?/);
    expect(await page.getByTestId('refused-table').textContent()).toMatch(/pasted line 2[\s\S]*unreadable[\s\S]*"my code is below"/);
    await expect.poll(() => page.getByTestId('divergence').textContent()).toContain('played the very same game');
    await page.getByTestId('results-table').scrollIntoViewIfNeeded();
    // At 1366 px the Note column is past the table's edge: the flag's gist is by each team's name, in sight.
    const marks = page.getByTestId('results-table').locator('tr.copy th .copy-mark');
    expect(await marks.allTextContents()).toEqual(['⚑ a copy?', '⚑ a copy?']);
    const inSight = await marks.first().evaluate((mark) => {
      const [box, edge] = [mark.getBoundingClientRect(), mark.closest('table')!.getBoundingClientRect()];
      return box.right <= Math.min(edge.right, innerWidth) && box.width > 0;
    });
    expect(inSight).toBe(true);
    await shot(page, 'results-copies');
    expect(errors).toEqual([]);
  });
});
