/**
 * Balance: every shipped scenario, every policy, many seeds (`npm run balance`,
 * 500 seeds by default) → docs/balance.md. Targets: `passive` loses at least
 * 80 % of seeds everywhere, `balanced` wins 40–85 %. tests/balance checks the
 * same targets on fewer seeds.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PolicyName } from '../sim/policies';
import { percentiles, runBatch } from './commands/batch';
import { scenarioIds } from './scenario-files';

export const TARGETS = { passiveMaxWinRate: 0.2, balancedMinWinRate: 0.4, balancedMaxWinRate: 0.85 };
const POLICY_ORDER: PolicyName[] = ['passive', 'historical', 'balanced'];

export interface BalanceRow {
  scenario: string;
  policy: PolicyName;
  seeds: number;
  winRate: number;
  score: ReturnType<typeof percentiles>;
  territoryLostKm2: ReturnType<typeof percentiles>;
  avgFireRatioBp: ReturnType<typeof percentiles>;
}

/** The shipped scenarios (a trainer's own files in scenarios/ are balanced by their author). */
export const SHIPPED = ['stocks-running-dry', 'before-bucharest', 'race-of-logistics', 'washington-summit', 'turning-the-tide', 'full-campaign'];

export function measureBalance(seeds: number, scenarios = SHIPPED.filter((id) => scenarioIds().includes(id))): BalanceRow[] {
  const rows: BalanceRow[] = [];
  for (const scenario of scenarios) {
    for (const policy of POLICY_ORDER) {
      const r = runBatch(scenario, seeds, policy);
      rows.push({
        scenario,
        policy,
        seeds,
        winRate: r.winRate,
        score: r.percentiles.score,
        territoryLostKm2: r.percentiles.territoryLostKm2,
        avgFireRatioBp: r.percentiles.avgFireRatioBp,
      });
    }
  }
  return rows;
}

export function meetsTargets(row: BalanceRow): boolean {
  if (row.policy === 'passive') return row.winRate <= TARGETS.passiveMaxWinRate;
  if (row.policy === 'balanced') return row.winRate >= TARGETS.balancedMinWinRate && row.winRate <= TARGETS.balancedMaxWinRate;
  return true;
}

const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;
const ratio = (bp: number) => `${(bp / 10000).toFixed(1)}:1`;

function writeDoc(rows: BalanceRow[], seeds: number): void {
  const table = rows.map(
    (r) =>
      `| ${r.scenario} | ${r.policy} | ${pct(r.winRate)} | ${r.score.p10} / ${r.score.p50} / ${r.score.p90} | ${r.territoryLostKm2.p10.toLocaleString('en')} / ${r.territoryLostKm2.p50.toLocaleString('en')} / ${r.territoryLostKm2.p90.toLocaleString('en')} | ${ratio(r.avgFireRatioBp.p10)} / ${ratio(r.avgFireRatioBp.p50)} / ${ratio(r.avgFireRatioBp.p90)} | ${r.policy === 'historical' ? '—' : meetsTargets(r) ? 'met' : 'MISSED'} |`,
  );
  const gap = SHIPPED.map((id) => {
    const p = rows.find((r) => r.scenario === id && r.policy === 'passive');
    const b = rows.find((r) => r.scenario === id && r.policy === 'balanced');
    return p && b
      ? `| ${id} | ${p.score.p50} | ${b.score.p50} | ${b.score.p50 - p.score.p50} | ${Math.max(p.score.p90 - p.score.p10, b.score.p90 - b.score.p10)} |`
      : '';
  }).filter(Boolean);
  const text = `# Balance

Every shipped scenario played by each policy on ${seeds} seeds (the same seeds for every policy),
written by \`npm run balance\`; do not edit by hand. Targets: \`passive\` wins at most ${pct(TARGETS.passiveMaxWinRate)}
of seeds in every scenario; \`balanced\` wins ${pct(TARGETS.balancedMinWinRate)}–${pct(TARGETS.balancedMaxWinRate)}.
Percentiles are p10 / p50 / p90.

| scenario | policy | win rate | score | Russian gains km² | average fire ratio | target |
|---|---|---|---|---|---|---|
${table.join('\n')}

## Decisions, not the seed

On the same seeds, the median score moves by the number of points below when the decisions change
from \`passive\` to \`balanced\`, while the seed alone (the p10–p90 spread of one policy) moves it by
much less:

| scenario | passive median | balanced median | gain from decisions | widest p10–p90 spread from the seed |
|---|---|---|---|---|
${gap.join('\n')}
`;
  writeFileSync(join(import.meta.dirname, '../../docs/balance.md'), text);
}

if (process.argv[1]?.endsWith('balance.ts')) {
  const arg = process.argv.find((a) => a.startsWith('--seeds='));
  const seeds = arg ? Number(arg.slice(8)) : 500;
  const t0 = Date.now();
  const rows = measureBalance(seeds);
  for (const r of rows)
    console.log(
      `${meetsTargets(r) ? 'ok ' : 'MISS'} ${r.scenario.padEnd(20)} ${r.policy.padEnd(11)} win ${pct(r.winRate).padStart(7)}  score p10/50/90 ${r.score.p10}/${r.score.p50}/${r.score.p90}`,
    );
  writeDoc(rows, seeds);
  console.log(`wrote docs/balance.md (${Math.round((Date.now() - t0) / 1000)} s)`);
}
