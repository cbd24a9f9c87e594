import { readFileSync } from 'node:fs';
import { validateScenario } from '../src/scenario/validate';
import { buildContent } from '../src/scenario/build-content';
import { newGame } from '../src/scenario/build-game';
import { playGame, POLICIES, scoreGame, gameMetrics } from '../src/sim';
import { batchSeed } from '../src/cli/commands/batch';
const base = JSON.parse(readFileSync('scenarios/race-of-logistics.json', 'utf8'));
const ex = {
  ...base,
  id: 'first-year', title: 'The first year of the race (Feb 2023 – Jan 2024)', end: '2024-01', winScore: Number(process.argv[2] ?? 60),
  objectives: JSON.parse(process.argv[3]),
};
const v = validateScenario(ex);
if (!v.ok) { console.log(v.problems.slice(0, 5)); process.exit(1); }
const c = buildContent(v.scenario);
for (const p of ['passive', 'historical', 'balanced', 'production', 'drawdown'] as const) {
  const scores: number[] = []; let wins = 0; const gains: number[] = [];
  for (let i = 0; i < 20; i++) {
    const start = newGame(c, batchSeed(i));
    const all = start.nations.map((n) => n.id);
    const { final } = playGame(c, start, (s) => POLICIES[p](c, s, all), { hashTurns: false });
    const sc = scoreGame(c, final); scores.push(sc.score); if (sc.outcome === 'victory') wins++;
    gains.push(gameMetrics(c, final).territoryLostKm2);
  }
  scores.sort((a, b) => a - b); gains.sort((a,b)=>a-b);
  console.log(p, 'min', scores[0], 'med', scores[10], 'max', scores[19], 'wins', wins, 'gain med', gains[10]);
}
