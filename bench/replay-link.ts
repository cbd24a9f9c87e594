/**
 * Replay links for `npm run bench` (issue 12):
 * - replayLinkChars: the address fragment (`#/replay?g=…`) of a 52-month full-campaign game with
 *   the balanced policy playing every nation (goal: under 2,000 characters), beside the plain
 *   replay file and its result code, and the months of that game that fit in 2,000 characters;
 * - scrubMs (in headless Chromium, with the page served by the bench): moving the replay viewer's
 *   slider to a month until the frame that shows it, over 20 jumps across the full campaign
 *   (goal: under 100 ms), and how long opening the link takes.
 */
import type { Browser } from 'playwright-core';
import { loadScenarioById, newGame } from '../src/cli/scenario-files';
import { makeReplay } from '../src/share/files';
import { encodeLinkedGame } from '../src/share/replay-link/replay-link';
import { linkedGameOfReplay } from '../src/share/replay-link/link-game';
import { encodeResultCode } from '../src/share/result-code';
import { parseSeed } from '../src/share/seed-code';
import { hashState } from '../src/sim/hash';
import { scoreGame } from '../src/sim/metrics';
import { POLICIES } from '../src/sim/policies';
import { playGame } from '../src/sim/replay';
import { RULES_VERSION } from '../src/sim/rules-version';

const LIMIT = 2000;
const FRAGMENT = '#/replay?g=';

/** The balanced policy's game of a scenario, every nation, as a replay file. */
function balancedGame(scenarioId: string, seedCode: string) {
  const { content } = loadScenarioById(scenarioId);
  const seed = parseSeed(seedCode);
  if (!seed.ok) throw new Error(seed.error);
  const start = newGame(content, seed.seed);
  const all = start.nations.map((n) => n.id);
  const played = playGame(content, start, (s) => POLICIES.balanced(content, s, all));
  const replay = makeReplay({
    rulesVersion: RULES_VERSION,
    scenarioId,
    scenarioHash: content.hash,
    seed: seed.seed.code,
    policy: 'balanced',
    turns: played.turns,
    finalHash: hashState(played.final),
  });
  return { content, replay, score: scoreGame(content, played.final) };
}

export function replayLinkFigures() {
  const { content, replay, score } = balancedGame('full-campaign', 'RACE-2023-X');
  const game = linkedGameOfReplay(replay);
  const chars = (months: number) =>
    FRAGMENT.length + encodeLinkedGame({ ...game, months: game.months.slice(0, months), finalHash: replay.turns[months - 1]!.hash }, content).length;
  let fit = 0;
  while (fit < game.months.length && chars(fit + 1) < LIMIT) fit++;
  const other = (id: string) => {
    const g = balancedGame(id, 'RACE-2023-X');
    return FRAGMENT.length + encodeLinkedGame(linkedGameOfReplay(g.replay), g.content).length;
  };
  return {
    replayLinkChars: chars(game.months.length),
    replayLinkMonths: game.months.length,
    replayLinkOrders: game.months.reduce((n, m) => n + m.length, 0),
    replayFileChars: JSON.stringify(replay).length,
    resultCodeChars: encodeResultCode(replay, { score: score.score, outcome: score.outcome, team: '' }).length,
    monthsThatFit: fit,
    raceOfLogisticsLinkChars: other('race-of-logistics'),
    classScenarioLinkChars: other('race-in-a-lesson'),
    link: (base: string) => `${base}${FRAGMENT}${encodeLinkedGame(game, content)}`,
  };
}

/** In the page: 20 slider moves, each timed from the input to the task after the frame that paints it. */
const SCRUB_PROBE = `(async () => {
  const slider = document.querySelector('[data-testid=slider]');
  const max = Number(slider.max);
  const out = [];
  for (let i = 0; i < 20; i++) {
    const to = (i * 37 + 11) % (max + 1);
    const t0 = performance.now();
    slider.value = String(to);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    out.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 150));
  }
  return out;
})()`;

export async function scrubBench(browser: Browser, base: string, link: string) {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await ctx.newPage();
    const t0 = Date.now();
    await page.goto(link.replace(/^.*?#/, `${base}#`));
    await page.getByTestId('watch-verified').waitFor({ timeout: 60_000 });
    const openMs = Date.now() - t0;
    await page.waitForTimeout(1500);
    const times = ((await page.evaluate(SCRUB_PROBE)) as number[]).sort((a, b) => a - b);
    return {
      scrubMs: Math.round(times[Math.floor(times.length / 2)]! * 10) / 10,
      scrubMaxMs: Math.round(times.at(-1)! * 10) / 10,
      watchOpenMs: openMs,
    };
  } finally {
    await ctx.close();
  }
}
