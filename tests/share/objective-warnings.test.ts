/** Objectives about to be lost warn during play, with the points they would cost if things stayed as they are. */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenario-files';
import { newGame } from '../../src/scenario/build-game';
import { objectiveWarnings } from '../../src/share/objective-warnings';
import { seedFromValue } from '../../src/share/seed-code';
import { namesFor } from '../../src/share/text/messages';
import { warningText } from '../../src/share/text/objectives';
import { previewOrders, resolveTurn, scoreGame, type GameState } from '../../src/sim';
import { SHORT } from './debrief-game';

const { content: c } = loadScenario(SHORT);
const start = () => newGame(c, seedFromValue(11));
const readiness = c.objectives.find((o) => o.kind === 'readinessKept')!;
const pointsOf = (s: GameState, id: string) => {
  const o = scoreGame(c, s).objectives.find((x) => x.id === id)!;
  return Math.floor((o.attainmentBp * o.weight) / 10000);
};

describe('objective warnings', () => {
  it('say nothing at the opening, before anything is lost', () => {
    expect(objectiveWarnings(c, start())).toEqual([]);
  });

  it('warn as soon as a drawdown takes a nation below its readiness floor, with the points the score would lose', () => {
    const s = start();
    const { state } = previewOrders(c, s, [{ kind: 'drawdown', actor: 'PL', product: 'shell', amount: 90_000 }]);
    const [w] = objectiveWarnings(c, state).filter((x) => x.kind === 'readiness');
    expect(w).toMatchObject({ kind: 'readiness', objective: readiness.id, nations: ['PL'] });
    expect(w!.points).toBe(readiness.weight - pointsOf(state, readiness.id));
    expect(w!.points).toBeGreaterThan(0);
    expect(warningText(w!, namesFor(c, state))).toBe(`Poland is below its readiness floor: −${w!.points} points if it stays so at the end.`);
  });

  it('name every nation below its floor in one warning', () => {
    const { state } = previewOrders(c, start(), [
      { kind: 'drawdown', actor: 'PL', product: 'shell', amount: 90_000 },
      { kind: 'drawdown', actor: 'DE', product: 'shell', amount: 50_000 },
    ]);
    const w = objectiveWarnings(c, state).find((x) => x.kind === 'readiness')!;
    expect(warningText(w, namesFor(c, state))).toMatch(/^Germany and Poland are below their readiness floors: −\d+ points if they stay so at the end\.$/);
  });

  it('stay silent for a drawdown down to the floor and no further', () => {
    const { state } = previewOrders(c, start(), [{ kind: 'drawdown', actor: 'PL', product: 'shell', amount: 56_000 }]);
    expect(objectiveWarnings(c, state).filter((x) => x.kind === 'readiness')).toEqual([]);
  });

  it('warn of ground and fire ratio once their running figures pass the targets, largest loss first', () => {
    let s = start();
    for (let i = 0; i < 6; i++) s = resolveTurn(c, s, [], { explain: false }).state;
    const warnings = objectiveWarnings(c, s);
    const ground = c.objectives.find((o) => o.kind === 'territoryLostMax')!;
    expect(s.tally.russianGainKm2).toBeGreaterThan(ground.target);
    expect(warnings.find((x) => x.kind === 'ground')).toMatchObject({ points: ground.weight - pointsOf(s, ground.id), value: s.tally.russianGainKm2 });
    expect(warnings.map((x) => x.points)).toEqual([...warnings.map((x) => x.points)].sort((a, b) => b - a));
  });

  it('warn of a request of Ukraine’s falling due that has not arrived, worth what meeting it would add', () => {
    let s = start();
    while (!s.requests.some((r) => r.status === 'open' && r.byMonth <= s.month + 1) && !s.finished) s = resolveTurn(c, s, [], { explain: false }).state;
    const open = s.requests.find((r) => r.status === 'open')!;
    const w = objectiveWarnings(c, s).find((x) => x.kind === 'request')!;
    expect(w).toMatchObject({ request: open.id, target: open.amount, value: open.received });
    expect(warningText(w, namesFor(c, s))).toMatch(
      /^Ukraine asked for [\d,]+ .+ by \w{3} \d{4}; [\d,]+ have arrived since it asked: −\d+ points? if it is missed\.$/,
    );
  });

  it('say of a request due after the game ends that it counts only if met before the end', () => {
    let s = start();
    while (!s.finished && s.month < c.endMonth) s = resolveTurn(c, s, [], { explain: false }).state;
    // In the game's last month a request due the month after can no longer be missed in play.
    s.requests.push({ id: 'late', product: 'stinger', amount: 200, byMonth: c.endMonth + 1, received: 0, status: 'open' });
    const w = objectiveWarnings(c, s).find((x) => x.kind === 'request' && x.request === 'late')!;
    expect(w).toMatchObject({ gameEnds: c.endMonth });
    expect(warningText(w, namesFor(c, s))).toMatch(/: −\d+ points? unless it is met before the game ends \(\w{3} \d{4}\)\.$/);
  });
});
