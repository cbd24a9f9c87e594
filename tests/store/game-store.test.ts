import { describe, expect, it } from 'vitest';
import { createGameStore } from '../../src/store/game-store';
import { POLICIES } from '../../src/sim/policies';
import { playGame } from '../../src/sim/replay';
import { game } from '../helpers';

describe('the game store', () => {
  it('a game driven through the store gives the same hashes as the headless run for the same orders', () => {
    const start = game(42);
    const all = start.nations.map((n) => n.id);
    const headless = playGame(start, (s) => POLICIES.balanced(s, all));
    const store = createGameStore({ start, humanNations: all });
    for (const turn of headless.turns) {
      for (const order of turn.orders) expect(store.getState().addOrder(order).ok).toBe(true);
      expect(store.getState().endTurn().hash).toBe(turn.hash);
    }
    expect(store.getState().game.finished).toBe(true);
  });

  it('nations no human plays follow the policy, as in the CLI', () => {
    const start = game(42);
    const headless = playGame(start, (s) =>
      POLICIES.historical(
        s,
        s.nations.map((n) => n.id).filter((id) => id !== 'US'),
      ),
    );
    const store = createGameStore({ start, humanNations: ['US'], aiPolicy: 'historical' });
    for (const turn of headless.turns) expect(store.getState().endTurn().hash).toBe(turn.hash);
  });

  it('undo takes back the last order of the month and its effect on the preview', () => {
    const store = createGameStore({ start: game() });
    const stock = store.getState().game.nations.find((n) => n.id === 'US')!.stock.shell;
    store.getState().addOrder({ kind: 'drawdown', nationId: 'US', product: 'shell', amount: 1000 });
    store.getState().addOrder({ kind: 'drawdown', nationId: 'US', product: 'shell', amount: 2000 });
    expect(store.getState().preview.state.nations.find((n) => n.id === 'US')!.stock.shell).toBe(stock - 3000);
    store.getState().undo();
    expect(store.getState().pending).toHaveLength(1);
    expect(store.getState().preview.state.nations.find((n) => n.id === 'US')!.stock.shell).toBe(stock - 1000);
  });

  it('an invalid order is answered with its reason and not kept', () => {
    const store = createGameStore({ start: game() });
    const r = store.getState().addOrder({ kind: 'drawdown', nationId: 'DE', product: 'shell', amount: 10_000_000 });
    expect(r.ok).toBe(false);
    expect(r.reason).toMatch(/hard floor/);
    expect(store.getState().pending).toHaveLength(0);
  });

  it('nothing changes after a month is resolved: the history keeps each month’s report', () => {
    const store = createGameStore({ start: game() });
    const first = store.getState().endTurn();
    store.getState().endTurn();
    expect(store.getState().history.map((h) => h.turn)).toEqual([0, 1]);
    expect(store.getState().history[0]).toBe(first);
    store.getState().undo();
    expect(store.getState().history).toHaveLength(2);
  });
});
