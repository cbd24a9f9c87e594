import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyState, resolveTurn } from '../../src/sim/resolve-turn';
import { applyOrder } from '../../src/sim/resolve/orders';
import { hashState } from '../../src/sim/hash';
import type { GameState, Order } from '../../src/sim/types';
import { game } from '../helpers';
import { orderArb, ordersPerTurnArb, seedArb } from './arbitraries';

function play(seed: number, turns: Order[][]): { states: GameState[] } {
  let s = game(seed);
  const states = [s];
  for (const orders of turns) {
    if (s.finished) break;
    s = resolveTurn(s, orders, { explain: false }).state;
    states.push(s);
  }
  return { states };
}

function shellsHeld(s: GameState): number {
  return s.nations.reduce((sum, n) => sum + n.stock.shell + n.heldForUkraine.shell, 0) + s.ukraine.stock.shell;
}

describe('properties of the resolver', () => {
  it('the same scenario, seed and orders give the same hash, however often it is run', () => {
    fc.assert(
      fc.property(seedArb, ordersPerTurnArb(6), (seed, turns) => {
        const a = play(seed, turns).states.map(hashState);
        const b = play(seed, turns).states.map(hashState);
        expect(a).toEqual(b);
      }),
      { numRuns: 25 },
    );
  });

  it('a state that goes through JSON resolves to the same hash (saves and replays lose nothing)', () => {
    fc.assert(
      fc.property(seedArb, ordersPerTurnArb(3), (seed, turns) => {
        const s = play(seed, turns).states.at(-1)!;
        const thawed = JSON.parse(JSON.stringify(s)) as GameState;
        expect(hashState(resolveTurn(thawed, []).state)).toBe(hashState(resolveTurn(s, []).state));
      }),
      { numRuns: 15 },
    );
  });

  it('different seeds give different event and front streams', () => {
    fc.assert(
      fc.property(seedArb, seedArb, (a, b) => {
        fc.pre(a !== b);
        const sa = play(a, [[], [], []]).states.at(-1)!;
        const sb = play(b, [[], [], []]).states.at(-1)!;
        expect(sa.rng.events).not.toEqual(sb.rng.events);
        expect(sa.sectors.map((x) => x.lastGainKm2)).not.toEqual(sb.sectors.map((x) => x.lastGainKm2));
      }),
      { numRuns: 20 },
    );
  });

  it('shells are conserved: held now = held at the start + produced + from elsewhere − fired', () => {
    fc.assert(
      fc.property(seedArb, ordersPerTurnArb(8), (seed, turns) => {
        const { states } = play(seed, turns);
        const start = shellsHeld(states[0]!);
        for (const s of states) {
          const t = s.tally;
          expect(shellsHeld(s)).toBe(start + t.shellsProduced + t.shellsFromElsewhere - t.shellsFiredUkraine);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('no stock, budget, labour pool or capital ever goes negative, whatever the orders', () => {
    fc.assert(
      fc.property(seedArb, ordersPerTurnArb(10), (seed, turns) => {
        for (const s of play(seed, turns).states) {
          for (const n of s.nations) {
            expect(Math.min(n.stock.shell, n.stock.stinger, n.fundsEur, n.debtEur, n.freeLabour, n.politicalCapital)).toBeGreaterThanOrEqual(0);
            expect(n.politicalCapital).toBeLessThanOrEqual(100);
          }
          expect(Math.min(s.ukraine.stock.shell, s.ukraine.stock.stinger, s.russia.stockShells)).toBeGreaterThanOrEqual(0);
          for (const x of s.sectors) expect(x.ukraineHeldKm2).toBeGreaterThanOrEqual(0);
          for (const c of s.contracts) expect(c.delivered).toBeLessThanOrEqual(c.perMonth * c.months);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('an invalid order is rejected with a reason and leaves the state unchanged', () => {
    fc.assert(
      fc.property(seedArb, fc.array(orderArb, { minLength: 1, maxLength: 12 }), (seed, orders) => {
        const s = game(seed);
        for (const order of orders) {
          const before = hashState(s);
          const probe = copyState(s);
          const result = applyOrder(probe, order);
          if (!result.ok) {
            expect(result.reason.length).toBeGreaterThan(5);
            expect(hashState(probe)).toBe(before);
          } else applyOrder(s, order);
        }
      }),
      { numRuns: 200 },
    );
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('purity of the resolver', () => {
  it('never writes to the state it is given, whatever the orders (a frozen input would throw)', () => {
    fc.assert(
      fc.property(seedArb, ordersPerTurnArb(12), (seed, turns) => {
        let s = game(seed);
        for (const orders of turns) {
          if (s.finished) break;
          const before = hashState(s);
          deepFreeze(s);
          const next = resolveTurn(s, orders).state;
          expect(hashState(s)).toBe(before);
          s = next;
        }
      }),
      { numRuns: 20 },
    );
  });
});
