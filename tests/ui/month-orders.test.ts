/** The month's orders across nations on one screen: grouped by nation, in plain words, those a standing order gave marked as such. */
import { describe, expect, it } from 'vitest';
import { createGameStore } from '../../src/store/game-store';
import { monthOrders } from '../../src/ui/play/month-orders';
import { game, shipped } from '../helpers';

describe('orders this month', () => {
  it('lists each nation’s pending orders under its name, alphabetically, and marks a standing order’s', () => {
    const store = createGameStore({ content: shipped(), start: game(3) });
    const g = () => store.getState();
    g().addStanding({ kind: 'drawdown', actor: 'PL', product: 'shell', amount: 5000 });
    g().issueStanding();
    g().addOrder({ kind: 'drawdown', actor: 'US', product: 'stinger', amount: 40 });
    g().addOrder({ kind: 'pledge', actor: 'DE', shareBp: g().game.nations.find((n) => n.id === 'DE')!.defenceShareBp + 10 });
    g().addOrder({ kind: 'drawdown', actor: 'US', product: 'shell', amount: 20_000 });
    expect(monthOrders(g())).toEqual([
      { nationId: 'DE', nation: 'Germany', lines: [{ text: expect.stringMatching(/^pledges \d+\.\d % of GDP for defence$/), standing: false }] },
      { nationId: 'PL', nation: 'Poland', lines: [{ text: 'sends 5,000 155 mm shells from its stocks to Ukraine', standing: true }] },
      {
        nationId: 'US',
        nation: 'United States',
        lines: [
          { text: 'sends 40 Stinger missiles from its stocks to Ukraine', standing: false },
          { text: 'sends 20,000 155 mm shells from its stocks to Ukraine', standing: false },
        ],
      },
    ]);
  });

  it('a pooled offer names the nations it is pooled with and the firm’s answer', () => {
    const store = createGameStore({ content: shipped(), start: game(3) });
    const buyers = [
      { nationId: 'US', shareBp: 5000 },
      { nationId: 'PL', shareBp: 5000 },
    ];
    const offer = {
      firmId: 'rheinmetall',
      product: 'shell',
      buyers,
      perMonth: 2000,
      months: 24,
      unitPriceEur: 100,
      advanceBp: 0,
      capacityClause: false,
      indexed: false,
    };
    store.getState().addOrder({ kind: 'offer', actor: 'US', offer: { ...offer, deliverTo: 'ukraine' } });
    expect(monthOrders(store.getState())[0]!.lines[0]!.text).toBe(
      'offers Rheinmetall 2,000 155 mm shells a month for 24 months at €100, pooled with Poland: Rheinmetall rejects the offer',
    );
  });
});
