import { describe, expect, it } from 'vitest';
import { findContract } from '../../src/sim/find';
import { deliveryOutlook, offerOutlook } from '../../src/sim/delivery-outlook';
import { formatMonth, parseMonth } from '../../src/sim/month';
import { resolveTurn } from '../../src/sim/resolve-turn';
import type { ScenarioContent } from '../../src/sim/content';
import type { GameState, Offer } from '../../src/sim/types';
import { offer } from '../helpers';
import { world } from '../world';

/** Signs the offer in the first month, plays every month of the game, and returns what the contract received each month. */
function resolvedDeliveries(c: ScenarioContent, s: GameState, o: Offer): { contractId: string; units: number[] } {
  let state = resolveTurn(c, s, [{ kind: 'offer', actor: 'AA', offer: o }], { explain: false }).state;
  const contract = state.contracts.at(-1)!;
  expect(contract.signedMonth).toBe(s.month);
  const units = [contract.delivered];
  while (!state.finished) {
    const before = findContract(state, contract.id)!.delivered;
    state = resolveTurn(c, state, [], { explain: false }).state;
    units.push(findContract(state, contract.id)!.delivered - before);
  }
  return { contractId: contract.id, units };
}

const months = (list: number[], from: number) => list.map((u, i) => `${formatMonth(from + i)}: ${u}`);

describe('the delivery outlook a buyer reads before signing', () => {
  it('an order the firm has room for arrives after its production cycle at the full rate, as the months then resolve', () => {
    const { c, s } = world((sc) => {
      sc.firms[0]!.baseLeadMonths = 6;
    });
    const o = offer({ firmId: 'shellco', perMonth: 5000, months: 24, unitPriceEur: 9000 });
    const outlook = offerOutlook(c, s, o)!;
    expect(formatMonth(outlook.firstMonth)).toBe('2023-07');
    expect(outlook.firstUnits).toBe(5000);
    expect(outlook.fullRateMonth).toBe(outlook.firstMonth);
    const played = resolvedDeliveries(c, s, o);
    expect(months(played.units, s.month)).toEqual(months(outlook.units, outlook.fromMonth));
  });

  it('a capacity-clause order gets the free capacity at first and its full rate once the new line is up to speed', () => {
    const { c, s } = world((sc) => {
      sc.end = '2025-12';
      sc.firms[0]!.baseLeadMonths = 2;
      sc.plantTemplates[0]!.buildMonths = 6;
      sc.plantTemplates[0]!.slipChanceBp = 0;
      for (const input of sc.inputs) input.supplyPerMonth *= 10;
    });
    const o = offer({ firmId: 'shellco', perMonth: 12_000, months: 60, unitPriceEur: 9000, capacityClause: true });
    const outlook = offerOutlook(c, s, o)!;
    expect(outlook.capacityLine?.readyMonth).toBe(parseMonth('2023-07'));
    // 10,000 a month of existing capacity, 4,000 of it owed to the older contract: 6,000 for the new one.
    expect([formatMonth(outlook.firstMonth), outlook.firstUnits]).toEqual(['2023-03', 6000]);
    expect(outlook.fullRateMonth).toBeGreaterThan(outlook.capacityLine!.readyMonth);
    const played = resolvedDeliveries(c, s, o);
    expect(months(played.units, s.month)).toEqual(months(outlook.units, outlook.fromMonth));
  });

  it('a signed contract keeps its own dates: the outlook after signing is the one read before', () => {
    const { c, s } = world((sc) => {
      sc.firms[0]!.baseLeadMonths = 6;
    });
    const o = offer({ firmId: 'shellco', perMonth: 5000, months: 24, unitPriceEur: 9000 });
    const before = offerOutlook(c, s, o)!;
    const signed = resolveTurn(c, s, [{ kind: 'offer', actor: 'AA', offer: o }], { explain: false }).state;
    const after = deliveryOutlook(c, signed, signed.contracts.at(-1)!.id)!;
    expect([after.firstMonth, after.firstUnits, after.scheduledFirstMonth]).toEqual([before.firstMonth, before.firstUnits, before.scheduledFirstMonth]);
  });
});
