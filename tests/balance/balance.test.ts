/**
 * Balance on 100 seeds per scenario (npm run balance measures 500 and writes
 * docs/balance.md): passive loses at least 80 % everywhere, balanced wins
 * 40–85 %, and decisions move the score far more than the seed does. It plays
 * 1,800 campaigns, so it runs in the `slow` project, and in beforeAll, not
 * when the file is collected.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { measureBalance, SHIPPED, TARGETS, type BalanceRow } from '../../src/cli/balance';

let rows: BalanceRow[] = [];

beforeAll(() => {
  rows = measureBalance(100);
});

describe.each(SHIPPED)('balance of %s', (scenario) => {
  const row = (policy: string) => {
    const found = rows.find((r) => r.scenario === scenario && r.policy === policy);
    if (!found) throw new Error(`no ${policy} row for ${scenario}: is it in scenarios/?`);
    expect(found.seeds).toBe(100);
    return found;
  };

  it('a passive alliance loses at least 80 % of seeds', () => {
    expect(row('passive').winRate).toBeLessThanOrEqual(TARGETS.passiveMaxWinRate);
  });

  it('a sound strategy wins 40–85 % of seeds', () => {
    expect(row('balanced').winRate).toBeGreaterThanOrEqual(TARGETS.balancedMinWinRate - 0.05);
    expect(row('balanced').winRate).toBeLessThanOrEqual(TARGETS.balancedMaxWinRate + 0.05);
  });

  it('the result depends on decisions more than on the seed', () => {
    const passive = row('passive').score;
    const balanced = row('balanced').score;
    expect(balanced.p50 - passive.p50).toBeGreaterThan(2 * Math.max(balanced.p90 - balanced.p10, passive.p90 - passive.p10));
  });
});
