/**
 * What would have helped: each counterfactual is a game the resolver really
 * played, the same scenario, seed and orders with one decision changed, and
 * its orders replayed from the opening score what the debrief says.
 */
import { describe, expect, it } from 'vitest';
import { changesToTry, findCounterfactuals, MAX_CHANGES, nearestCounterfactual, runChange } from '../../src/share/debrief/counterfactual';
import { nearestText } from '../../src/share/text/debrief';
import { humanOrdersOf, playOn, replayed } from '../../src/share/debrief/finished-game';
import { loadScenario } from '../../src/cli/scenario-files';
import { hashState, isTurnStart, replayTurns, scoreGame, type GameState, type Order } from '../../src/sim';
import { playToEnd, SHORT } from './debrief-game';
import { changedOrders } from '../../src/share/debrief/changes';
import { newGame } from '../../src/scenario/build-game';
import { seedFromValue } from '../../src/share/seed-code';
import { shiftOutlook, weekendOutlook } from '../../src/sim/capacity-outlook';
import { previewOrders } from '../../src/sim/resolve-turn';
import { describeMonthDiff } from '../../src/share/text/month-diff';
import { namesFor } from '../../src/share/text/messages';

const short = loadScenario(SHORT).content;
const floorOf = (nation: string) => short.nations.find((n) => n.id === nation)!.readinessFloor.shell!;

/** A student who sends Polish shells below the floor in the second month and otherwise only ends months. */
const belowFloor = (turn: number): Order[] => (turn === 1 ? [{ kind: 'drawdown', actor: 'PL', product: 'shell', amount: 90_000 }] : []);

