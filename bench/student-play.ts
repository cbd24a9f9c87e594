/**
 * A student's lesson, played in headless Chromium on the built game: the class
 * scenario from the menu's briefing through the tutorial, every quarter's
 * decisions, the headlines and a Why? each turn, to the debrief's result code.
 * The page's own time is measured; a student's reading and deciding is not, so
 * it is stated here per screen and per input and added (`npm run bench` prints
 * both parts). The stated times are generous for a class: a 45-minute lesson
 * must hold them.
 */
import type { Browser, Page } from 'playwright-core';

/** Seconds a student spends, stated rather than measured. */
export const READING = {
  /** the menu's briefing and objectives: ~400 words at ~150 words a minute, and choosing a role */
  briefing: 180,
  /** one tutorial tip, read and acted on */
  tutorialTip: 20,
  /** a turn's headlines, read */
  headlines: 45,
  /** one Why? opened and read */
  why: 30,
  /** the decisions panel scanned before deciding */
  scanDecisions: 60,
  /** each input given (a click, a slider, a choice), with the thought behind it */
  perInput: 15,
  /** the debrief's verdict, lessons and what would have helped: two screens */
  debrief: 240,
  /** the result code, copied and handed in */
  resultCode: 30,
};

export interface StudentPlay {
  turns: number;
  inputs: number;
  tutorialTips: number;
  /** the page's own time, from opening the menu to the result code */
  pageSeconds: number;
  statedSeconds: number;
  minutes: number;
}

async function tutorial(page: Page): Promise<number> {
  let tips = 0;
  for (let i = 0; i < 30; i++) {
    const next = page.getByRole('button', { name: /^(Next tip|Finish tutorial)$/ });
    if (!(await next.count())) break;
    tips++;
    const finish = (await next.textContent())?.includes('Finish');
    await next.first().click();
    if (finish) break;
  }
  return tips;
}

/** One quarter's decisions: on the first, shifts and weekend work; every quarter, stocks sent from two allies. Returns the inputs given. */
async function decide(page: Page, first: boolean): Promise<number> {
  let inputs = 0;
  const click = async (name: RegExp, n: number) => {
    // Only levers that would add something: a lever a contract leaves idle is offered disabled.
    const buttons = page.getByRole('button', { name, disabled: false });
    // Counted again after each click: a shift can leave the line's next lever idle, and so disabled.
    for (let i = 0; i < n && (await buttons.count()) > 0; i++) {
      await buttons.first().click();
      inputs++;
    }
  };
  await page.getByRole('tab', { name: 'Decisions' }).click();
  inputs++;
  if (first) {
    await click(/^Add a shift at/, 3);
    await click(/^Start weekend work at/, 2);
  }
  for (const nation of ['US', 'DE']) {
    await page.locator('.hud-acting select').selectOption(nation);
    const slider = page.locator('#draw-shell');
    const max = Number((await slider.getAttribute('max')) ?? 0);
    // A fifth of what could be sent: some now, some kept above the floors.
    await slider.evaluate(
      (el, v) => {
        const input = el as HTMLInputElement;
        input.value = String(v);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      },
      Math.floor(max / 5),
    );
    const send = page.getByRole('button', { name: /^Send 155 mm shells$/ });
    if (await send.isEnabled()) await send.click();
    inputs += 3;
  }
  return inputs;
}

export async function studentPlay(browser: Browser, url: string): Promise<StudentPlay> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const t0 = Date.now();
  await page.goto(url);
  // The class scenario heads the menu's list; the menu still opens on the long game, so choose it.
  await page.getByRole('combobox', { name: /^Scenario/ }).selectOption('race-in-a-lesson');
  await page.getByRole('button', { name: 'Start' }).click();
  const tips = await tutorial(page);
  let turns = 0;
  let inputs = 0;
  while (turns < 40 && (await page.getByRole('button', { name: /^End (month|quarter)$/ }).count())) {
    inputs += await decide(page, turns === 0);
    await page.getByRole('button', { name: /^End (month|quarter)$/ }).click();
    inputs++;
    turns++;
    await page.waitForSelector('[data-testid="headline"], .debrief', { timeout: 30_000 });
    const why = page.locator('[data-testid="headline"]').getByRole('button', { name: /Why/ });
    if (await why.count()) {
      await why.first().click();
      await page.getByRole('button', { name: /Back/ }).first().click();
    }
    if (await page.locator('.debrief').count()) break;
    // A finished game offers its debrief from the report.
    const toDebrief = page.getByRole('button', { name: /debrief/i });
    if (!(await page.getByRole('button', { name: /^End (month|quarter)$/ }).count()) && (await toDebrief.count())) await toDebrief.first().click();
  }
  await page.waitForSelector('.debrief', { timeout: 30_000 });
  await page
    .getByText(/Result code/i)
    .first()
    .waitFor({ timeout: 30_000 });
  const pageSeconds = (Date.now() - t0) / 1000;
  await page.close();
  const stated =
    READING.briefing +
    tips * READING.tutorialTip +
    turns * (READING.scanDecisions + READING.headlines + READING.why) +
    inputs * READING.perInput +
    READING.debrief +
    READING.resultCode;
  return {
    turns,
    inputs,
    tutorialTips: tips,
    pageSeconds: Math.round(pageSeconds),
    statedSeconds: stated,
    minutes: Math.round(((stated + pageSeconds) / 60) * 10) / 10,
  };
}
