/** The month's orders across nations on one screen: grouped by nation, in plain words, those a standing order gave marked as such. */
import { describe, expect, it } from 'vitest';
import { createGameStore } from '../../src/store/game-store';
import { monthOrders, ownPending, stockSends } from '../../src/ui/play/month-orders';
import { game, shipped } from '../helpers';

/** The United States offers Rheinmetall a two-year shell order at a price it will refuse, pooled with these buyers. */
function pooledOffer(store: ReturnType<typeof createGameStore>, buyers: { nationId: string; shareBp: number }[]) {
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
}

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
      { nationId: 'DE', nation: 'Germany', lines: [{ text: expect.stringMatching(/^pledges \d+\.\d\d % of GDP for defence$/), standing: false }] },
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
    pooledOffer(store, [
      { nationId: 'US', shareBp: 5000 },
      { nationId: 'PL', shareBp: 5000 },
    ]);
    expect(monthOrders(store.getState())[0]!.lines[0]!.text).toBe(
      'offers Rheinmetall 2,000 155 mm shells a month for 24 months at €100, pooled with Poland: Rheinmetall rejects the offer',
    );
  });

  it('an offer the firm turned down is no line of its own once the same buyer signs with that firm, and comes back if the signature is undone', () => {
    const store = createGameStore({ content: shipped(), start: game(3) });
    const g = () => store.getState();
    pooledOffer(store, [{ nationId: 'US', shareBp: 10_000 }]);
    const turnedDown = monthOrders(g())[0]!.lines.map((l) => l.text);
    expect(turnedDown).toEqual([expect.stringMatching(/: Rheinmetall (rejects the offer|counters)$/)]);
    const generous = { firmId: 'rheinmetall', product: 'shell', buyers: [{ nationId: 'US', shareBp: 10_000 }], perMonth: 500, months: 24, unitPriceEur: 9_000 };
    g().addOrder({ kind: 'offer', actor: 'US', offer: { ...generous, advanceBp: 0, capacityClause: false, indexed: false, deliverTo: 'ukraine' } });
    expect(g().preview.results.at(-1)!.message.id).toBe('offer.signed');
    expect(monthOrders(g())[0]!.lines.map((l) => l.text)).toEqual([expect.stringMatching(/^offers Rheinmetall 500 155 mm shells .*: signed /)]);
    // The Orders tab counts what it lists: one order, not the turned-down offer too.
    expect(ownPending(g()).own).toBe(1);
    g().undo('US');
    expect(monthOrders(g())[0]!.lines.map((l) => l.text)).toEqual(turnedDown);
    expect(ownPending(g()).own).toBe(1);
  });

  it('sends of one product from three or more nations are one line, largest first, and are taken back together', () => {
    const store = createGameStore({ content: shipped(), start: game(3) });
    const g = () => store.getState();
    for (const [actor, amount] of [
      ['PL', 5000],
      ['US', 20_000],
      ['DE', 8000],
    ] as const)
      g().addOrder({ kind: 'drawdown', actor, product: 'shell', amount });
    g().addOrder({ kind: 'drawdown', actor: 'US', product: 'stinger', amount: 40 });
    const [shells, ...others] = stockSends(g());
    expect(others).toEqual([]);
    expect(shells).toMatchObject({ product: 'shell', total: 33_000, standing: false });
    expect(shells!.senders).toEqual([
      { nation: 'United States', amount: 20_000 },
      { nation: 'Germany', amount: 8000 },
      { nation: 'Poland', amount: 5000 },
    ]);
    // The nations' own rows keep only what is not on that line.
    expect(monthOrders(g())).toEqual([
      { nationId: 'US', nation: 'United States', lines: [{ text: 'sends 40 Stinger missiles from its stocks to Ukraine', standing: false }] },
    ]);
    g().withdraw(shells!.orders);
    expect(g().pending.map((o) => [o.actor, o.kind === 'drawdown' && o.product])).toEqual([['US', 'stinger']]);
  });

  it('names each nation once with its sends summed, and keeps a standing order’s sends apart from those given by hand', () => {
    const store = createGameStore({ content: shipped(), start: game(3) });
    const g = () => store.getState();
    g().addStanding({ kind: 'toReadinessFloor', product: 'shell' });
    g().issueStanding();
    const given = stockSends(g());
    expect(given).toHaveLength(1);
    expect(given[0]!.standing).toBe(true);
    // By hand: the United States twice, then Poland and Germany.
    for (const [actor, amount] of [
      ['US', 10_000],
      ['US', 5000],
      ['PL', 1000],
      ['DE', 1000],
    ] as const)
      g().addOrder({ kind: 'drawdown', actor, product: 'shell', amount });
    const [standing, byHand] = [stockSends(g()).find((x) => x.standing)!, stockSends(g()).find((x) => !x.standing)!];
    expect(standing.orders).toEqual(given[0]!.orders);
    expect(byHand.senders).toEqual([
      { nation: 'United States', amount: 15_000 },
      { nation: 'Germany', amount: 1000 },
      { nation: 'Poland', amount: 1000 },
    ]);
    expect(byHand.orders).toHaveLength(4);
    // Taking back the player's own sends leaves the standing order's.
    g().withdraw(byHand.orders);
    expect(stockSends(g())).toEqual([standing]);
  });

  it('a pool of more than three names two and counts the rest', () => {
    const store = createGameStore({ content: shipped(), start: game(3) });
    pooledOffer(
      store,
      ['US', 'PL', 'DE', 'FR', 'UK'].map((nationId) => ({ nationId, shareBp: 2000 })),
    );
    expect(monthOrders(store.getState())[0]!.lines[0]!.text).toMatch(/, pooled with 4 allies \(Poland, Germany and 2 more\): /);
  });
});
