/**
 * Standing orders in the store: repeated at the start of each turn until
 * cancelled, as ordinary orders, each naming its nation, given like a click.
 */
import { describe, expect, it } from 'vitest';
import { nationSpec } from '../../src/sim/content';
import type { GameState } from '../../src/sim/types';
import { createGameStore } from '../../src/store/game-store';
import { standingForBranch, type StandingOrder } from '../../src/store/standing-orders';
import { game, shipped } from '../helpers';

const content = shipped();
const floorOf = (id: string, product: string) => nationSpec(content, id)!.readinessFloor[product] ?? 0;

/** A new game whose escalation starts where the test says. */
function atEscalation(bp: number): GameState {
  const start = game(3);
  start.politics.escalationBp = bp;
  return start;
}

describe('standing orders', () => {
  it('a standing drawdown is given again at the start of the next month, as an ordinary order of its nation', () => {
    const store = createGameStore({ content, start: game(3) });
    const order = { kind: 'drawdown', actor: 'US', product: 'shell', amount: 20_000 } as const;
    store.getState().addOrder(order);
    store.getState().addStanding({ kind: 'drawdown', actor: 'US', product: 'shell', amount: 20_000 });
    store.getState().endTurn();
    const g = store.getState();
    expect(g.history[0]!.orders.filter((o) => o.actor === 'US')).toEqual([order]);
    expect(g.pending).toEqual([order]);
    expect(g.standingIssued.map((i) => i.results.map((r) => r.message.id))).toEqual([['drawdown.sent']]);
  });

  it('a standing order the rules refuse this month is skipped with the reason, and stands for the months after', () => {
    const store = createGameStore({ content, start: atEscalation(5200) });
    store.getState().addStanding({ kind: 'drawdown', actor: 'DE', product: 'shell', amount: 1000 });
    const [issue] = store.getState().issueStanding();
    expect(issue!.results.map((r) => [r.ok, r.message.id])).toEqual([[false, 'drawdown.balks']]);
    expect(store.getState().pending).toEqual([]);
    expect(store.getState().standing).toHaveLength(1);
  });

  it('cancelling one stops it from the next month; what it gave this month stays pending', () => {
    const store = createGameStore({ content, start: game(3) });
    const kept = store.getState().addStanding({ kind: 'drawdown', actor: 'PL', product: 'shell', amount: 5_000 });
    const stopped = store.getState().addStanding({ kind: 'drawdown', actor: 'US', product: 'shell', amount: 20_000 });
    expect([kept.id, stopped.id]).toEqual(['s1', 's2']);
    store.getState().issueStanding();
    store.getState().cancelStanding(stopped.id);
    expect(store.getState().pending.map((o) => o.actor)).toEqual(['PL', 'US']);
    store.getState().endTurn();
    expect(store.getState().pending.map((o) => o.actor)).toEqual(['PL']);
    expect(store.getState().standing.map((s) => s.id)).toEqual(['s1']);
    expect(store.getState().addStanding({ kind: 'toReadinessFloor', product: 'shell' }).id).toBe('s2');
    expect(store.getState().addStanding({ kind: 'toReadinessFloor', product: 'shell' }).id).toBe('s2');
    expect(store.getState().standing).toHaveLength(2);
  });

  it('a standing "every ally down to its floor" sends, each month, what each nation then holds above its floor', () => {
    const store = createGameStore({ content, start: game(3) });
    store.getState().addStanding({ kind: 'toReadinessFloor', product: 'stinger' });
    store.getState().endTurn();
    const g = store.getState();
    const sent = g.standingIssued[0]!.results.map((r) => r.order);
    expect(sent.length).toBeGreaterThan(0);
    expect(g.pending).toEqual(sent);
    for (const n of g.game.nations) {
      const above = (n.stock.stinger ?? 0) - floorOf(n.id, 'stinger');
      const order = sent.find((o) => o.actor === n.id);
      expect(order && order.kind === 'drawdown' ? order.amount : 0).toBe(Math.max(0, above));
    }
  });

  it('each keeps the months it stood, for a branch of the game; one cancelled in the month it was set never stood', () => {
    const store = createGameStore({ content, start: game(3) });
    const s = () => store.getState();
    s().addStanding({ kind: 'drawdown', actor: 'PL', product: 'shell', amount: 5_000 });
    const never = s().addStanding({ kind: 'drawdown', actor: 'US', product: 'shell', amount: 20_000 });
    s().cancelStanding(never.id);
    s().endTurn();
    s().endTurn();
    const stopped = s().addStanding({ kind: 'toReadinessFloor', product: 'stinger' });
    s().endTurn();
    s().cancelStanding(stopped.id);
    expect(s().standing).toEqual([{ id: 's1', kind: 'drawdown', actor: 'PL', product: 'shell', amount: 5_000, since: 0 }]);
    expect(s().standingEnded).toEqual([{ id: 's2', kind: 'toReadinessFloor', product: 'stinger', since: 2, until: 3 }]);
    // The next id is past every one the game kept, cancelled or not.
    expect(s().addStanding({ kind: 'drawdown', actor: 'US', product: 'stinger', amount: 10 }).id).toBe('s3');
  });

  it('a branch after n months starts with the standing orders that gave that turn its orders', () => {
    const list: StandingOrder[] = [
      { id: 's1', kind: 'drawdown', actor: 'PL', product: 'shell', amount: 5_000, since: 0 },
      { id: 's2', kind: 'toReadinessFloor', product: 'stinger', since: 2, until: 3 },
      { id: 's3', kind: 'toReadinessFloor', product: 'shell' },
    ];
    const ids = (months: number) => {
      const b = standingForBranch(list, months);
      return { standing: b.standingOrders?.map((x) => x.id), ended: b.standingOrdersEnded?.map((x) => x.id) };
    };
    expect(ids(0)).toEqual({ standing: ['s3'], ended: undefined });
    expect(ids(2)).toEqual({ standing: ['s1', 's3'], ended: undefined });
    expect(ids(3)).toEqual({ standing: ['s1', 's2', 's3'], ended: undefined });
    expect(ids(4)).toEqual({ standing: ['s1', 's3'], ended: ['s2'] });
    // Standing again in the branch: its cancelling was the original player's later choice.
    expect(standingForBranch(list, 3).standingOrders?.[1]).toEqual({ id: 's2', kind: 'toReadinessFloor', product: 'stinger', since: 2 });
  });
});
