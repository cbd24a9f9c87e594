/**
 * The what-if forecast for `npm run bench` (issue 14, item 4):
 * - forecast1000Ms: from the class scenario's first month, the Odds tab's 1,000 futures in headless
 *   Chromium, in the page's forecast workers, from the click to the answer;
 * - its goal against 1,000 × one future's time ÷ the worker count, the future timed here in Node
 *   (the same V8) on the same month, in the same run: forecastToIdealRatio ≤ 1.3;
 * - the page's frames while the forecast runs (median, against the bare scene's idle frame elsewhere
 *   in the bench), which show whether the page stays responsive.
 */
import type { Browser } from 'playwright-core';
import { loadScenarioById, newGame } from '../src/cli/scenario-files';
import { batchSeed } from '../src/cli/batch-games';
import { playFuture } from '../src/sim/forecast';

const FRAMES_WHILE = `new Promise((resolve) => {
  const out = [];
  let last = performance.now();
  const tick = (t) => {
    out.push(t - last);
    last = t;
    const o = window.__rol.odds();
    if (o && o.status === 'running') requestAnimationFrame(tick);
    else resolve(out.slice(1));
  };
  requestAnimationFrame(tick);
})`;

type Rol = { __rol: { odds(): { status: string; ms: number | null; total: number } | null } };

/** One future's time in Node, from the class scenario's opening, the player's nations on the balanced policy (median of 40). */
function oneFutureMs(): number {
  const { content } = loadScenarioById('race-in-a-lesson');
  const start = newGame(content, batchSeed(0));
  const plan = { pending: [], humanNations: start.nations.map((n) => n.id), humanPolicy: 'balanced' as const, aiPolicy: 'historical' as const };
  for (let i = 0; i < 10; i++) playFuture(content, start, plan, i);
  const times: number[] = [];
  for (let i = 0; i < 40; i++) {
    const t0 = performance.now();
    playFuture(content, start, plan, 100 + i);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[20]!;
}

export async function forecastBench(browser: Browser, url: string) {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await ctx.newPage();
  try {
    await page.goto(url);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    await page.getByRole('tab', { name: 'Odds' }).click();
    const workers = await page.evaluate(() => Math.min(4, Math.max(1, navigator.hardwareConcurrency ?? 2)));
    await page.getByTestId('odds-ask').click();
    const frames = (await page.evaluate(FRAMES_WHILE)) as number[];
    await page.waitForFunction(() => (window as unknown as Rol).__rol.odds()?.status === 'done', undefined, { timeout: 300_000 });
    const ms = (await page.evaluate(() => (window as unknown as Rol).__rol.odds()!.ms))!;
    const future = oneFutureMs();
    const ideal = (1000 * future) / workers;
    const sorted = [...frames].sort((a, b) => a - b);
    return {
      forecast1000Ms: Math.round(ms),
      forecastWorkers: workers,
      oneFutureNodeMs: Math.round(future * 100) / 100,
      forecastToIdealRatio: Math.round((ms / ideal) * 100) / 100,
      forecastFrameMedianMs: Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 10) / 10,
    };
  } finally {
    await ctx.close();
  }
}
