/** What went well and what went wrong, read from the game's own reports, with the cause chain a student can follow. */
import { describe, expect, it } from 'vitest';
import { againstHistory } from '../../src/share/debrief/against-history';
import { wentWell } from '../../src/share/debrief/went-well';
import { wentWrong, type ShortageLesson } from '../../src/share/debrief/went-wrong';
import { objectivePoints, objectivePointsLost } from '../../src/share/objective-points';
import { wellText, wrongText, type DebriefWords } from '../../src/share/text/debrief';
import { namesFor } from '../../src/share/text/messages';
import { gameMetrics, scoreGame, type Order } from '../../src/sim';
import { playToEnd } from './debrief-game';

const belowFloor = (turn: number): Order[] => (turn === 1 ? [{ kind: 'drawdown', actor: 'PL', product: 'shell', amount: 90_000 }] : []);

function studied() {
  const { store, game } = playToEnd({ ordersFor: belowFloor });
  const score = scoreGame(game.content, store.game);
  const words: DebriefWords = { names: namesFor(game.content, store.game), content: game.content, humanNations: game.humanNations, turn: 'month' };
  return { store, game, score, words, history: { mine: gameMetrics(game.content, store.game), theirs: null } };
}

describe('what went wrong', () => {
  it('names the month Ukraine first ran short, and what the allies held above their floors at that month’s end', () => {
    const { game, score, words, history } = studied();
    const shortage = wentWrong(game, score, history).find((l): l is ShortageLesson => l.kind === 'shortage')!;
    const first = game.months.find(
      (m) => m.report.summary.ukraineFired < (m.report.entries.find((e) => e.message.id === 'front.fired')!.message.params as { demand: number }).demand,
    )!;
    expect(shortage.first!.month).toBe(first.report.month);
    const end = game.states[first.report.turn + 1]!;
    const spare = end.nations.reduce((sum, n) => sum + Math.max(0, n.stock.shell! - game.content.nations.find((x) => x.id === n.id)!.readinessFloor.shell!), 0);
    expect(shortage.spare.reduce((sum, x) => sum + x.spare, 0)).toBe(spare);
    expect(wrongText(shortage, words)).toMatch(
      /^Ukraine ran short in \w{3} \d{4}: it fired [\d,]+ of the [\d,]+ rounds it needed(, rationing its stock to [\d.]+ % a month| and its stock ran out), while the allies’ stocks stayed [\d,]+ 155 mm shells above their readiness floors/,
    );
    // Short while holding stock is Ukraine's ration, said as such (play-test: "ran short" beside 346,968 rounds left).
    expect(wrongText(shortage, words)).toContain(shortage.first!.left > 0 ? 'rationing its stock to 45.0 % a month' : 'and its stock ran out');
  });

  it('traces a nation left below its floor to the drawdown that took it there', () => {
    const { game, score, words, history } = studied();
    const readiness = wentWrong(game, score, history).find((l) => l.kind === 'readiness')!;
    expect(readiness).toMatchObject({ below: ['PL'], breaches: [{ nation: 'PL', turn: 1, product: 'shell' }] });
    expect(wrongText(readiness, words)).toMatch(
      /^Poland ended below its readiness floor\. Drawn below the floor: Poland [\d,]+ 155 mm shells in \w{3} \d{4}\.$/,
    );
  });

  it('ranks the losses by points, largest first, and they add up to every point the score lost', () => {
    const { game, score, history } = studied();
    const lessons = wentWrong(game, score, history);
    expect(lessons.map((l) => l.pointsLost)).toEqual([...lessons.map((l) => l.pointsLost)].sort((a, b) => b - a));
    expect(lessons.reduce((sum, l) => sum + l.pointsLost, 0)).toBe(objectivePointsLost(score.objectives).reduce((sum, x) => sum + x, 0));
    // The points the table shows add up to the score (weights sum to 100), and what is lost is the rest.
    expect(objectivePoints(score.objectives).reduce((sum, x) => sum + x, 0)).toBe(score.score);
    expect(lessons.reduce((sum, l) => sum + l.pointsLost, 0)).toBe(100 - score.score);
  });

  it('ends with where the allies’ own course did better, when it is known', () => {
    const { game, score, store } = studied();
    const mine = gameMetrics(game.content, store.game);
    const theirs = { ...mine, territoryLostKm2: mine.territoryLostKm2 - 100, cohesionBp: mine.cohesionBp - 100 };
    expect(wentWrong(game, score, { mine, theirs }).at(-1)).toEqual({
      kind: 'behindHistory',
      pointsLost: 0,
      rows: [{ metric: 'territory', mine: mine.territoryLostKm2, theirs: theirs.territoryLostKm2 }],
    });
    expect(wentWell(game, score, { mine, theirs }).find((l) => l.kind === 'beatHistory')).toEqual({
      kind: 'beatHistory',
      rows: [{ metric: 'cohesion', mine: mine.cohesionBp, theirs: theirs.cohesionBp }],
    });
  });
  it('tells missed requests from those still open when the game ended', () => {
    const { game, score, words, history } = studied();
    const requests = wentWrong(game, score, history).find((l) => l.kind === 'requests')!;
    const final = game.states.at(-1)!;
    expect(requests).toMatchObject({ met: 0, unmet: final.requests.map((r) => ({ amount: r.amount, received: r.received, open: r.status === 'open' })) });
    expect(final.requests.map((r) => r.status)).toEqual(expect.arrayContaining(['missed', 'open']));
    expect(wrongText(requests, words)).toMatch(/^0 of the 3 requests the objective asks for were met\. Missed: .+\. Still open when the game ended: .+\.$/);
  });
});

