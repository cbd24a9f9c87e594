/** `batch`: many seeds, one policy; win rate and percentiles of the metrics. */
import { InputError } from '../input-error';
import { loadScenario } from '../scenario-files';
import { policyFrom } from '../setup';
import type { Args } from '../args';
import { fmtRatio } from '../../share/text/numbers';
import type { PolicyName } from '../../sim/policies';
import type { GameRow } from '../batch-games';
import { defaultWorkers, playBatches, type PoolOptions } from '../batch-pool';
import { progressBar } from '../progress';

export { batchSeed } from '../batch-games';

export function percentiles(values: number[]): { p10: number; p50: number; p90: number; min: number; max: number } {
  const v = [...values].sort((a, b) => a - b);
  const at = (q: number) => v[Math.min(v.length - 1, Math.floor((q * v.length) / 100))]!;
  return { p10: at(10), p50: at(50), p90: at(90), min: v[0]!, max: v[v.length - 1]! };
}

export async function runBatch(scenarioRef: string, seeds: number, policyName: string | undefined, pool: PoolOptions = {}) {
  const { scenario } = loadScenario(scenarioRef);
  const policy = policyFrom(policyName, 'balanced');
  const [rows] = await playBatches([{ scenario: scenarioRef, policy, seeds }], pool);
  return summarise(scenario.id, policy, rows!);
}

/** A batch's win rate and percentiles, from its campaigns in seed order. */
export function summarise(scenario: string, policy: PolicyName, rows: readonly GameRow[]) {
  const seeds = rows.length;
  const wins = rows.filter((r) => r.score.outcome === 'victory').length;
  const pick = (f: (r: GameRow) => number) => percentiles(rows.map(f));
  return {
    scenario,
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

/** `--workers N`: a whole number from 1 to 64; the machine's cores when not given. */
export function workersFrom(text: string | undefined): number {
  if (text === undefined) return defaultWorkers();
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InputError(`--workers: "${text.slice(0, 20)}" is not a whole number from 1 to 64`);
  return n;
}

export async function batch(args: Args): Promise<number> {
  const seedsText = args.need('seeds');
  const seeds = Number(seedsText);
  if (!Number.isInteger(seeds) || seeds < 1 || seeds > 100000) throw new InputError(`--seeds: "${seedsText}" is not a whole number from 1 to 100000`);
  const workers = workersFrom(args.opt('workers'));
  const bar = progressBar('campaigns');
  const result = await runBatch(args.need('scenario'), seeds, args.opt('policy'), { workers, progress: bar.update }).finally(bar.done);
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
