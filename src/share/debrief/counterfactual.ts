/**
 * What would have helped, found by playing the game again: the same
 * scenario, seed and orders, with one decision changed (changes.ts), played
 * to the end by the same resolver. A counterfactual's score is the score of a
 * game that really ran; its orders, replayed from the opening, give it again.
 *
 * The search tries a handful of changes in the months the game turned on
 * (the first month, the month Ukraine first ran short, the worst month at
 * the front, the month drawn deepest below the floors, a missed request), so
 * its cost is bounded: at most MAX_CHANGES games of at most the scenario's
 * length. `counterfactualSearch` hands the changes out one by one, so a page
 * can run them between frames; `findCounterfactuals` runs them all at once.
 */
import { scoreGame, type Score } from '../../sim/score';
import type { Order } from '../../sim/types';
import { changedOrders, type Change } from './changes';
import { humanOrdersOf, playOn, trainerOrdersOf, type ReplayedGame } from './finished-game';
import { changesAnything, monthDiff, type MonthDiff } from './month-diff';
import { deepestBreachTurn, firstShortage, floorBreaches, worstMonth } from './turning-points';

export interface Counterfactual {
  change: Change;
  /** the calendar month changed */
  month: number;
  /** what the changed month did that the players' did not */
  diff: MonthDiff;
  score: Score;
  /** every order of every month of the game played this way: replayed from the opening, they give `score` */
  turns: Order[][];
}

/** A bound on the games one debrief plays again. */
export const MAX_CHANGES = 8;
/** How many counterfactuals a debrief shows. */
export const SHOWN = 3;

/**
 * The month of the decision that governs month `t` (counted from the first): itself, or in a
 * scenario whose turns cover several months, the first month of its turn, when orders are given;
 * `later` takes the next turn's first month instead, for something that arrives mid-turn.
 */
function decisionMonth(game: ReplayedGame, t: number, later = false): number {
  const c = game.content;
  const into = (game.states[t]!.month - c.startMonth) % Math.max(1, c.monthsPerTurn);
  return into === 0 ? t : later ? t - into + c.monthsPerTurn : t - into;
}

/**
 * The changes worth trying for this game, in the months it turned on (when orders could be given then); none twice.
 * A branched game's months before `first` were another player's: nothing is changed there (play-test: the debrief
 * told a branch's player what they should have ordered in the original's months).
 */
export function changesToTry(game: ReplayedGame, first = 0): Change[] {
  const shortage = firstShortage(game);
  const worst = worstMonth(game);
  const pressing = Math.max(first, decisionMonth(game, shortage?.turn ?? worst?.turn ?? 0));
  const breach = deepestBreachTurn(floorBreaches(game));
  const missed = game.states.at(-1)!.requests.find((r) => r.status === 'missed');
  const requestAt = missed ? requestTurn(game, missed.id) : -1;
  const changes: Change[] = [
    { kind: 'drawToFloors', turn: pressing },
    { kind: 'drawToFloors', turn: first },
    { kind: 'capacity', turn: first },
    { kind: 'longContract', turn: first },
    { kind: 'balancedMonth', turn: first },
    { kind: 'balancedMonth', turn: pressing },
    ...(breach >= 0 ? [{ kind: 'stopAtFloors' as const, turn: breach }] : []),
    ...(missed && requestAt >= 0 ? [{ kind: 'meetRequest' as const, turn: decisionMonth(game, requestAt, true), request: missed.id }] : []),
  ];
  const seen = new Set<string>();
  return changes
    .filter((x) => x.turn >= first && x.turn < game.months.length)
    .filter((x) => {
      const key = `${x.kind}@${x.turn}`;
      return !seen.has(key) && !!seen.add(key);
    })
    .slice(0, MAX_CHANGES);
}

/** The first turn a request was open (it arrives with the news at a month's start), or -1. */
function requestTurn(game: ReplayedGame, id: string): number {
  return game.states.findIndex((s, t) => t < game.months.length && s.requests.some((r) => r.id === id));
}

/** Plays the game again with one change; null when the change would not alter that month at all. */
export function runChange(game: ReplayedGame, change: Change): Counterfactual | null {
  const state = game.states[change.turn]!;
  const recorded = humanOrdersOf(game, change.turn);
  const plan = { content: game.content, state, recorded, humanNations: game.humanNations };
  const orders = changedOrders(change, plan);
  // Weighed with the trainer's orders of the month before the players', as the game gave them (a lock refuses the change too).
  const trainer = trainerOrdersOf(game, change.turn);
  const diff = monthDiff(game.content, state, [...trainer, ...recorded], [...trainer, ...orders]);
  if (!changesAnything(diff)) return null;
  const played = playOn(game, { turn: change.turn, orders });
  // What each contract it signs delivered in that game (play-test: advice to sign Stinger contracts that could deliver nothing in time).
  const contracts = diff.contracts.map((k) => {
    const signed = played.final.contracts.find(
      (x) => x.signedMonth === state.month && x.firmId === k.firm && x.product === k.product && x.perMonth === k.perMonth && x.months === k.months,
    );
    return { ...k, delivered: signed?.delivered ?? 0 };
  });
  return { change, month: state.month, diff: { ...diff, contracts }, score: scoreGame(game.content, played.final), turns: played.turns };
}

/** The score of the game as played, from its replay. */
export function baseScore(game: ReplayedGame): Score {
  return scoreGame(game.content, game.states.at(-1)!);
}

/** The counterfactuals that raise the score the player saw, best first (earlier months first among equals), one per kind of change. */
export function bestCounterfactuals(found: readonly Counterfactual[], base: Score, shown = SHOWN): Counterfactual[] {
  const better = found.filter((x) => x.score.score > base.score).sort((a, b) => b.score.score - a.score.score || a.change.turn - b.change.turn);
  const kinds = new Set<string>();
  return better.filter((x) => !kinds.has(x.change.kind) && !!kinds.add(x.change.kind)).slice(0, shown);
}

/** The changed game with the highest score (the earliest among equals): when none beats the player's, what came closest. */
export function nearestCounterfactual(found: readonly Counterfactual[]): Counterfactual | null {
  return found.reduce<Counterfactual | null>((best, x) => (best === null || x.score.score > best.score.score ? x : best), null);
}

/** The search a page runs in steps: its changes, and a step that plays one. */
export interface CounterfactualSearch {
  base: Score;
  changes: Change[];
  run(change: Change): Counterfactual | null;
}

/** `first`: the first month the player decided (a branched game's months before it were another player's). */
export function counterfactualSearch(game: ReplayedGame, first = 0): CounterfactualSearch {
  return { base: baseScore(game), changes: changesToTry(game, first), run: (change) => runChange(game, change) };
}

/** Every change tried at once (the command line and tests): what was tried, and the best that helped. */
export function findCounterfactuals(game: ReplayedGame): { base: Score; tried: Counterfactual[]; best: Counterfactual[] } {
  const search = counterfactualSearch(game);
  const tried = search.changes.map(search.run).filter((x): x is Counterfactual => x !== null);
  return { base: search.base, tried, best: bestCounterfactuals(tried, search.base) };
}
