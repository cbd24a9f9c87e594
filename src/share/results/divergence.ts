/**
 * Where the best and the worst team of a war parted: the first month after
 * which their games' states differ (the months before it were the same game),
 * and the orders of that month that took effect for one and not the other.
 */
import { newGame } from '../../scenario/build-game';
import type { ScenarioContent } from '../../sim/content';
import { replayTurns } from '../../sim/replay';
import type { GameState } from '../../sim/types';
import { monthDiff, type MonthDiff } from '../debrief/month-diff';
import { parseSeed } from '../seed-code';
import type { ResultsGroup, RankedTeam } from './groups';

export type Divergence =
  | { kind: 'oneTeam' }
  /** best and worst played the very same game (their orders gave the same state every month) */
  | { kind: 'sameGame'; best: RankedTeam; worst: RankedTeam }
  | {
      kind: 'diverged';
      best: RankedTeam;
      worst: RankedTeam;
      month: number;
      /** the state both games were in when that month's orders were given */
      state: GameState;
      /** what the best team's orders did that month that the worst team's did not, and the other way round */
      bestDid: MonthDiff;
      worstDid: MonthDiff;
      /** months, that one included, in which their orders were not the same */
      monthsApart: number;
    };

/** Only what one side's orders did: the diff's count of the other side's orders it did not give is the other side's own list. */
const ownSide = (d: MonthDiff): MonthDiff => ({ ...d, dropped: 0 });

export function whereDiverged(content: ScenarioContent, group: ResultsGroup): Divergence {
  const best = group.teams[0];
  const worst = group.teams.at(-1);
  if (!best || !worst || best === worst) return { kind: 'oneTeam' };
  const [a, b] = [best.result.turns, worst.result.turns];
  const turn = a.findIndex((t, i) => t.hash !== b[i]?.hash);
  const seed = parseSeed(group.seed);
  if (turn === -1 || !seed.ok) return { kind: 'sameGame', best, worst };
  const state = replayTurns(
    content,
    newGame(content, seed.seed),
    a.slice(0, turn).map((t) => t.orders),
  );
  const monthsApart = a.filter((t, i) => JSON.stringify(t.orders) !== JSON.stringify(b[i]?.orders)).length;
  return {
    kind: 'diverged',
    best,
    worst,
    month: content.startMonth + turn,
    state,
    bestDid: ownSide(monthDiff(content, state, b[turn]!.orders, a[turn]!.orders)),
    worstDid: ownSide(monthDiff(content, state, a[turn]!.orders, b[turn]!.orders)),
    monthsApart,
  };
}