describe('counterfactuals', () => {
  it('replays the game as played to the score it ended with', () => {
    const { store, game } = playToEnd({ ordersFor: belowFloor });
    expect(hashState(game.states.at(-1)!)).toBe(store.history.at(-1)!.hash);
    expect(findCounterfactuals(game).base).toEqual(scoreGame(store.content, store.game));
  });

  it('finds changes that raise the score, and each scores what it says when its orders are replayed from the opening', () => {
    const { game } = playToEnd({ ordersFor: belowFloor });
    const { base, tried, best } = findCounterfactuals(game);
    expect(best.length).toBeGreaterThanOrEqual(2);
    for (const cf of tried) {
      expect(cf.turns).toHaveLength(game.months.length);
      const final = replayTurns(game.content, game.start, cf.turns);
      expect(final.finished).toBe(true);
      expect(scoreGame(game.content, final)).toEqual(cf.score);
    }
    for (const cf of best) expect(cf.score.score).toBeGreaterThan(base.score);
    expect(best.map((x) => x.score.score)).toEqual([...best.map((x) => x.score.score)].sort((a, b) => b - a));
    expect(new Set(best.map((x) => x.change.kind)).size).toBe(best.length);
  });

  it('when no change would have raised the score, names the one that came closest with its lower score', () => {
    const { store, game } = playToEnd({ ordersFor: belowFloor });
    const { tried } = findCounterfactuals(game);
    const nearest = nearestCounterfactual(tried)!;
    expect(nearest.score.score).toBe(Math.max(...tried.map((x) => x.score.score)));
    // A player whose own game scored above every change tried: the nearest is below it.
    const base = { ...nearest.score, score: nearest.score.score + 5 };
    const words = { names: namesFor(store.content, store.game), content: store.content, humanNations: store.humanNations, turn: 'month' };
    expect(nearestText(nearest, base, words)).toMatch(
      new RegExp(`^The nearest: if in \\w{3} \\d{4} you had .+, your score would have been ${nearest.score.score}, below your ${base.score}\\.`),
    );
    expect(nearestCounterfactual([])).toBeNull();
  });

  it("keeps the trainer's orders on every course: played on unchanged, the game ends as it did, and no advice breaks a lock", () => {
    const lock: Order = { kind: 'lockLever', actor: 'trainer', lever: 'drawdown', nations: [], locked: true };
    // The trainer locks drawdowns in the third month; the student's send in the fourth is refused, as in the game.
    const ordersFor = (turn: number): Order[] =>
      turn === 2 ? [lock] : turn === 3 ? [{ kind: 'drawdown', actor: 'PL', product: 'shell', amount: 10_000 }] : [];
    const { store, game } = playToEnd({ ordersFor });
    const same = playOn(game, { turn: 0, orders: humanOrdersOf(game, 0) });
    expect(hashState(same.final)).toBe(store.history.at(-1)!.hash);
    // Sending to the floors in the month of the lock would be refused: it is no counterfactual there.
    expect(runChange(game, { kind: 'drawToFloors', turn: 2 })).toBeNull();
  });

  it('keeps the months before the changed one exactly as they were played', () => {
    const { game } = playToEnd({ ordersFor: belowFloor });
    for (const cf of findCounterfactuals(game).tried) {
      expect(cf.turns.slice(0, cf.change.turn)).toEqual(game.months.slice(0, cf.change.turn).map((m) => m.orders));
      expect(cf.turns[cf.change.turn]).not.toEqual(game.months[cf.change.turn]!.orders);
    }
  });

  it('drawing the stocks down to their floors in the first month sends what stood above the floors, and helps', () => {
    const { game } = playToEnd({});
    const cf = runChange(game, { kind: 'drawToFloors', turn: 0 })!;
    const sent = cf.diff.drawn.reduce((sum, x) => sum + x.units, 0);
    const aboveFloors = game.states[0]!.nations.reduce(
      (sum, n) => sum + Math.max(0, n.stock.shell! - game.content.nations.find((x) => x.id === n.id)!.readinessFloor.shell!),
      0,
    );
    expect(sent).toBe(aboveFloors);
    expect(cf.score.score).toBeGreaterThan(findCounterfactuals(game).base.score);
  });

  it('stopping at the floors holds back exactly what went below them', () => {
    const { game } = playToEnd({ ordersFor: belowFloor });
    const cf = runChange(game, { kind: 'stopAtFloors', turn: 1 })!;
    const sent = game.months[1]!.report.orders.find((r) => r.message.id === 'drawdown.sent')!.message.params as { belowFloor: number };
    expect(cf.diff.drawn).toEqual([{ nation: 'PL', product: 'shell', units: -sent.belowFloor }]);
    expect(game.states.at(-1)!.nations.find((n) => n.id === 'PL')!.stock.shell).toBeLessThan(150_000);
  });

  it('plays a change only when it alters the month: a student who already drew to the floors gets no such counterfactual', () => {
    const toFloors = (turn: number, s: GameState): Order[] =>
      turn > 0
        ? []
        : s.nations.flatMap((n) => {
            const spare = n.stock.shell! - floorOf(n.id);
            return spare > 0 ? [{ kind: 'drawdown' as const, actor: n.id, product: 'shell', amount: spare }] : [];
          });
    const { game } = playToEnd({ ordersFor: toFloors });
    expect(runChange(game, { kind: 'drawToFloors', turn: 0 })).toBeNull();
    expect(runChange(game, { kind: 'drawToFloors', turn: 1 })).not.toBeNull();
  });

  it('with one nation played, changes only that nation’s orders; the policy plans the others on the new course', () => {
    const { game } = playToEnd({ humanNations: ['PL'], ordersFor: belowFloor });
    const cf = runChange(game, { kind: 'drawToFloors', turn: 0 })!;
    expect(cf.diff.drawn.map((x) => x.nation)).toEqual(['PL']);
    const final = replayTurns(game.content, game.start, cf.turns);
    expect(scoreGame(game.content, final)).toEqual(cf.score);
  });

  it('in a scenario played in turns of six months, changes only months that open a turn, when orders can be given', () => {
    const { game } = playToEnd({ scenario: 'race-in-a-lesson', ordersFor: belowFloor });
    expect(game.content.monthsPerTurn).toBe(6);
    const { tried } = findCounterfactuals(game);
    expect(tried.length).toBeGreaterThan(0);
    for (const cf of tried) {
      expect(isTurnStart(game.content, game.states[cf.change.turn]!)).toBe(true);
      expect(scoreGame(game.content, replayTurns(game.content, game.start, cf.turns))).toEqual(cf.score);
    }
  });

  it('names apart the contracts a change signs that delivered nothing before the end, so none reads as what helped', () => {
    const { game } = playToEnd({ scenario: 'race-in-a-lesson' });
    const cf = runChange(game, { kind: 'longContract', turn: 0 })!;
    const final = replayTurns(game.content, game.start, cf.turns);
    for (const k of cf.diff.contracts) {
      const signed = final.contracts.find((x) => x.signedMonth === cf.month && x.firmId === k.firm && x.perMonth === k.perMonth && x.months === k.months)!;
      expect(k.delivered).toBe(signed.delivered);
    }
    // Stinger lines ordered in Feb 2023 deliver nothing before the lesson ends in Dec 2024; shell contracts do.
    const idle = cf.diff.contracts.filter((k) => k.delivered === 0);
    expect(idle.length).toBeGreaterThan(0);
    expect(idle.length).toBeLessThan(cf.diff.contracts.length);
    const text = describeMonthDiff(cf.diff, namesFor(game.content));
    const [told, nothing] = text.split(/;? ?\d+ contracts? also signed then, with .*, delivered nothing before the end and are not what helped$/);
    expect(nothing).toBeDefined();
    for (const k of idle) expect(told).not.toContain(`${namesFor(game.content).firm(k.firm)}:`);
  });

  it('tries a bounded handful of changes, each once', () => {
    const { game } = playToEnd({ ordersFor: belowFloor });
    const changes = changesToTry(game);
    expect(changes.length).toBeLessThanOrEqual(MAX_CHANGES);
    expect(new Set(changes.map((x) => `${x.kind}@${x.turn}`)).size).toBe(changes.length);
    expect(changes.map((x) => x.kind)).toEqual(expect.arrayContaining(['drawToFloors', 'capacity', 'balancedMonth', 'stopAtFloors']));
  });

  it('in a branched game, changes only the months its own player decided, from where it left the original', () => {
    const { game } = playToEnd({ ordersFor: belowFloor });
    const changes = changesToTry(game, 3);
    expect(changes.length).toBeGreaterThan(2);
    expect(changes.every((x) => x.turn >= 3)).toBe(true);
    expect(changes.map((x) => x.kind)).toEqual(expect.arrayContaining(['drawToFloors', 'capacity', 'balancedMonth']));
  });

  it('refuses to study a game whose recorded hashes its orders do not give', () => {
    const { game } = playToEnd({});
    const months = game.months.map((m, t) => ({ ...m, hash: t === 3 ? 'not-the-hash' : hashState(game.states[t + 1]!) }));
    expect(() => replayed({ ...game, months })).toThrow(/month 4/);
  });

  it('advises only shifts and weekend work that a firm’s orders would use', () => {
    const c = loadScenario('race-of-logistics').content;
    const start = newGame(c, seedFromValue(3));
    const all = c.nations.map((n) => n.id);
    const orders = changedOrders({ kind: 'capacity', turn: 0 }, { content: c, state: start, recorded: [], humanNations: all });
    const lines = orders.flatMap((o) => (o.kind === 'addShift' || o.kind === 'weekendWork' ? [o.lineId] : []));
    expect(lines.length).toBeGreaterThan(0);
    // BAE's contracts call for 400 a month of the 500 Glascoed makes: neither lever there would add a shell.
    expect(lines).not.toContain('bae-glascoed');
    // Each is worth it when given in turn: played one after another, every lever still adds output someone ordered.
    let s = start;
    for (const o of orders) {
      const line = s.lines.find((l) => l.id === (o as { lineId: string }).lineId)!;
      expect((o.kind === 'addShift' ? shiftOutlook(c, s, line) : weekendOutlook(c, s, line)).uses).toBeGreaterThan(0);
      s = previewOrders(c, s, [o]).state;
    }
  });
});
