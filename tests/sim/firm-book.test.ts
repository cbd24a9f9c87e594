/**
 * The firm book (src/sim/firm-book.ts) stands in for scanning every contract and line when a firm
 * judges an offer. A stale book would change what firms answer, so: it sees what a month signs and
 * builds, a copy's book is its own, and the sums it feeds agree with a full scan on every month of a
 * campaign the balanced policy plays.
 */
import { describe, expect, it } from 'vitest';
import { signContract } from '../../src/sim/contract';
import { copyState } from '../../src/sim/copy-state';
import { firmProduct } from '../../src/sim/firm-book';
import { firmBacklog, firmCommittedPerMonth } from '../../src/sim/firm-price';
import { capacityCount, freeCapacity } from '../../src/sim/negotiation';
import { POLICIES } from '../../src/sim/policies';
import { playGame } from '../../src/sim/replay';
import { resolveTurn } from '../../src/sim/resolve-turn';
import type { GameState, Offer } from '../../src/sim/types';
import { game, shipped } from '../helpers';
import { world } from '../world';

const offer = (perMonth: number): Offer => ({
  firmId: 'shellco',
  product: 'shell',
  buyers: [{ nationId: 'AA', shareBp: 10000 }],
  perMonth,
  months: 36,
  unitPriceEur: 4000,
  advanceBp: 0,
  capacityClause: true,
  indexed: false,
  deliverTo: 'ukraine',
});

describe('a firm book', () => {
  it('sees a contract signed and a line built after it was first read', () => {
    const { c, s } = world();
    const before = firmProduct(s, 'shellco', 'shell');
    const contracts = before.contracts.length;
    const lines = before.lines.length;
    const free = freeCapacity(s, { id: 'shellco' }, 'shell');
    // More than the firm has free: its capacity clause builds the plant.
    signContract(c, s, offer(free + 1000));
    const after = firmProduct(s, 'shellco', 'shell');
    expect(after.contracts).toHaveLength(contracts + 1);
    expect(after.lines).toHaveLength(lines + 1);
    expect(firmCommittedPerMonth(s, 'shellco', 'shell')).toBe(
      s.contracts.filter((k) => k.firmId === 'shellco' && k.product === 'shell' && k.status === 'active').reduce((sum, k) => sum + k.perMonth, 0),
    );
  });

  it('of a copy is its own: what the copy signs is not in the original', () => {
    const { c, s } = world();
    const count = firmProduct(s, 'shellco', 'shell').contracts.length;
    const copy = copyState(s);
    signContract(c, copy, offer(1000));
    expect(firmProduct(copy, 'shellco', 'shell').contracts).toHaveLength(count + 1);
    expect(firmProduct(s, 'shellco', 'shell').contracts).toHaveLength(count);
  });

  it('gives the sums a scan of every contract and line gives, on every month of a played campaign', () => {
    const c = shipped();
    const start = game(7, c);
    const all = start.nations.map((n) => n.id);
    const played = playGame(c, start, (s) => POLICIES.balanced(c, s, all), { hashTurns: false });
    const states: GameState[] = [start];
    for (const t of played.turns.slice(0, -1)) states.push(resolveTurn(c, states.at(-1)!, t.orders, { explain: false }).state);
    let checked = 0;
    for (const s of states)
      for (const firm of c.firms)
        for (const product of Object.keys(firm.basePriceEur)) {
          const active = s.contracts.filter((k) => k.firmId === firm.id && k.product === product && k.status === 'active');
          expect(firmBacklog(s, firm.id, product)).toBe(active.reduce((sum, k) => sum + k.perMonth * k.months - k.delivered, 0));
          const planned = s.lines
            .filter((l) => l.firmId === firm.id && l.product === product && l.status !== 'mothballed')
            .reduce((sum, l) => sum + l.capacityPerShift * l.shifts, 0);
          const committed = active.reduce((sum, k) => sum + k.perMonth, 0);
          expect(freeCapacity(s, firm, product)).toBe(Math.max(0, planned - committed));
          expect(capacityCount(s, firm.id, product).freePerMonth).toBe(Math.max(0, planned - committed));
          checked++;
        }
    // Not a vacuous loop: the campaign signed contracts with several firms.
    expect(checked).toBeGreaterThan(100);
    expect(states.at(-1)!.contracts.length).toBeGreaterThan(20);
  });
});
