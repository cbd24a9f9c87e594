import { describe, expect, it } from 'vitest';
import { createGameStore } from '../../src/store/game-store';
import { POLICIES } from '../../src/sim/policies';
import { playGame } from '../../src/sim/replay';
import { resolveTurn } from '../../src/sim/resolve-turn';
import type { Offer, Order } from '../../src/sim/types';
import { game, shipped } from '../helpers';

const content = shipped();
const usShells = (s: { nations: { id: string; stock: Record<string, number> }[] }) => s.nations.find((n) => n.id === 'US')!.stock.shell!;

describe('the game store', () => {
  it('a game driven through the store gives the same hashes as the headless run for the same orders', () => {
    const start = game(42);
    const all = start.nations.map((n) => n.id);
    const headless = playGame(content, start, (s) => POLICIES.balanced(content, s, all));
    const store = createGameStore({ content, start, humanNations: all });
    for (const turn of headless.turns) {
      for (const order of turn.orders) expect(store.getState().addOrder(order).ok).toBe(true);
      expect(store.getState().endTurn().hash).toBe(turn.hash);
    }
    expect(store.getState().game.finished).toBe(true);
  });

  it('nations no human plays follow the policy, as in the CLI', () => {
    const start = game(42);
    const others = start.nations.map((n) => n.id).filter((id) => id !== 'US');
    const headless = playGame(content, start, (s) => POLICIES.historical(content, s, others));
    const store = createGameStore({ content, start, humanNations: ['US'], aiPolicy: 'historical' });
    for (const turn of headless.turns) expect(store.getState().endTurn().hash).toBe(turn.hash);
  });

  it("in a live class the trainer's orders from the server cannot be undone or cleared at the team's device", () => {
    const store = createGameStore({ content, start: game() });
    const pause: Order = { kind: 'facilitate', actor: 'trainer', action: 'pause' };
    store.getState().replaceTrainerOrders([pause]);
    store.getState().addOrder({ kind: 'drawdown', actor: 'US', product: 'shell', amount: 1000 });
    store.getState().undo('trainer');
    expect(store.getState().pending).toEqual([pause, { kind: 'drawdown', actor: 'US', product: 'shell', amount: 1000 }]);
    store.getState().clearOrders();
    expect(store.getState().pending).toEqual([pause]);
  });

  it("in a live class an order the trainer's new lock refuses is taken back and answered; the team's others stay", () => {
    const store = createGameStore({ content, start: game() });
    const send: Order = { kind: 'drawdown', actor: 'US', product: 'shell', amount: 1000 };
    const pledge: Order = { kind: 'pledge', actor: 'PL', shareBp: 500 };
    store.getState().addOrder(send);
    store.getState().addOrder(pledge);
    const lock: Order = { kind: 'lockLever', actor: 'trainer', lever: 'drawdown', nations: ['US'], locked: true };
    const taken = store.getState().replaceTrainerOrders([lock]);
    expect(taken.map((r) => [r.order, r.ok])).toEqual([[send, false]]);
    expect(store.getState().pending).toEqual([lock, pledge]);
    expect(store.getState().preview.results.every((r) => r.ok)).toBe(true);
    // Given again unchanged, nothing more is taken back.
    expect(store.getState().replaceTrainerOrders([lock])).toEqual([]);
  });

  it('undo takes back the acting nation’s last order of the month, and only its own', () => {
    const store = createGameStore({ content, start: game() });
    const stock = usShells(store.getState().game);
    store.getState().addOrder({ kind: 'drawdown', actor: 'US', product: 'shell', amount: 1000 });
    store.getState().addOrder({ kind: 'drawdown', actor: 'US', product: 'shell', amount: 2000 });
    expect(store.getState().addOrder({ kind: 'pledge', actor: 'PL', shareBp: 500 }).ok).toBe(true);
    expect(usShells(store.getState().preview.state)).toBe(stock - 3000);
    store.getState().undo('US');
    expect(store.getState().pendingOf('US')).toHaveLength(1);
    expect(store.getState().pendingOf('PL')).toHaveLength(1);
    expect(usShells(store.getState().preview.state)).toBe(stock - 1000);
    store.getState().undo('DE');
    expect(store.getState().pending).toHaveLength(2);
  });

  it('an invalid order is answered with its reason and not kept', () => {
    const store = createGameStore({ content, start: game() });
    const r = store.getState().addOrder({ kind: 'drawdown', actor: 'DE', product: 'shell', amount: 10_000_000 });
    expect(r.ok).toBe(false);
    expect(r.message.id).toBe('drawdown.hardFloor');
    expect(store.getState().pending).toHaveLength(0);
  });

  it('nothing changes after a month is resolved: the history keeps each month’s report', () => {
    const store = createGameStore({ content, start: game() });
    const first = store.getState().endTurn();
    store.getState().endTurn();
    expect(store.getState().history.map((h) => h.turn)).toEqual([0, 1]);
    expect(store.getState().history[0]).toBe(first);
    store.getState().undo('US');
    expect(store.getState().history).toHaveLength(2);
  });
});