describe('what went well', () => {
  it('lists the objectives earned in full and what the drawdowns sent', () => {
    const { game, score, words, history } = studied();
    const well = wentWell(game, score, history);
    const full = score.objectives.filter((_, i) => objectivePointsLost(score.objectives)[i] === 0).map((o) => o.id);
    expect(well.find((l) => l.kind === 'fullMarks')?.objectives.map((o) => o.id) ?? []).toEqual(full);
    const drawn = well.find((l) => l.kind === 'drawdowns')!;
    expect(wellText(drawn, words)).toMatch(/^You sent 90,000 155 mm shells from stocks, [\d,]+ 155 mm shells of them below readiness floors\.$/);
  });

  it('compares each figure with the allies’ course the right way round: less ground lost is better, more cohesion is better', () => {
    const { store, game } = studied();
    const mine = gameMetrics(game.content, store.game);
    const { better, worse } = againstHistory(mine, { ...mine, territoryLostKm2: mine.territoryLostKm2 + 1, cohesionBp: mine.cohesionBp + 10 });
    expect(better.map((r) => r.metric)).toEqual(['territory']);
    expect(worse.map((r) => r.metric)).toEqual(['cohesion']);
  });

  it('leaves out a difference too fine to read: 3.61:1 against 3.64:1 reads as 3.6:1 both', () => {
    const { store, game } = studied();
    const mine = { ...gameMetrics(game.content, store.game), avgFireRatioBp: 36_100 };
    const { better, worse } = againstHistory(mine, { ...mine, avgFireRatioBp: 36_400 });
    expect([...better, ...worse]).toEqual([]);
  });

  it('counts the rounds the allies made over the whole game, more being better, to the percent: the last month alone hid what added capacity did', () => {
    const { store, game, words } = studied();
    const mine = { ...gameMetrics(game.content, store.game), natoArtilleryMade: 1_536_514 };
    expect(mine.natoArtilleryMade).toBeGreaterThan(0);
    const ahead = againstHistory(mine, { ...mine, natoArtilleryMade: 1_397_761 });
    expect(ahead.better).toEqual([{ metric: 'natoMade', mine: 1_536_514, theirs: 1_397_761 }]);
    expect(wellText({ kind: 'beatHistory', rows: ahead.better }, words)).toBe(
      'Better than the allies’ own course on this seed: shells the allies made 1,536,514 against 1,397,761.',
    );
    expect(againstHistory(mine, { ...mine, natoArtilleryMade: 1_700_000 }).worse.map((r) => r.metric)).toEqual(['natoMade']);
    // Within one percent is the same industry.
    expect(againstHistory(mine, { ...mine, natoArtilleryMade: 1_530_000 })).toEqual({ better: [], worse: [] });
  });
});
