import { describe, expect, it } from 'vitest';
import { resolveTurn } from '../../src/sim/resolve-turn';
import type { GameState } from '../../src/sim/types';
import { world } from '../world';
import { newGame } from '../../src/scenario/build-game';
import { seedFromValue } from '../../src/share/seed-code';
import { russianOutputPerMonth } from '../../src/sim/resolve/russia';
import { shipped } from '../helpers';

/** Resolves one month with Ukraine firing 100,000 rounds and Russia firing `ratio` × that. */
function monthAtRatio(ratio: number, seed = 1): { gain: number; state: GameState } {
  const { c, s } = world((sc) => {
    sc.ukraine.stock = { shell: 1_000_000, stinger: 10_000 };
    sc.ukraine.rationBp = 10000;
    sc.ukraine.fireDemandPath = [{ from: sc.start, perMonth: 100_000 }];
    sc.russia.stockShells = 100_000_000;
    sc.russia.fireDemandPath = [{ from: sc.start, perMonth: 100_000 * ratio }];
    sc.russia.offensivePath = [{ from: sc.start, perMonth: 10000 }];
    sc.russia.feintChanceBp = 0;
    sc.russia.concentrationBp = 0;
  }, seed);
  const next = resolveTurn(c, s, []);
  return { gain: next.state.sectors.reduce((sum, x) => sum + x.lastGainKm2, 0), state: next.state };
}

describe('the front', () => {
  it('a 6:1 fire ratio loses ground faster than 2:1', () => {
    const six = monthAtRatio(6);
    expect(six.state.sectors[0]!.lastRatioBp).toBe(60000);
    expect(six.gain).toBeGreaterThan(monthAtRatio(2).gain * 2);
  });

  it('at parity of fire Ukraine holds or regains ground', () => {
    expect(monthAtRatio(1).gain).toBeLessThanOrEqual(0);
  });

  it('a gentler gain table (rules.front.gainByRatio) gives less ground at the same ratio', () => {
    const gentle = world((sc) => {
      sc.rules.front.gainByRatio = sc.rules.front.gainByRatio.map(([x, y]) => [x, y > 0 ? Math.floor(y / 4) : y] as [number, number]);
      sc.rules.front.gainNoiseBp = 0;
      sc.russia.fireDemandPath = [{ from: sc.start, perMonth: 900_000 }];
    });
    const harsh = world((sc) => {
      sc.rules.front.gainNoiseBp = 0;
      sc.russia.fireDemandPath = [{ from: sc.start, perMonth: 900_000 }];
    });
    const gain = (w: typeof gentle) => resolveTurn(w.c, w.s, []).state.sectors[0]!.lastGainKm2;
    expect(gain(harsh)).toBeGreaterThan(0);
    expect(gain(gentle)).toBeLessThan(gain(harsh));
  });

  it('when Stingers run low, Russian aviation adds to its fire and more Stingers are used', () => {
    const covered = world();
    covered.s.ukraine.stock.stinger = covered.c.ukraine.airDefenceNeed;
    const bare = world();
    bare.s.ukraine.stock.stinger = 10;
    const a = resolveTurn(covered.c, covered.s, []);
    const b = resolveTurn(bare.c, bare.s, []);
    const fire = (s: GameState) => s.sectors.reduce((sum, x) => sum + x.lastRussianFire, 0);
    expect(fire(b.state)).toBeGreaterThan(fire(a.state));
    expect(b.report.entries.find((e) => e.id === 'front:air')?.message).toMatchObject({
      id: 'front.air',
      params: { product: 'stinger', stock: 10, fired: 10 },
    });
    expect(a.report.entries.some((e) => e.id === 'front:air')).toBe(false);
    expect(b.state.ukraine.stock.stinger).toBe(0);
  });

  it('Russia concentrates its fire where its ratio was best last month', () => {
    const { c, s } = world((sc) => {
      sc.russia.feintChanceBp = 0;
      sc.sectors = ['north', 'east', 'south', 'west'].map((id) => ({ ...sc.sectors[0]!, id, name: id }));
    });
    s.sectors.forEach((x, i) => (x.lastRatioBp = i === 3 ? 90000 : 20000));
    const next = resolveTurn(c, s, []).state;
    const shares = next.sectors.map((x) => x.russianFireShareBp);
    expect(shares[3]).toBe(Math.max(...shares));
    expect(shares[3]).toBeGreaterThan(shares[0]! + 2000);
  });

  it('every round fired comes out of a stock', () => {
    const { c, s } = world();
    const next = resolveTurn(c, s, []).state;
    const fired = next.sectors.reduce((sum, x) => sum + x.lastUkrainianFire, 0);
    expect(fired).toBeGreaterThan(0);
    expect(next.ukraine.stock.shell).toBe(s.ukraine.stock.shell! + c.ukraine.ownProductionPerMonth - fired + deliveredToUkraine(s, next));
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

describe('what intelligence says Russia makes', () => {
  it('before the first month it is the rate in force, not last month’s zero; after, last month’s output', () => {
    const c = shipped();
    const s = newGame(c, seedFromValue(5));
    expect(s.russia.lastProduction).toBe(0);
    // The shipped scenarios make Russia's shells in its war economy: its lines and depots as the game starts.
    expect(russianOutputPerMonth(c, s)).toBe(
      s.russia.newCapacity + Math.min(s.russia.refurbCapacity, Math.floor((s.russia.refurbPool * c.russia.economy!.refurbPoolRateBp) / 10000)),
    );
    expect(russianOutputPerMonth(c, s)).toBeGreaterThan(0);
    const next = resolveTurn(c, s, [], { explain: false }).state;
    expect(russianOutputPerMonth(c, next)).toBe(next.russia.lastProduction);
  });
});
