/**
 * The upper bound of a lesson: a student who reads every tab of every turn
 * (Politics, News, Map details, Decisions, Orders), negotiates a pooled shell
 * contract in each of the first three turns, sends every ally's stocks down to
 * its readiness floor as a standing order, and asks Why? of two headlines each
 * turn. Same reading speed and time per input as bench/student-play.ts, whose
 * student reads only what a turn's decisions need. Each screen's words are
 * kept apart (`words`), with the words of lines not already read on that
 * screen in an earlier turn (`freshWords`), so a note can say where the time goes.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { endTurn, READING, startGame, tutorial, wordsOn } from './student-play';

export interface ThoroughPlay {
  turns: number;
  inputs: number;
  words: number;
  /** words by screen */
  byScreen: Record<string, number>;
  /** words of lines the student had not read on that screen before */
  freshWords: number;
  pageSeconds: number;
  minutes: number;
}

const TABS: [string, string][] = [
  ['Politics', 'politics'],
  ['News & intelligence', 'news'],
  ['Map details', 'map'],
  ['Decisions', 'decisions'],
];
/** One pooled contract a turn for the first three, from firms whose shells arrive inside the lesson. */
const FIRMS = ['Rheinmetall', 'Czechoslovak Group', 'KNDS France (Nexter)'];
const END_TURN = /^End (month|quarter|turn)$/;

class Reader {
  byScreen: Record<string, number> = {};
  freshWords = 0;
  inputs = 0;
  private seen = new Map<string, Set<string>>();

  async read(screen: string, target: Locator): Promise<void> {
    this.byScreen[screen] = (this.byScreen[screen] ?? 0) + (await wordsOn(target));
    const seen = this.seen.get(screen) ?? new Set<string>();
    this.seen.set(screen, seen);
    for (const line of (await target.allInnerTexts()).join('\n').split('\n')) {
      const text = line.trim();
      if (text && !seen.has(text)) this.freshWords += text.split(/\s+/).length;
      seen.add(text);
    }
  }

  async click(target: Locator): Promise<void> {
    await target.first().click();
    this.inputs++;
  }

  get words(): number {
    return Object.values(this.byScreen).reduce((a, b) => a + b, 0);
  }
}

/** The first turn's capacity and stocks: shifts where they add output, every ally down to its floor every turn. */
async function firstTurn(page: Page, r: Reader): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const shift = page.getByRole('button', { name: /^Add a shift at/, disabled: false });
    if (await shift.count()) await r.click(shift);
  }
  await r.click(page.getByRole('button', { name: /^Send every ally down to its readiness floor: 155 mm shells/ }));
  const plan = page.getByTestId('floor-plan');
  await r.read('floor plan', plan);
  await r.click(plan.getByRole('checkbox', { name: /Repeat every/ }));
  await r.click(plan.getByRole('button', { name: 'Confirm' }));
}

async function negotiate(page: Page, r: Reader, firm: string): Promise<void> {
  const open = page.getByRole('button', { name: `Negotiate 155 mm shells with ${firm}` });
  if (!(await open.count())) return;
  await r.click(open);
  const dialog = page.getByRole('dialog');
  await r.click(dialog.getByRole('button', { name: 'All willing nations' }));
  await r.read('negotiation', dialog);
  await r.click(dialog.getByRole('button', { name: 'Send offer' }));
  await dialog.getByTestId('firm-answer').waitFor();
  await r.read('negotiation', dialog.getByTestId('firm-answer'));
  const accept = dialog.getByRole('button', { name: 'Accept counter-offer' });
  if (await accept.isVisible()) await r.click(accept);
  await r.click(dialog.getByRole('button', { name: 'Done' }));
}

/** After End turn: the headlines, and the Why? of the first two (each opens under its headline, closing the last). */
async function afterTurn(page: Page, r: Reader): Promise<void> {
  await r.read('headlines', page.locator('.headlines'));
  for (let k = 0; k < 2; k++) {
    const why = page.getByTestId('headline').nth(k).getByRole('button', { name: /Why/ });
    if (!(await why.count())) continue;
    await r.click(why);
    await r.read('why', page.locator('.why'));
  }
}

export async function thoroughStudentPlay(browser: Browser, url: string): Promise<ThoroughPlay> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const r = new Reader();
  const t0 = Date.now();
  await page.goto(url);
  await page.getByRole('combobox', { name: /^Scenario/ }).selectOption('race-in-a-lesson');
  await r.read('menu', page.locator('#briefing-title').locator('xpath=..'));
  await startGame(page);
  r.inputs++;
  const tips = await tutorial(page);
  r.byScreen.tutorial = tips.words;
  r.inputs += tips.tips;
  let turns = 0;
  while (turns < 12 && (await page.getByRole('button', { name: END_TURN }).count())) {
    for (const [tab, screen] of TABS) {
      await r.click(page.getByRole('tab', { name: tab }));
      await r.read(screen, page.getByRole('tabpanel'));
    }
    if (turns === 0) await firstTurn(page, r);
    if (turns < FIRMS.length) await negotiate(page, r, FIRMS[turns]!);
    await r.click(page.getByRole('tab', { name: 'Orders' }));
    await r.read('orders', page.getByRole('tabpanel'));
    await endTurn(page, () => r.click(page.getByRole('button', { name: END_TURN })));
    turns++;
    await page.waitForSelector('[data-testid="headline"], .debrief', { timeout: 30_000 });
    if (await page.locator('.debrief').count()) break;
    await afterTurn(page, r);
  }
  // Should the debrief not come, say where the page was (this found startGame's race: a CI run played no turn).
  await page
    .getByTestId('result-code')
    .waitFor({ timeout: 30_000 })
    .catch(async (e: Error) => {
      const shot = '/tmp/thorough-student-end.png';
      await page.screenshot({ path: shot }).catch(() => undefined);
      const [end, debrief] = [await page.getByRole('button', { name: END_TURN }).count(), await page.locator('.debrief').count()];
      throw new Error(
        `${e.message} — after ${turns} turns at ${page.url()}, End turn buttons ${end}, debrief ${debrief}, page errors: ${errors.join(' | ') || 'none'}; the page is in ${shot}`,
      );
    });
  await page
    .getByTestId('would-have-helped')
    .waitFor({ timeout: 60_000 })
    .catch(() => undefined);
  await r.read('debrief', page.locator('.debrief .verdict, [data-testid="went-well"], [data-testid="went-wrong"], [data-testid="would-have-helped"]'));
  const pageSeconds = Math.round((Date.now() - t0) / 1000);
  await page.close();
  const stated = (r.words * 60) / READING.wordsPerMinute + r.inputs * READING.perInput + READING.resultCode;
  return {
    turns,
    inputs: r.inputs,
    words: r.words,
    byScreen: r.byScreen,
    freshWords: r.freshWords,
    pageSeconds,
    minutes: Math.round(((stated + pageSeconds) / 60) * 10) / 10,
  };
}
