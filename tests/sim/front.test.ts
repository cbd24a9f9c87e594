import { describe, expect, it } from 'vitest';
import { resolveTurn } from '../../src/sim/resolve-turn';
import { game } from '../helpers';
import type { GameState } from '../../src/sim/types';

/** Resolves one month with Ukraine firing `uaFire` and Russia firing `ratio` × that. */
function monthAtRatio(ratio: number, seed = 1): { gain: number; state: GameState } {
  const s = game(seed);
  s.ukraine.stock.shell = 1_000_000;
  s.ukraine.rationBp = 10000;
  s.ukraine.fireDemandPath = [{ fromMonth: 0, perMonth: 100_000 }];
  s.ukraine.stock.stinger = 10_000;
  s.russia.stockShells = 100_000_000;
  s.russia.fireDemandPath = [{ fromMonth: 0, perMonth: 100_000 * ratio }];
  s.russia.offensivePath = [{ fromMonth: 0, perMonth: 10000 }];
  s.russia.feintChanceBp = 0;
  s.russia.concentrationBp = 0;
  const next = resolveTurn(s, []);
  return { gain: next.state.sectors.reduce((sum, x) => sum + x.lastGainKm2, 0), state: next.state };
}

describe('the front', () => {
  it('a 6:1 fire ratio loses ground faster than 2:1', () => {
    expect(monthAtRatio(6).gain).toBeGreaterThan(monthAtRatio(2).gain * 2);
  });

  it('at parity of fire Ukraine holds or regains ground', () => {
    expect(monthAtRatio(1).gain).toBeLessThanOrEqual(0);
  });

  it('when Stingers run low, Russian aviation adds to its fire and more Stingers are used', () => {
    const covered = game();
    covered.ukraine.stock.stinger = covered.ukraine.airDefenceNeed;
    const bare = game();
    bare.ukraine.stock.stinger = 10;
    const a = resolveTurn(covered, []);
    const b = resolveTurn(bare, []);
    const fire = (s: GameState) => s.sectors.reduce((sum, x) => sum + x.lastRussianFire, 0);
    expect(fire(b.state)).toBeGreaterThan(fire(a.state));
    expect(b.report.entries.some((e) => e.id === 'front:air')).toBe(true);
    expect(a.report.entries.some((e) => e.id === 'front:air')).toBe(false);
    expect(b.state.ukraine.stock.stinger).toBe(0);
  });

  it('Russia concentrates its fire where its ratio was best last month', () => {
    const s = game();
    s.russia.feintChanceBp = 0;
    s.sectors.forEach((x, i) => (x.lastRatioBp = i === 3 ? 90000 : 20000));
    const next = resolveTurn(s, []).state;
    const shares = next.sectors.map((x) => x.russianFireShareBp);
    expect(shares[3]).toBe(Math.max(...shares));
    expect(shares[3]).toBeGreaterThan(shares[0]! + 2000);
  });

  it('every round fired comes out of a stock', () => {
    const s = game();
    const next = resolveTurn(s, []).state;
    const fired = next.sectors.reduce((sum, x) => sum + x.lastUkrainianFire, 0);
    expect(next.ukraine.stock.shell).toBe(s.ukraine.stock.shell + s.ukraine.ownProductionPerMonth - fired + deliveredToUkraine(s, next));
  });
});

function deliveredToUkraine(before: GameState, after: GameState): number {
  // Contract deliveries straight to Ukraine this month.
  let total = 0;
  for (const c of after.contracts) {
    if (c.deliverTo !== 'ukraine' || c.product !== 'shell') continue;
    const was = before.contracts.find((x) => x.id === c.id)?.delivered ?? 0;
    total += c.delivered - was;
  }
  return total;
}
