/**
 * One month, three headlines: after End month the student first reads three to five changes,
 * each with its largest cause; the map marks the sectors that moved; the full report is behind
 * Details; a Why? lists its causes largest first with their shares.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, shot, useBrowser } from './browser';

const browserOf = useBrowser();

async function startGame(page: Page) {
  await page.getByLabel('Seed').fill('RACE-2023-X');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Skip tutorial' }).click();
  await page.locator('#map canvas').waitFor();
}

/** The sectors the Phaser scene marks as moved, as it drew them. */
const markedOnMap = (page: Page) =>
  page.evaluate(
    () => ((window as unknown as { __rolMap?: { registry: { get(k: string): unknown } } }).__rolMap?.registry.get('markedSectors') as string[]) ?? null,
  );

/** The mean brightness (0–255) of a part of the page, as drawn: its screenshot read back through a canvas. */
async function brightness(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<number> {
  const png = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height });
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, img.width, img.height).data;
    let sum = 0;
    for (let i = 0; i < px.length; i += 4) sum += (px[i]! + px[i + 1]! + px[i + 2]!) / 3;
    return sum / (px.length / 4);
  }, png);
}

describe('the month’s headlines', () => {
  it('come first after End month, focused, each with its largest cause; the map marks the sectors that moved; Details opens the full report', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await startGame(page);
    await page.getByRole('button', { name: 'End month' }).click();

    const heading = page.getByRole('heading', { name: 'Feb 2023: what changed' });
    await expect.poll(() => heading.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('headlines-title');
    const headlines = page.getByTestId('headline');
    const n = await headlines.count();
    expect(n).toBeGreaterThanOrEqual(3);
    expect(n).toBeLessThanOrEqual(5);
    for (let i = 0; i < n; i++) {
      const cause = (await headlines.nth(i).getByTestId('headline-cause').textContent())!;
      expect(cause).toMatch(/^(Largest cause( in each)?( \([\d, and]+ % of it\))?|The one cause): \S/);
      // Sectors told together for one cause keep a Why? each; a headline that tells its one cause in full has none, as it would only repeat it.
      const told = (await headlines.nth(i).locator('.headline-what').textContent())!;
      const sectors = /^The one cause/.test(cause) ? 0 : /^Russia gained|^Ukraine regained/.test(told) ? told.split(/, | and /).length : 1;
      expect(
        await headlines
          .nth(i)
          .getByRole('button', { name: /^Why: / })
          .count(),
      ).toBe(sectors);
    }
    const causes = await page.getByTestId('headline-cause').allTextContents();
    expect(new Set(causes).size).toBe(causes.length);

    // 2023 was quiet on the ground (about 584 km² in the year): a month where no sector moved says so.
    const front = page.getByTestId('front-moved');
    for (let i = 0; i < 14 && !/Where the front moved/.test((await front.textContent())!); i++) {
      expect(await front.textContent()).toMatch(
        /^\s*(No sector moved as much as 10 km²: [\d,]+ km² changed hands in small fights along the line\.|The front line held everywhere)/,
      );
      const month = (await page.locator('#headlines-title').textContent())!;
      await page.getByRole('button', { name: 'End month' }).click();
      await expect.poll(() => page.locator('#headlines-title').textContent()).not.toBe(month);
    }
    // Where the front moved: the page names the sectors, and the map marks the same ones.
    const moved = await front.textContent();
    expect(moved).toMatch(/^\s*Where the front moved \(marked on the map\): /);
    // A sector a headline names is not listed again.
    const inHeadlines = (await page.locator('.headline-what').allTextContents()).join(' ');
    for (const [, sector] of moved!.matchAll(/(\w+) \((Russia|Ukraine) \+/g)) expect(inHeadlines).not.toContain(` in ${sector}`);
    const onPage = (await page.locator('#map').getAttribute('data-moved'))!.split(' ').filter(Boolean);
    expect(onPage.length).toBeGreaterThan(0);
    await expect.poll(() => markedOnMap(page)).toEqual(onPage);
    await page.waitForTimeout(600);
    await shot(page, 'headlines');
    // No sector badge covers a sector's dot or the ring that marks its move (15 px, pulsing to 24).
    type Badge = { site: [number, number]; x: number; y: number; w: number; h: number };
    const badges = await page.evaluate(
      () => (window as unknown as { __rolMap: { registry: { get(k: string): unknown } } }).__rolMap.registry.get('sectorBadges') as Badge[],
    );
    expect(badges.length).toBe(5);
    for (const b of badges)
      for (const { site } of badges) {
        const dx = Math.max(b.x - b.w / 2 - site[0], 0, site[0] - (b.x + b.w / 2));
        const dy = Math.max(b.y - b.h / 2 - site[1], 0, site[1] - (b.y + b.h / 2));
        expect(Math.hypot(dx, dy)).toBeGreaterThan(24);
      }

    // The full report is one click away, and the way back is too.
    const shown = (await page.locator('#headlines-title').textContent())!.replace(': what changed', '');
    await page.getByRole('button', { name: 'Details' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(`${shown}: the full report`);
    expect(await page.getByRole('region', { name: 'Front' }).isVisible()).toBe(true);
    // The ratio counts Russian aviation (Ukraine ran out of Stingers by now): the shells' own ratio is beside it, the
    // figure the Front's sentences give (play-test: 3.1:1 from them beside 3.7:1).
    expect(await page.getByRole('region', { name: 'Front' }).textContent()).toMatch(/Russian aviation adds [1-9]/);
    const [ratio, alone] = [(await page.locator('dl.figures dd').nth(2).textContent())!, (await page.getByTestId('shells-alone').textContent())!];
    expect(alone).toMatch(/^ \([\d.]+:1 in shells alone; Russian aviation adds the rest\)$/);
    expect(Number.parseFloat(alone.slice(2))).toBeLessThan(Number.parseFloat(ratio));
    await page.getByRole('button', { name: 'Back to the headlines' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('headlines-title');
    expect(errors).toEqual([]);
  });

  it('a front headline’s Why? lists that sector’s own causes, the largest first with its share', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await startGame(page);
    await page.getByRole('button', { name: 'End month' }).click();
    await page.getByRole('button', { name: 'Details' }).click();
    const sectors = page.getByRole('button', { name: /^Why: (Kharkiv|Luhansk|Donetsk|Zaporizhzhia|Kherson)/ });
    expect(await sectors.count()).toBeGreaterThan(1);

    const causesOf = async (i: number) => {
      await sectors.nth(i).click();
      await expect.poll(() => page.getByRole('heading', { name: 'Why?' }).isVisible()).toBe(true);
      // It opens under its own entry, the button saying so.
      expect(await sectors.nth(i).locator('xpath=ancestor::li[1]').locator('section.why').count()).toBe(1);
      expect(await sectors.nth(i).getAttribute('aria-expanded')).toBe('true');
      // Under its entry the chain starts at the entry's causes: the entry is the line just above.
      const top = page.locator('section.why .tree > li');
      const entry = (await sectors.nth(i).getAttribute('aria-label'))!.replace(/^Why: /, '');
      expect(entry.length).toBeGreaterThan(20);
      expect(await page.locator('section.why').textContent()).not.toContain(entry);
      const shares = (await top.locator(':scope > .share').allTextContents()).map((x) => Number.parseInt(x.replace('<', ''), 10));
      const texts = await top.allTextContents();
      // A factor's own causes (Russian fire, Ukraine's stock…) are one click further, folded.
      const deeper = top.locator(':scope > details.folded');
      expect(await deeper.count()).toBeGreaterThan(0);
      expect(await deeper.first().locator(':scope > summary').textContent()).toMatch(/^why: \d+ causes?$/);
      expect(await deeper.first().evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
      // A second press closes it.
      await sectors.nth(i).click();
      await expect.poll(() => page.locator('section.why').count()).toBe(0);
      return { shares, texts };
    };
    const a = await causesOf(0);
    expect(a.shares.length).toBeGreaterThan(0);
    expect(a.shares[0]).toBe(Math.max(...a.shares));
    for (let i = 1; i < a.shares.length; i++) expect(a.shares[i]!).toBeLessThanOrEqual(a.shares[i - 1]!);
    const b = await causesOf(1);
    // Each sector's tree is its own: its figures, not the same stock-and-supply list for every sector.
    expect(b.texts.join('\n')).not.toBe(a.texts.join('\n'));
    expect(errors).toEqual([]);
  });

  it('June 2023 makes news: Russian fire falls from 600,000 to 220,000, and the headline names the scripted counter-offensive', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await startGame(page);
    for (const month of ['Feb', 'Mar', 'Apr', 'May', 'Jun']) {
      await page.getByRole('button', { name: 'End month' }).click();
      await expect.poll(() => page.getByRole('heading', { name: `${month} 2023: what changed` }).isVisible()).toBe(true);
    }
    const fire = page.getByTestId('headline').filter({ hasText: 'Russian fire fell from 600,000 to 220,000 shells a month' });
    expect(await fire.count()).toBe(1);
    // Its one cause is told in full, so it offers no Why? that would only repeat it.
    expect(await fire.getByTestId('headline-cause').textContent()).toMatch(/^The one cause: Scripted in the scenario: .*counter-offensive/);
    expect(await fire.getByRole('button', { name: /^Why/ }).count()).toBe(0);
    expect(await fire.locator('.source').textContent()).toContain('Watling (Guardian)');
    expect(errors).toEqual([]);
  });

  it('in the class scenario, End turn tells the turn: its six months in the heading, each sector’s move summed on the page and on the map', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await page.getByRole('combobox', { name: /^Scenario/ }).selectOption('race-in-a-lesson');
    await startGame(page);
    // The first turn's intelligence tells the war this seed drew, within the record, with its sources.
    await page.getByRole('tab', { name: 'News & intelligence' }).click();
    const war = page.getByTestId('this-war');
    expect(await war.locator('summary').textContent()).toMatch(
      /^\s*This war \(your seed\): Russian manpower \d+\.\d % and its imports \d+\.\d % of the record's middle; its offensives (on the record's dates|a month (early|late)|\d months (early|late))\s*$/,
    );
    expect(await war.locator('.source').count()).toBe(3);
    await page.getByRole('button', { name: 'End turn' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Feb 2023 – Jul 2023: what changed' }).isVisible()).toBe(true);
    expect(await page.getByTestId('headline').count()).toBeGreaterThanOrEqual(3);
    // A front's cause is named with its share of the turn's change; the stock story covers the turn.
    const front = page
      .getByTestId('headline')
      .filter({ hasText: /^\s*Russia gained [\d,]+ km² in / })
      .first();
    expect(await front.getByTestId('headline-cause').textContent()).toMatch(/^Largest cause( in each)? \([\d, and]+ % of the turn's change\): [^\d]+$/);
    // Sectors that moved for the same largest cause are told once, each keeping its own Why?.
    const fronts = await page
      .getByTestId('headline')
      .filter({ hasText: /^\s*Russia gained/ })
      .getByTestId('headline-cause')
      .allTextContents();
    const named = fronts.map((c) => c.replace(/^[^:]*: /, ''));
    expect(new Set(named).size).toBe(named.length);
    const stock = page.getByTestId('headline').filter({ hasText: /Ukraine's shell stock fell/ });
    expect(await stock.getByTestId('headline-cause').textContent()).toMatch(
      /^Largest cause: over the turn Ukraine received [\d,]+ shells and fired (about [\d,]+ a month|all its doctrine wanted)/,
    );
    const onPage = (await page.locator('#map').getAttribute('data-moved'))!.split(' ').filter(Boolean);
    await expect.poll(() => markedOnMap(page)).toEqual(onPage);
    // The top bar's fire ratio is the objective's average, the one the warning names; the last month's is beside it.
    const [, average] = /The average fire ratio is ([\d.]+:1)/.exec((await page.getByTestId('objective-warnings').textContent())!)!;
    expect(await page.getByTestId('fire-ratio').textContent()).toMatch(new RegExp(`^\\s*${average!.replace('.', '\\.')} last [\\d.]+:1\\s*$`));
    // A cause told for one of the turn's months names it; told in full as the one cause, it offers no Why? that would repeat it.
    // The fire rose in March and fell in June: the headline says where it turned, the figure its cause names.
    const fire = page.getByTestId('headline').filter({ hasText: /^\s*Russian fire rose from [\d,]+ to 600,000, then fell to 220,000 shells a month/ });
    expect(await fire.getByTestId('headline-cause').textContent()).toMatch(
      /^The one cause, as told for Jun 2023: Scripted in the scenario: .* down from 600,000/,
    );
    expect(await fire.getByRole('button', { name: /^Why/ }).count()).toBe(0);
    // A front's Why? ranks the causes summed over the turn, as its headline does: the headline's largest cause comes first, with the same share.
    const frontLine = page
      .getByTestId('headline')
      .filter({ has: page.getByRole('button', { name: /^Why: (Kharkiv|Luhansk|Donetsk|Zaporizhzhia|Kherson)/ }) })
      .first();
    const said = (await frontLine.getByTestId('headline-cause').textContent())!;
    const [, firstShare] = /\((\d+)(?:,| and| %)/.exec(said)!;
    const [, causeText] = /: ([^:]+)$/.exec(said)!;
    await frontLine.getByRole('button', { name: /^Why:/ }).first().click();
    expect(await page.locator('section.why .hint').first().textContent()).toMatch(
      /^\s*Feb 2023 – Jul 2023, the whole turn\. The largest cause first, with its share; under each, the month it weighed most\.\s*$/,
    );
    const top = page.locator('section.why .tree > li > ul > li').first();
    expect(await top.locator('.share').first().textContent()).toBe(`${firstShare} %`);
    expect(await top.textContent()).toContain(causeText!.trim());
    expect(await top.textContent()).toMatch(/Russia [+−][\d,]+ km² over the turn/);
    // It opens under its headline; a second press closes it.
    expect(await frontLine.locator('section.why').count()).toBe(1);
    await frontLine.getByRole('button', { name: /^Why:/ }).first().click();
    await expect.poll(() => page.locator('section.why').count()).toBe(0);
    // The objectives at risk show whole lines: none is cut by the box's lower edge.
    const cut = await page.locator('.warnings details').evaluate((box) => {
      const bottom = box.getBoundingClientRect().top + box.clientTop + box.clientHeight;
      const range = document.createRange();
      range.selectNodeContents(box);
      return [...range.getClientRects()].filter((r) => r.height > 0 && r.top < bottom - 1 && r.bottom > bottom + 1).length;
    });
    expect(cut).toBe(0);
    // With more lines than it shows, a shadow at its lower edge says so (headless Chromium shows no scrollbar); scrolled to the end, none.
    const strip = page.locator('.warnings details');
    await strip.locator('ul').evaluate((ul) => {
      for (let i = 0; i < 4; i++) ul.append(Object.assign(document.createElement('li'), { textContent: `A further objective at risk, line ${i + 1}.` }));
    });
    const lowerEdge = async () => {
      const box = (await strip.boundingBox())!;
      return brightness(page, { x: box.x + 40, y: box.y + box.height - 6, width: box.width - 80, height: 3 });
    };
    const plain = await brightness(page, { x: (await strip.boundingBox())!.x + 2, y: (await strip.boundingBox())!.y + 2, width: 3, height: 3 });
    expect(await lowerEdge()).toBeLessThan(plain - 15);
    await strip.evaluate((box) => box.scrollTo(0, box.scrollHeight));
    await expect.poll(lowerEdge).toBeGreaterThan(plain - 3);
    // Politics folds the allies' table under what in it needs attention this turn.
    await page.getByRole('tab', { name: 'Politics' }).click();
    // Cohesion starts the turn where the story of the last turn ends it.
    const [, ended] = /→ ([\d.]+ %) last turn/.exec((await page.getByTestId('cohesion-story').textContent())!)!;
    expect(await page.getByTestId('cohesion').textContent()).toMatch(new RegExp(`^\\s*${ended!.replace('.', '\\.')}\\s*$`));
    // A pledge moves it: the turn's start stays, with what the orders make of it beside.
    await page.getByRole('button', { name: 'Pledge' }).click();
    await expect
      .poll(() => page.getByTestId('cohesion').textContent())
      .toMatch(new RegExp(`^\\s*${ended!.replace('.', '\\.')} → [\\d.]+ % with this turn's orders\\s*$`));
    expect(await page.getByTestId('allies').locator('summary').textContent()).toMatch(/^The 11 allies' support, capital and stocks( · |: none below)/);
    expect(await page.getByTestId('allies').locator('tbody tr').first().isVisible()).toBe(false);
    // Told once: the turns after tell the draw's part in each sector's Why?, not again in the news.
    await page.getByRole('tab', { name: 'News & intelligence' }).click();
    expect(await page.getByTestId('this-war').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
