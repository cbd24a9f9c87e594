/**
 * Sending every ally down to its readiness floor in one go (the coordinator's
 * alliance-wide drawdown): ordinary orders, each naming its nation.
 */
import { describe, expect, it } from 'vitest';
import { nationSpec } from '../../src/sim/content';
import type { GameState } from '../../src/sim/types';
import { floorPlan } from '../../src/store/readiness-floor';
import { createGameStore } from '../../src/store/game-store';
import { game, nation, shipped } from '../helpers';

const content = shipped();
const floorOf = (id: string, product: string) => nationSpec(content, id)!.readinessFloor[product] ?? 0;

/** A new game whose escalation starts where the test says. */
function atEscalation(bp: number): GameState {
  const start = game(3);
  start.politics.escalationBp = bp;
  return start;
}

describe('sending every ally down to its readiness floor', () => {
  it('gives each nation above its floor one drawdown of exactly what it holds above it, at no political cost', () => {
    const store = createGameStore({ content, start: game(3) });
    const before = store.getState().game;
    const plan = floorPlan(store.getState(), 'shell');
    expect(plan.map((p) => p.nation)).toEqual(before.nations.filter((n) => (n.stock.shell ?? 0) > floorOf(n.id, 'shell')).map((n) => n.id));
    expect(plan.every((p) => p.result.ok && p.amount === p.stock - p.floor)).toBe(true);
    store.getState().addOrders(plan.map((p) => p.result.order));
    for (const n of store.getState().preview.state.nations) {
      expect(n.stock.shell).toBe(Math.min(nation(before, n.id).stock.shell!, floorOf(n.id, 'shell')));
      expect(n.politicalCapital).toBe(nation(before, n.id).politicalCapital);
    }
  });

  it('leaves out, with the resolver’s reason, a nation whose government balks, including at the escalation the nations before it add', () => {
    // Germany balks above 50.0 %; the Rest of NATO above 55.0 %, which the shells of Czechia, France, the Netherlands, Norway and Poland before it pass.
    const store = createGameStore({ content, start: atEscalation(5490) });
    expect(store.getState().forecast({ kind: 'drawdown', actor: 'RN', product: 'shell', amount: 1000 }).ok).toBe(true);
    const refused = floorPlan(store.getState(), 'shell').filter((p) => !p.result.ok);
    expect(refused.map((p) => [p.nation, p.result.message.id])).toEqual([
      ['DE', 'drawdown.balks'],
      ['RN', 'drawdown.balks'],
    ]);
    const results = store.getState().addOrders(floorPlan(store.getState(), 'shell').map((p) => p.result.order));
    expect(results.filter((r) => !r.ok)).toHaveLength(2);
    expect(store.getState().pending.map((o) => o.actor)).not.toContain('DE');
  });

  it('leaves the game as the same orders given one by one would', () => {
    const orders = floorPlan(createGameStore({ content, start: game(3) }).getState(), 'stinger').map((p) => p.result.order);
    const batch = createGameStore({ content, start: game(3) });
    batch.getState().addOrders(orders);
    const oneByOne = createGameStore({ content, start: game(3) });
    for (const o of orders) oneByOne.getState().addOrder(o);
    expect(batch.getState().preview.results).toEqual(oneByOne.getState().preview.results);
    expect(batch.getState().endTurn().hash).toBe(oneByOne.getState().endTurn().hash);
  });
});
