/**
 * Where the best and the worst team of a war parted: the first month after
 * which their games' states differ (the months before it were the same game),
 * and the orders of that month that took effect for one and not the other.
 * Only the teams' own decisions count: the orders of the nations each played,
 * not the computer's for the others, nor the trainer's (trainer play-test:
 * two teams of a four-turn class "differ in 23 months", every month of the
 * computer's moves for nations neither played).
 */
import { newGame } from '../../scenario/build-game';
import type { ScenarioContent } from '../../sim/content';
import { replayTurns } from '../../sim/replay';
import { TRAINER, type GameState, type Order } from '../../sim/types';
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
      /** the scenario's first month: parting then means from the start */
      start: number;
      /** the state both games were in when that month's orders were given */
      state: GameState;
      /** what the best team's orders did that month that the worst team's did not, and the other way round */
      bestDid: MonthDiff;
      worstDid: MonthDiff;
      /** months, that one included, in which the orders of the nations they played were not the same */
      monthsApart: number;
      /** they played different nations: their orders do not compare month by month (the text then gives the headline only) */
      nationsDiffer: boolean;
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
  const [mine, theirs] = [by(best.result.played), by(worst.result.played)];
  // Each team's own orders against the other's: the computer's moves in either game are no team's.
  const monthsApart = a.filter((t, i) => JSON.stringify(t.orders.filter(mine)) !== JSON.stringify((b[i]?.orders ?? []).filter(theirs))).length;
  const [bestOrders, worstOrders] = [a[turn]!.orders, b[turn]!.orders];
  return {
    kind: 'diverged',
    best,
    worst,
    month: content.startMonth + turn,
    start: content.startMonth,
    state,
    bestDid: ownSide(monthDiff(content, state, worstOrders.filter(mine), bestOrders.filter(mine))),
    worstDid: ownSide(monthDiff(content, state, bestOrders.filter(theirs), worstOrders.filter(theirs))),
    monthsApart,
    nationsDiffer: JSON.stringify(best.result.played ?? null) !== JSON.stringify(worst.result.played ?? null),
  };
}

/** Whether an order is a team's own: given for a nation it played (every nation when the code does not say). */
function by(played: readonly string[] | undefined): (o: Order) => boolean {
  return (o) => o.actor !== TRAINER && (!played || played.includes(o.actor));
}
