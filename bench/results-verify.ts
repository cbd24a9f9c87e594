/**
 * The class results dashboard under a whole class's load, for `npm run bench`:
 * - resultsVerify30Ms: 30 full race-of-logistics result codes of one class
 *   (one seed, 30 different games) pasted on the dashboard, from the click on "Verify codes" to the frame after the page
 *   says all 30 are checked (median of five rounds; the first, with the
 *   worker's start, is given too);
 * - resultsVerifyToReplayRatio: that against 30 plain replays of the same
 *   codes in Node in the same run (unpacked and re-simulated with every
 *   month's hash checked, as `sim verify` does). Goal: at most 2.
 * `npx tsx bench/results-verify.ts` builds the game and measures only this.
 */
import { pathToFileURL } from 'node:url';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build, preview } from 'vite';
import { loadScenario, newGame } from '../src/cli/scenario-files';
import { checkReplay } from '../src/share/check-replay';
import { makeReplay } from '../src/share/files';
import { decodeResultCode, encodeResultCode } from '../src/share/result-code';
import { seedFromValue } from '../src/share/seed-code';
import { hashState } from '../src/sim/hash';
import { scoreGame } from '../src/sim/metrics';
import { POLICIES } from '../src/sim/policies';
import { ordersForTurn, playGame } from '../src/sim/replay';
import { RULES_VERSION } from '../src/sim/rules-version';
import type { Order } from '../src/sim/types';

const TEAMS = 30;
const ROUNDS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const round = (x: number) => Math.round(x * 10) / 10;

/**
 * A class's codes: 30 teams on the class's one seed, each a game of its own (the balanced policy,
 * and one month in which the team sends the United States' shells as well), claiming the score it reached.
 */
function classCodes(): string[] {
  const { content } = loadScenario('race-of-logistics');
  const seed = seedFromValue(20230214);
  return Array.from({ length: TEAMS }, (_, i) => {
    const start = newGame(content, seed);
    const all = start.nations.map((n) => n.id);
    const own: Order[] = [{ kind: 'drawdown', actor: 'US', product: 'shell', amount: 10_000 * (1 + i) }];
    const played = playGame(content, start, (s) => ordersForTurn(content, s, s.turn === i % 20 ? own : [], POLICIES.balanced, all));
    const replay = makeReplay({
      rulesVersion: RULES_VERSION,
      scenarioId: content.id,
      scenarioHash: content.hash,
      seed: start.seed,
      turns: played.turns,
      finalHash: hashState(played.final),
    });
    const score = scoreGame(content, played.final);
    return encodeResultCode(replay, { score: score.score, outcome: score.outcome, team: `Team ${i + 1}` });
  });
}

/** ms for 30 plain replays in Node: each code unpacked and re-simulated, every month's hash checked. */
function nodeReplaysMs(codes: string[]): number {
  const { content } = loadScenario('race-of-logistics');
  const once = () => {
    const t0 = performance.now();
    for (const code of codes) {
      const decoded = decodeResultCode(code);
      if (!decoded.ok || !checkReplay(decoded.replay, content).ok) throw new Error('a bench code does not verify');
    }
    return performance.now() - t0;
  };
  once();
  return median(Array.from({ length: ROUNDS }, once));
}

/** Resolves with the ms from the next click to the frame after the progress line says every code is checked. */
const ALL_CHECKED = (n: number) => `new Promise((resolve) => {
  let clicked = 0;
  window.addEventListener('click', (e) => { clicked = e.timeStamp; }, { capture: true, once: true });
  const done = () => document.querySelector('[data-testid=results-progress]')?.textContent?.includes('All ${n} checked');
  const seen = new MutationObserver(() => {
    if (!clicked || !done()) return;
    seen.disconnect();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clicked), 0));
  });
  seen.observe(document.body, { subtree: true, childList: true, characterData: true });
})`;

export interface ResultsBench {
  resultsVerify30Ms: number;
  resultsVerify30ColdMs: number;
  nodeReplay30Ms: number;
  resultsVerifyToReplayRatio: number;
}

export async function resultsBench(browser: Browser, url: string): Promise<ResultsBench> {
  const codes = classCodes();
  const nodeMs = nodeReplaysMs(codes);
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await ctx.newPage();
  await page.goto(`${url}#/results`);
  const rounds: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    await page.getByLabel(/^Result codes, one a line/).fill(codes.join('\n'));
    const checked = page.evaluate(ALL_CHECKED(TEAMS)) as Promise<number>;
    await page.getByRole('button', { name: 'Verify codes' }).click();
    rounds.push(await checked);
    await page.getByRole('button', { name: 'Clear all' }).click();
  }
  await ctx.close();
  const warm = median(rounds);
  return {
    resultsVerify30Ms: round(warm),
    resultsVerify30ColdMs: round(rounds[0]!),
    nodeReplay30Ms: round(nodeMs),
    resultsVerifyToReplayRatio: Math.round((warm / nodeMs) * 100) / 100,
  };
}

/** Run on its own: build, serve, measure, print. */
async function main() {
  const dir = join(mkdtempSync(join(tmpdir(), 'rol-results-bench-')), 'game');
  await build({ logLevel: 'silent', build: { outDir: dir, emptyOutDir: true } });
  const server = await preview({ logLevel: 'silent', build: { outDir: dir }, preview: { host: '127.0.0.1', port: 0 } });
  const a = server.httpServer.address();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    console.log(JSON.stringify(await resultsBench(browser, `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}/`)));
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
