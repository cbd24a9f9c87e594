/**
 * Balance on 100 seeds per scenario (npm run balance measures 500 and writes
 * docs/balance.md): passive loses at least 80 % everywhere, balanced wins at
 * 40–85 % (most wars, not all), decisions move the score far more than the seed
 * does, and the win line is the one the balance runs call for. In the class scenario, on
 * 200 seeds, production alone and drawdowns alone each beat passive by more
 * than the seed's spread and their mix beats both. It plays thousands of
 * campaigns, so it runs in the `slow` project, and in beforeAll.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  measureBalance,
  SEED_GAIN_SPREAD_PCT,
  seedGainSpreadPct,
  seedSpread,
  SHIPPED,
  suggestedWinScore,
  TARGETS,
  type BalanceRow,
} from '../../src/cli/balance';
import { loadScenario } from '../../src/cli/scenario-files';

let rows: BalanceRow[] = [];
let classRows: BalanceRow[] = [];

beforeAll(async () => {
  // On every core, in worker threads: the same rows as one worker would give (tests/cli checks that).
  rows = await measureBalance(100);
  classRows = await measureBalance(200, ['race-in-a-lesson']);
});

const find = (from: BalanceRow[], scenario: string, policy: string) => {
  const found = from.find((r) => r.scenario === scenario && r.policy === policy);
  if (!found) throw new Error(`no ${policy} row for ${scenario}: is it in scenarios/?`);
  return found;
};

describe.each(SHIPPED)('balance of %s', (scenario) => {
  const row = (policy: string) => find(rows, scenario, policy);

  it('a passive alliance loses at least 80 % of seeds', () => {
    expect(row('passive').winRate).toBeLessThanOrEqual(TARGETS.passiveMaxWinRate);
  });

  it('a sound strategy wins most seeds, but not every one', () => {
    expect(row('balanced').winRate).toBeGreaterThanOrEqual(TARGETS.balancedMinWinRate);
    expect(row('balanced').winRate).toBeLessThanOrEqual(TARGETS.balancedMaxWinRate);
  });

  it('the result depends on decisions more than on the seed', () => {
    const passive = row('passive').score;
    const balanced = row('balanced').score;
    expect(balanced.p50 - passive.p50).toBeGreaterThan(2 * Math.max(balanced.p90 - balanced.p10, passive.p90 - passive.p10));
  });

  it('the seed shapes the war: under balanced play its p10–p90 spread of Russian gains is a large share of the median', () => {
    // docs/balance.md measures 30 % or more on 500 seeds; 100 seeds here allow for their sampling error.
    expect(seedGainSpreadPct(row('balanced'))).toBeGreaterThanOrEqual(SEED_GAIN_SPREAD_PCT - 5);
  });

  it('the win line is the one the balance runs call for, and beating the allies’ own course is what it takes', () => {
    const { content } = loadScenario(scenario);
    // 100 seeds here against the 500 the line was set on: allow two points of sampling.
    expect(Math.abs(content.winScore - suggestedWinScore(rows, scenario))).toBeLessThanOrEqual(2);
    expect(row('historical').winRate).toBeLessThan(row('balanced').winRate);
  });
});

describe('production and drawdowns in the class scenario (200 seeds)', () => {
  const row = (policy: string) => find(classRows, 'race-in-a-lesson', policy);

  it.each(['production', 'drawdown'])('%s first beats passive by more than the seed moves the score', (policy) => {
    expect(row(policy).score.p50 - row('passive').score.p50).toBeGreaterThan(seedSpread(row(policy), row('passive')));
  });

  it('their mix beats both', () => {
    expect(row('balanced').score.p50).toBeGreaterThan(row('production').score.p50);
    expect(row('balanced').score.p50).toBeGreaterThan(row('drawdown').score.p50);
  });

  it('a production-first alliance ends with clearly more shells made than one that only draws down', () => {
    expect(row('production').natoMonthlyArtillery.p50).toBeGreaterThan(2 * row('drawdown').natoMonthlyArtillery.p50);
  });
});