describe('the forecast of an order', () => {
  /** DE's month so far: a Rheinmetall contract with half paid in advance (a longer order book, less money left), then three rounds with Nammo. */
  function monthSoFar() {
    const store = createGameStore({ content, start: game(7) });
    const g = store.getState();
    const base: Offer = {
      firmId: 'rheinmetall',
      product: 'shell',
      buyers: [{ nationId: 'DE', shareBp: 10000 }],
      perMonth: 2000,
      months: 24,
      unitPriceEur: 4000,
      advanceBp: 0,
      capacityClause: false,
      indexed: false,
      deliverTo: 'ukraine',
    };
    expect(g.addOrder({ kind: 'offer', actor: 'DE', offer: { ...base, advanceBp: 5000 } }).message.id).toBe('offer.signed');
    for (let i = 0; i < content.rules.maxOffersPerFirmPerTurn; i++)
      g.addOrder({ kind: 'offer', actor: 'DE', offer: { ...base, firmId: 'nammo', unitPriceEur: 100 } });
    expect(store.getState().pending).toHaveLength(1 + content.rules.maxOffersPerFirmPerTurn);
    return { store, base };
  }

  it('is the answer the resolver gives to it after the month’s pending orders, for every kind of offer', () => {
    const { store, base } = monthSoFar();
    const { game: start, pending } = store.getState();
    const offers: Offer[] = [];
    for (const firmId of ['rheinmetall', 'csg', 'nammo'])
      for (const perMonth of [1000, 6000])
        for (const months of [12, 48, 72])
          for (const unitPriceEur of [1500, 2719, 5000])
            for (const [advanceBp, capacityClause] of [
              [0, false],
              [3000, true],
              [10000, true],
            ] as const)
              offers.push({ ...base, firmId, perMonth, months, unitPriceEur, advanceBp, capacityClause });
    const verdicts = new Set<string>();
    for (const offer of offers) {
      const order: Order = { kind: 'offer', actor: 'DE', offer };
      const forecast = store.getState().forecast(order);
      const resolved = resolveTurn(content, start, [...pending, order], { explain: false }).report.orders.at(-1)!;
      expect(forecast).toEqual(resolved);
      verdicts.add(forecast.answer?.verdict ?? forecast.message.id);
    }
    // The range covers every answer: signed, countered, rejected, and refused (no rounds left, no money for the advance).
    expect([...verdicts].sort()).toEqual(['accept', 'counter', 'offer.cannotPayAdvance', 'offer.rounds', 'reject']);
  });

  it('is what sending the order then answers, and it keeps nothing', () => {
    const { store, base } = monthSoFar();
    const order: Order = { kind: 'offer', actor: 'DE', offer: { ...base, firmId: 'csg', perMonth: 2000, unitPriceEur: 2719 } };
    const forecast = store.getState().forecast(order);
    expect(store.getState().pending).toHaveLength(4);
    expect(store.getState().addOrder(order)).toEqual(forecast);
  });
});

describe('a scenario in turns of several months (the class scenario: six)', () => {
  it('End turn resolves six months: the players decide in the first, the others follow what they set running', async () => {
    const { loadScenario } = await import('../../src/cli/scenario-files');
    const lesson = loadScenario('race-in-a-lesson').content;
    expect(lesson.monthsPerTurn).toBe(6);
    const start = game(42, lesson);
    const all = start.nations.map((n) => n.id);
    const store = createGameStore({ content: lesson, start, humanNations: all });
    const order: Order = { kind: 'drawdown', actor: 'US', product: 'shell', amount: 50_000 };
    expect(store.getState().addOrder(order).ok).toBe(true);
    const last = store.getState().endTurn();
    const { history, game: now } = store.getState();
    expect(history.map((h) => h.orders.length)).toEqual([1, 0, 0, 0, 0, 0]);
    expect(last.turn).toBe(5);
    expect(now.month).toBe(lesson.startMonth + 6);
    // 23 months make 4 turns, the last of five months.
    let turns = 1;
    while (!store.getState().game.finished) {
      store.getState().endTurn();
      turns++;
    }
    expect(turns).toBe(4);
    expect(store.getState().history).toHaveLength(23);
  });
});
