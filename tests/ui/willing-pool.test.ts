/**
 * "All willing nations" in the negotiation dialog: every nation played here
 * joins a pooled order when it can pay its share of the advance and consents
 * to the delivery; the others are left out with the resolver's reason.
 */
import { describe, expect, it } from 'vitest';
import type { GameState, Offer } from '../../src/sim/types';
import { createGameStore } from '../../src/store/game-store';
import { willingPool } from '../../src/ui/play/pool';
import { game, nation, shipped } from '../helpers';

const content = shipped();

/** 2,000 shells a month from Rheinmetall for two years at €3,600, half of it (€86.4 m) paid in advance, proposed by the United States. */
const draft: Offer = {
  firmId: 'rheinmetall',
  product: 'shell',
  buyers: [{ nationId: 'US', shareBp: 10000 }],
  perMonth: 2000,
  months: 24,
  unitPriceEur: 3600,
  advanceBp: 5000,
  capacityClause: false,
  indexed: false,
  deliverTo: 'ukraine',
};

function storeAt(escalationBp = 3000) {
  const start: GameState = game(3);
  start.politics.escalationBp = escalationBp;
  return createGameStore({ content, start });
}

describe('a pooled order across all willing nations', () => {
  it('adds every nation that can pay its share of the advance, and names the one that cannot', () => {
    const store = storeAt();
    const { buyers, leftOut } = willingPool(store.getState(), 'US', draft);
    // Estonia's funds do not cover an eleventh of €86.4 m; every other ally's cover a tenth.
    expect(leftOut.map((m) => [m.id, 'nation' in m.params ? m.params.nation : ''])).toEqual([['offer.cannotPayAdvance', 'EE']]);
    expect(buyers.map((b) => b.nationId).sort()).toEqual(
      store
        .getState()
        .humanNations.filter((id) => id !== 'EE')
        .sort(),
    );
    expect(buyers[0]).toEqual({ nationId: 'US', shareBp: 1000 });
    expect(buyers.reduce((sum, b) => sum + b.shareBp, 0)).toBe(10000);
    expect(nation(store.getState().game, 'EE').fundsEur).toBeLessThan(86_400_000 / 11);
    const sent = store.getState().addOrder({ kind: 'offer', actor: 'US', offer: { ...draft, buyers } });
    expect(sent.ok).toBe(true);
  });

  it('leaves out a government that does not consent to deliveries to Ukraine, but not for an order to its own stocks', () => {
    const store = storeAt(5200);
    const toUkraine = willingPool(store.getState(), 'US', draft);
    expect(toUkraine.leftOut.filter((m) => m.id === 'offer.noConsent').map((m) => ('nation' in m.params ? m.params.nation : ''))).toEqual(['DE']);
    const toStock = willingPool(store.getState(), 'US', { ...draft, deliverTo: 'stock' });
    expect(toStock.buyers.map((b) => b.nationId)).toContain('DE');
  });

  it('changes no order: it only works out the draft', () => {
    const store = storeAt();
    willingPool(store.getState(), 'US', draft);
    expect(store.getState().pending).toEqual([]);
  });
});
