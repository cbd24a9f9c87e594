/**
 * A student's lesson, played in headless Chromium on the built game: the class
 * scenario from the menu's briefing through the tutorial, every turn's
 * decisions, the headlines and a Why? each turn, to the debrief's result code.
 * The page's own time is measured; a student's reading and deciding is not.
 * Reading is the words of each screen the student reads (visible text, folded
 * parts not counted) at a stated speed, and deciding a stated time per input:
 * the same method as the fresh-eyes play-tests in the issue notes, so the two
 * figures can be compared. `npm run bench` prints both parts.
 */
import type { Browser, Locator, Page } from 'playwright-core';

/** What a student's time is made of, stated rather than measured. */
export const READING = {
  /** words a minute: an attentive reader of plain English */
  wordsPerMinute: 200,
  /** seconds for each input given (a click, a slider, a choice), with the thought behind it */
  perInput: 10,
  /** seconds to copy the result code and hand it in */
  resultCode: 30,
};

/**
 * Words a student reads on a part of the page: its visible text (a closed <details> shows only its
 * summary), less the text written for screen readers only (`.sr-only`: a table's caption, a
 * control's spoken label), which a sighted student never sees.
 */
export async function wordsOn(target: Locator): Promise<number> {
  // No named helper inside: the page gets the function's text, without tsx's name-keeping wrapper.
  return target.evaluateAll((els) =>
    els.reduce((n, el) => {
      const unseen = [...el.querySelectorAll<HTMLElement>('.sr-only')].reduce((k, x) => k + x.innerText.split(/\s+/).filter(Boolean).length, 0);
      return n + (el as HTMLElement).innerText.split(/\s+/).filter(Boolean).length - unseen;
    }, 0),
  );
}

export interface StudentPlay {
  turns: number;
  inputs: number;
  tutorialTips: number;
  /** words read: briefing, tips, each turn's decisions, headlines and a Why?, the debrief's first part */
  words: number;
  /** the page's own time, from opening the menu to the result code */
  pageSeconds: number;
  statedSeconds: number;
  minutes: number;
}

/**
 * Presses Start and waits for the game's screen and its first tip. Read at once, a page still drawing the game had
 * neither: the student read no tip, found no End turn and played no turn (a CI smoke run after the test suite).
 */
export async function startGame(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: /^End (month|quarter|turn)$/ }).waitFor({ timeout: 30_000 });
  await page.locator('aside.tutorial').waitFor({ timeout: 30_000 });
}

export async function tutorial(page: Page): Promise<{ tips: number; words: number }> {
  let tips = 0;
  let words = 0;
  for (let i = 0; i < 30; i++) {
    const next = page.getByRole('button', { name: /^(Next tip|Finish tutorial)$/ });
    if (!(await next.count())) break;
    tips++;
    words += await wordsOn(page.locator('aside.tutorial'));
    const finish = (await next.textContent())?.includes('Finish');
    await next.first().click();
    if (finish) break;
  }
  return { tips, words };
}

/** One turn's decisions, read first: on the first, shifts and weekend work; every turn, stocks sent from two allies. */
async function decide(page: Page, first: boolean): Promise<{ inputs: number; words: number }> {
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
  const words = await wordsOn(page.getByRole('tabpanel'));
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
  return { inputs, words };
}

/**
 * Ends the turn with `click` and waits for the month to be resolved: the page's spoken line names the new month, or the
 * debrief is up. Waiting for a headline found the turn before's, still on screen while the month resolved; the End turn
 * button then read "Resolving…", and the loop stopped a turn early, never reaching the debrief (a CI smoke run).
 */
export async function endTurn(page: Page, click: () => Promise<void>): Promise<void> {
  const before = await page.getByTestId('live').textContent();
  await click();
  await page.waitForFunction(
    (was) => {
      const said = document.querySelector('[data-testid="live"]')?.textContent ?? '';
      return document.querySelector('.debrief') !== null || (said !== was && said !== '' && !said.startsWith('Resolving'));
    },
    before,
    { timeout: 60_000 },
  );
}

export async function studentPlay(browser: Browser, url: string): Promise<StudentPlay> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const t0 = Date.now();
  await page.goto(url);
  // The class scenario is the menu's first choice.
  await page.getByRole('combobox', { name: /^Scenario/ }).selectOption('race-in-a-lesson');
  let words = await wordsOn(page.locator('#briefing-title').locator('xpath=..'));
  await startGame(page);
  const tips = await tutorial(page);
  words += tips.words;
  let turns = 0;
  let inputs = 0;
  while (turns < 40 && (await page.getByRole('button', { name: /^End (month|quarter|turn)$/ }).count())) {
    const decided = await decide(page, turns === 0);
    inputs += decided.inputs;
    words += decided.words;
    await endTurn(page, () => page.getByRole('button', { name: /^End (month|quarter|turn)$/ }).click());
    inputs++;
    turns++;
    await page.waitForSelector('[data-testid="headline"], .debrief', { timeout: 30_000 });
    words += await wordsOn(page.locator('.headlines'));
    const why = page.locator('[data-testid="headline"]').getByRole('button', { name: /Why/ });
    if (await why.count()) {
      await why.first().click();
      inputs++;
      // It opens under its headline: nothing to close before End turn.
      words += await wordsOn(page.locator('.why'));
    }
    if (await page.locator('.debrief').count()) break;
    // A finished game offers its debrief from the report.
    const toDebrief = page.getByRole('button', { name: /debrief/i });
    if (!(await page.getByRole('button', { name: /^End (month|quarter|turn)$/ }).count()) && (await toDebrief.count())) await toDebrief.first().click();
  }
  await page.waitForSelector('.debrief', { timeout: 30_000 });
  await page.getByTestId('result-code').waitFor({ timeout: 30_000 });
  // The debrief's first part: the verdict, what went well and wrong, and what would have helped (once it is worked out).
  await page
    .getByTestId('would-have-helped')
    .waitFor({ timeout: 60_000 })
    .catch(() => undefined);
  words += await wordsOn(page.locator('.debrief .verdict, [data-testid="went-well"], [data-testid="went-wrong"], [data-testid="would-have-helped"]'));
  const pageSeconds = (Date.now() - t0) / 1000;
  await page.close();
  const stated = (words * 60) / READING.wordsPerMinute + inputs * READING.perInput + READING.resultCode;
  return {
    turns,
    inputs,
    tutorialTips: tips.tips,
    words,
    pageSeconds: Math.round(pageSeconds),
    statedSeconds: Math.round(stated),
    minutes: Math.round(((stated + pageSeconds) / 60) * 10) / 10,
  };
}
