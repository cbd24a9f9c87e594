/**
 * Hotseat teams in the game store: each team gives its orders in turn, a team
 * that ends its turn seals them (the next team's pending list and previews
 * leave them out), and the turn resolves with every team's orders, exactly as
 * one player giving the same orders would.
 */
import { describe, expect, it } from 'vitest';
import { teamsProblem, type Team } from '../../src/share/teams';
import { createGameStore } from '../../src/store/game-store';
import type { Order } from '../../src/sim/types';
import { saveOf } from '../../src/ui/common/game-files';
import { restoreSave } from '../../src/ui/menu/restore-save';
import { game, scenario, shipped } from '../helpers';

const content = shipped();
const teams: Team[] = [
  { name: 'Blue', nations: ['US'] },
  { name: 'Gold', nations: ['DE', 'PL'] },
];
const shells = (s: { nations: { id: string; stock: Record<string, number> }[] }, id: string) => s.nations.find((n) => n.id === id)!.stock.shell!;
const usDraw: Order = { kind: 'drawdown', actor: 'US', product: 'shell', amount: 5000 };
const deDraw: Order = { kind: 'drawdown', actor: 'DE', product: 'shell', amount: 3000 };

describe('hotseat teams', () => {
  it('the next team sees none of the orders a team sealed, in its list or in its previews', () => {
    const store = createGameStore({ content, start: game(3), teams });
    const before = shells(store.getState().game, 'US');
    expect(store.getState().seat).toEqual(['US']);
    expect(store.getState().addOrder(usDraw).ok).toBe(true);
    expect(shells(store.getState().preview.state, 'US')).toBe(before - 5000);

    expect(store.getState().endTeamTurn()).toBeNull();
    const g = store.getState();
    expect(g.teamIndex).toBe(1);
    expect(g.seat).toEqual(['DE', 'PL']);
    expect(g.pending).toEqual([]);
    expect(shells(g.preview.state, 'US')).toBe(before);
    expect(g.sealed).toEqual([usDraw]);
  });

  it('the last team’s end of turn resolves the month with every team’s orders, as one player giving them would', () => {
    const store = createGameStore({ content, start: game(3), teams });
    store.getState().addOrder(usDraw);
    store.getState().endTeamTurn();
    store.getState().addOrder(deDraw);
    const month = store.getState().endTeamTurn();
    expect(month?.orders.slice(0, 2)).toEqual([usDraw, deDraw]);

    const one = createGameStore({ content, start: game(3), humanNations: ['US', 'DE', 'PL'] });
    one.getState().addOrders([usDraw, deDraw]);
    expect(one.getState().endTurn().hash).toBe(month?.hash);
    // The next month starts with the first team again.
    expect(store.getState().teamIndex).toBe(0);
    expect(store.getState().seat).toEqual(['US']);
    expect(store.getState().sealed).toEqual([]);
  });

  it('undo stays with its team: the second team cannot take back the first team’s sealed order', () => {
    const store = createGameStore({ content, start: game(3), teams });
    store.getState().addOrder(usDraw);
    store.getState().endTeamTurn();
    store.getState().undo('US');
    expect(store.getState().sealed).toEqual([usDraw]);
    store.getState().addOrder(deDraw);
    store.getState().undo('DE');
    expect(store.getState().pending).toEqual([]);
  });

  it('a team’s standing orders are given in its own turn only', () => {
    const store = createGameStore({ content, start: game(3), teams });
    store.getState().addStanding({ kind: 'drawdown', actor: 'DE', product: 'shell', amount: 1000 });
    store.getState().addStanding({ kind: 'toReadinessFloor', product: 'stinger', nations: ['US'] });
    store.getState().endTeamTurn();
    store.getState().endTeamTurn();
    // Month 2, Blue's turn: its floor order went out for the US only; Gold's drawdown waits for Gold.
    expect(store.getState().pending.every((o) => o.actor === 'US')).toBe(true);
    store.getState().endTeamTurn();
    expect(store.getState().pending).toEqual([{ kind: 'drawdown', actor: 'DE', product: 'shell', amount: 1000 }]);
  });

  it('each team keeps its own reason for the turn, and the turn’s note names them both', () => {
    const store = createGameStore({ content, start: game(3), teams });
    store.getState().setNote('Shells first');
    store.getState().endTeamTurn();
    expect(store.getState().ownNote()).toBe('');
    store.getState().setNote('Keep our floors');
    expect(store.getState().notes[0]).toBe('Blue: Shells first · Gold: Keep our floors');
    store.getState().endTeamTurn();
    expect(store.getState().ownNote()).toBe('');
    expect(store.getState().notes).toEqual(['Blue: Shells first · Gold: Keep our floors']);
  });

  it('teams that cannot play are answered with what is wrong', () => {
    const ids = content.nations.map((n) => n.id);
    expect(teamsProblem([teams[0]!], ids)).toBe('hotseat needs at least two teams');
    expect(teamsProblem([teams[0]!, { name: 'Red', nations: ['US'] }], ids)).toBe('"US" is played by two teams');
    expect(teamsProblem([teams[0]!, { name: 'Red', nations: [] }], ids)).toBe('Red plays no nation');
    expect(teamsProblem([teams[0]!, { name: 'Blue', nations: ['DE'] }], ids)).toBe('two teams have the same name');
    expect(teamsProblem([teams[0]!, { name: 'Red', nations: ['XX'] }], ids)).toBe('Red plays "XX", which is not a nation of this scenario');
    expect(teamsProblem(teams, ids)).toBeNull();
  });

  it('a hotseat save restores with its teams, and one whose teams disagree with its nations is refused', () => {
    const store = createGameStore({ content, start: game(3), teams });
    store.getState().addOrder(usDraw);
    store.getState().endTeamTurn();
    store.getState().endTeamTurn();
    const save = saveOf(scenario(), store, { gameId: 'hotseat01' });
    const r = restoreSave(save, [scenario()]);
    if (!r.ok) throw new Error(r.problem);
    expect(r.role).toBe('hotseat');
    expect(r.game.getState().teams).toEqual(teams);
    expect(r.game.getState().history[0]?.hash).toBe(store.getState().history[0]?.hash);
    const wrong = restoreSave({ ...save, humanNations: ['US'] }, [scenario()]);
    expect(wrong.ok ? '' : wrong.problem).toBe('its teams do not play the nations it says are played');
  });
});
