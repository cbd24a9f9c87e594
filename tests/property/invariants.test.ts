import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyState, resolveTurn } from '../../src/sim/resolve-turn';
import { applyOrder } from '../../src/sim/resolve/orders';
import { hashState } from '../../src/sim/hash';
import { POLICIES, type PolicyName } from '../../src/sim/policies';
import { Planner } from '../../src/sim/policies/planner';
import { TRAINER, type GameState, type Order } from '../../src/sim/types';
import { game, shipped } from '../helpers';
import { orderArb, ordersPerTurnArb, seedArb } from './arbitraries';

const c = shipped();

function play(seed: number, turns: Order[][]): { states: GameState[] } {
  let s = game(seed, c);
  const states = [s];
  for (const orders of turns) {
    if (s.finished) break;
    s = resolveTurn(c, s, orders, { explain: false }).state;
    states.push(s);
  }
  return { states };
}

/** Shells held by the allies, in their depots for Ukraine, and by Ukraine (the scenario's only artillery product, at 10,000 bp). */
function shellsHeld(s: GameState): number {
  return s.nations.reduce((sum, n) => sum + n.stock.shell! + n.heldForUkraine.shell!, 0) + s.ukraine.stock.shell!;
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
        expect(hashState(resolveTurn(c, thawed, []).state)).toBe(hashState(resolveTurn(c, s, []).state));
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
    expect(c.products.filter((p) => p.role === 'artillery').map((p) => [p.id, p.fireValueBp])).toEqual([['shell', 10000]]);
    fc.assert(
      fc.property(seedArb, ordersPerTurnArb(8), (seed, turns) => {
        const { states } = play(seed, turns);
        const start = shellsHeld(states[0]!);
        for (const s of states) {
          const t = s.tally;
          expect(shellsHeld(s)).toBe(start + t.artilleryProduced + t.artilleryFromElsewhere - t.artilleryFiredUkraine);
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
            expect(Math.min(...Object.values(n.stock), n.fundsEur, n.debtEur, n.freeLabour, n.politicalCapital)).toBeGreaterThanOrEqual(0);
            expect(n.politicalCapital).toBeLessThanOrEqual(c.rules.politics.maxCapital);
          }
          expect(Math.min(...Object.values(s.ukraine.stock), s.russia.stockShells)).toBeGreaterThanOrEqual(0);
          for (const x of s.sectors) expect(x.ukraineHeldKm2).toBeGreaterThanOrEqual(0);
          for (const c of s.contracts) expect(c.delivered).toBeLessThanOrEqual(c.perMonth * c.months);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('an invalid order is refused with a message and leaves the state unchanged', () => {
    fc.assert(
      fc.property(seedArb, fc.array(orderArb, { minLength: 1, maxLength: 12 }), (seed, orders) => {
        const s = game(seed, c);
        for (const order of orders) {
          const before = hashState(s);
          const probe = copyState(s);
          const result = applyOrder(c, probe, order);
          expect(result.order).toBe(order);
          expect(result.message.id).toMatch(/^[a-z]+(\.[A-Za-z]+)?$/);
          expect(typeof result.message.params).toBe('object');
          if (!result.ok) expect(hashState(probe)).toBe(before);
          else applyOrder(c, s, order);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('an order from the trainer or from no nation of the game is refused, whatever it is', () => {
    fc.assert(
      fc.property(orderArb, fc.constantFrom('trainer', 'XX', ''), (order, actor) => {
        const s = game(1, c);
        const result = applyOrder(c, s, { ...order, actor } as Order);
        expect(result.ok).toBe(false);
        expect(result.message).toEqual({ id: actor === 'trainer' ? 'order.notANation' : 'order.unknownActor', params: { actor } });
      }),
      { numRuns: 100 },
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
        let s = game(seed, c);
        for (const orders of turns) {
          if (s.finished) break;
          const before = hashState(s);
          deepFreeze(s);
          const next = resolveTurn(c, s, orders).state;
          expect(hashState(s)).toBe(before);
          s = next;
        }
      }),
      { numRuns: 20 },
    );
  });
});

describe('purity of the policies', () => {
  /** Months of the balanced play, so that the state has contracts, new lines and requests to write to. */
  function midGame(seed: number, months: number): GameState {
    let s = game(seed, c);
    const all = s.nations.map((n) => n.id);
    for (let m = 0; m < months; m++) s = resolveTurn(c, s, POLICIES.balanced(c, s, all), { explain: false }).state;
    return s;
  }

  it.each(Object.keys(POLICIES) as PolicyName[])('the %s policy never writes to the state it plans for (a frozen input would throw)', (name) => {
    let s = game(20230214, c);
    const all = s.nations.map((n) => n.id);
    let orders = 0;
    while (!s.finished) {
      const before = hashState(s);
      deepFreeze(s);
      const planned = POLICIES[name](c, s, all);
      expect(hashState(s)).toBe(before);
      orders += planned.length;
      s = resolveTurn(c, s, planned, { explain: false }).state;
    }
    if (name !== 'passive') expect(orders).toBeGreaterThan(0);
  });

  it("the planner's copy holds what a full copy would after any orders, cancellations and injects included, and leaves the state alone", () => {
    const start = midGame(5, 6);
    const event = c.events.find((e) => !start.firedEvents.includes(e.id))!;
    const active = start.contracts.find((k) => k.status === 'active')!;
    const extra: Order[] = [
      { kind: 'cancelContract', actor: active.buyers[0]!.nationId, contractId: active.id },
      { kind: 'inject', actor: TRAINER, eventId: event.id },
    ];
    fc.assert(
      fc.property(fc.array(orderArb, { maxLength: 12 }), fc.subarray(extra), fc.nat(12), (orders, more, at) => {
        const all = [...orders.slice(0, at), ...more, ...orders.slice(at)];
        const s = deepFreeze(structuredClone(start));
        const p = new Planner(c, s);
        const held = all.filter((o) => p.try(o));
        const full = copyState(s);
        const fullHeld = all.filter((o) => {
          const rounds = { ...full.offersThisTurn };
          const ok = applyOrder(c, full, o).ok;
          if (!ok) full.offersThisTurn = rounds;
          return ok;
        });
        expect(held).toEqual(fullHeld);
        expect(hashState(p.work)).toBe(hashState(full));
        expect(hashState(s)).toBe(hashState(start));
      }),
      { numRuns: 60 },
    );
  });
});
