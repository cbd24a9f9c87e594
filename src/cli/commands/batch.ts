/** `batch`: many seeds, one policy; win rate and percentiles of the metrics. */
import { SEED_SPACE, seedFromValue } from '../../share/seed-code';
import { gameMetrics, scoreGame } from '../../sim/metrics';
import { playGame } from '../../sim/replay';
import { InputError } from '../input-error';
import { loadScenario, newGame } from '../scenario-files';
import { ordersSource, policyFrom } from '../setup';
import type { Args } from '../args';
import { fmtRatio } from '../../share/text/numbers';

/** The i-th seed of a batch: fixed, so two batches of the same size play the same wars. */
export function batchSeed(i: number) {
  return seedFromValue(((i + 1) * 2654435761) % SEED_SPACE);
}

export function percentiles(values: number[]): { p10: number; p50: number; p90: number; min: number; max: number } {
  const v = [...values].sort((a, b) => a - b);
  const at = (q: number) => v[Math.min(v.length - 1, Math.floor((q * v.length) / 100))]!;
  return { p10: at(10), p50: at(50), p90: at(90), min: v[0]!, max: v[v.length - 1]! };
}

export function runBatch(scenarioRef: string, seeds: number, policyName: string | undefined) {
  const { scenario, content } = loadScenario(scenarioRef);
  const policy = policyFrom(policyName, 'balanced');
  const rows: { score: ReturnType<typeof scoreGame>; metrics: ReturnType<typeof gameMetrics> }[] = [];
  for (let i = 0; i < seeds; i++) {
    const start = newGame(content, batchSeed(i));
    const { final } = playGame(content, start, ordersSource(content, start, policy, undefined), { hashTurns: false });
    rows.push({ score: scoreGame(content, final), metrics: gameMetrics(content, final) });
  }
  const wins = rows.filter((r) => r.score.outcome === 'victory').length;
  const pick = (f: (r: (typeof rows)[number]) => number) => percentiles(rows.map(f));
  return {
    scenario: scenario.id,
    policy,
    seeds,
    wins,
    winRate: wins / seeds,
    percentiles: {
      score: pick((r) => r.score.score),
      territoryLostKm2: pick((r) => r.metrics.territoryLostKm2),
      avgFireRatioBp: pick((r) => r.metrics.avgFireRatioBp),
      natoMonthlyArtillery: pick((r) => r.metrics.natoMonthlyArtillery),
      russiaMonthlyShells: pick((r) => r.metrics.russiaMonthlyShells),
      nationsBelowFloor: pick((r) => r.metrics.nationsBelowFloor),
      cohesionBp: pick((r) => r.metrics.cohesionBp),
    },
  };
}

export function batch(args: Args): number {
  const seedsText = args.need('seeds');
  const seeds = Number(seedsText);
  if (!Number.isInteger(seeds) || seeds < 1 || seeds > 100000) throw new InputError(`--seeds: "${seedsText}" is not a whole number from 1 to 100000`);
  const result = runBatch(args.need('scenario'), seeds, args.opt('policy'));
  if (args.flag('json')) {
    console.log(JSON.stringify(result));
    return 0;
  }
  const p = result.percentiles;
  console.log(`${result.scenario} · policy ${result.policy} · ${seeds} seeds`);
  console.log(`Win rate: ${Math.round(result.winRate * 1000) / 10} % (${result.wins} of ${seeds})`);
  console.log(`Score p10/p50/p90: ${p.score.p10} / ${p.score.p50} / ${p.score.p90}`);
  console.log(`Territory lost km² p10/p50/p90: ${p.territoryLostKm2.p10} / ${p.territoryLostKm2.p50} / ${p.territoryLostKm2.p90}`);
  console.log(`Average fire ratio p10/p50/p90: ${fmtRatio(p.avgFireRatioBp.p10)} / ${fmtRatio(p.avgFireRatioBp.p50)} / ${fmtRatio(p.avgFireRatioBp.p90)}`);
  return 0;
}
