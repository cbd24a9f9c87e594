/**
 * "What are my odds?" (issue 14, item 4): from the month on screen, with the
 * orders already given, the game is played to its end many times, each future
 * with its own draws for what is still unknown (events, slips, offensives: the
 * random streams are reseeded), the player's nations going on with a policy the
 * player picks and the others with the game's own. Future 0 keeps the game's
 * own draws: it is the war this seed will bring if the player plays on so.
 * Each future is a few integers a month; the spread over many is the forecast.
 */
import type { ScenarioContent } from './content';
import { BP } from './int-math';
import { POLICIES, type PolicyName } from './policies';
import { ordersForTurn } from './replay';
import { resolveTurn } from './resolve-turn';
import { initialRng } from './rng';
import { scoreGame } from './score';
import { isTurnStart } from './turns';
import type { GameState, Order } from './types';

export interface FuturePlan {
  /** the orders already given this month, by the player's nations */
  pending: readonly Order[];
  /** the nations the player plays, and the policy that plays them on from the next turn */
  humanNations: readonly string[];
  humanPolicy: PolicyName;
  /** the policy of the nations no one plays (the game's own) */
  aiPolicy: PolicyName;
}

/** One future, month by month from the month on screen to the scenario's end. */
export interface Future {
  /** Russian gains so far at each month's end, km² (negative: ground Ukraine regained) */
  gainKm2: number[];
  /** each month's fire ratio, Russia : Ukraine, in basis points */
  fireRatioBp: number[];
  /** the score so far at each month's end */
  score: number[];
  /** each objective's attainment at the end, in basis points (scenario order) */
  attainmentBp: number[];
  victory: boolean;
}

/** The state a future starts from: the game's own draws for future 0, fresh ones for any other. */
export function futureStart(state: GameState, future: number): GameState {
  if (future === 0) return state;
  // A 32-bit seed from the state's own draws and the future's number: the same futures on every machine.
  const events = state.rng.events;
  const seed = ((events[0] ?? 0) ^ Math.imul(future + 1, 0x9e3779b1) ^ Math.imul(events[1] ?? 0, 0x85ebca6b)) >>> 0;
  return { ...state, rng: initialRng(seed) };
}

/** Plays one future to the scenario's end (the state given is not changed). */
export function playFuture(c: ScenarioContent, state: GameState, plan: FuturePlan, future: number): Future {
  const out: Future = { gainKm2: [], fireRatioBp: [], score: [], attainmentBp: [], victory: false };
  const humans = POLICIES[plan.humanPolicy];
  const ai = POLICIES[plan.aiPolicy];
  const aiNations = state.nations.map((n) => n.id).filter((id) => !plan.humanNations.includes(id));
  let s = futureStart(state, future);
  let first = true;
  while (!s.finished) {
    // The player decides at a turn's first month, as in play: this month's orders are those given; later turns the policy's
    // (the historical course is the record, month by month, as in `sim batch`).
    const decides = plan.humanPolicy === 'historical' || isTurnStart(c, s);
    const human = first ? [...plan.pending] : decides ? ordersForTurn(c, s, [], humans, plan.humanNations) : [];
    const next = resolveTurn(c, s, ordersForTurn(c, s, human, ai, aiNations), { explain: false });
    s = next.state;
    first = false;
    out.gainKm2.push(s.tally.russianGainKm2);
    out.fireRatioBp.push(next.report.summary.fireRatioBp);
    out.score.push(scoreGame(c, s).score);
  }
  const score = scoreGame(c, s);
  out.attainmentBp = score.objectives.map((o) => o.attainmentBp);
  out.victory = score.outcome === 'victory';
  return out;
}

export interface Band {
  p10: number;
  p50: number;
  p90: number;
}

export interface Forecast {
  futures: number;
  /** the months forecast, in the game's month numbers */
  months: number[];
  gainKm2: Band[];
  fireRatioBp: Band[];
  score: Band[];
  /** each objective: the chance it is met in full, and its mean attainment, in basis points */
  objectives: { id: string; fullBp: number; meanBp: number }[];
  winBp: number;
}

function band(values: number[]): Band {
  const v = [...values].sort((a, b) => a - b);
  const at = (q: number) => v[Math.min(v.length - 1, Math.floor((q * v.length) / 100))] ?? 0;
  return { p10: at(10), p50: at(50), p90: at(90) };
}

/** The spread of many futures from the same month: p10, p50 and p90 of each month's figures, each objective's chances, the chance of victory. */
export function summariseFutures(c: ScenarioContent, fromMonth: number, futures: readonly Future[]): Forecast {
  const n = futures.length;
  const length = Math.max(0, ...futures.map((f) => f.score.length));
  // A future is as long as the scenario; should one end early, its last month stands for the rest.
  const at = (xs: readonly number[], i: number) => xs[Math.min(i, xs.length - 1)] ?? 0;
  const series = (pick: (f: Future) => readonly number[]) => Array.from({ length }, (_, i) => band(futures.map((f) => at(pick(f), i))));
  const share = (count: number) => (n ? Math.floor((count * BP) / n) : 0);
  return {
    futures: n,
    months: Array.from({ length }, (_, i) => fromMonth + i),
    gainKm2: series((f) => f.gainKm2),
    fireRatioBp: series((f) => f.fireRatioBp),
    score: series((f) => f.score),
    objectives: c.objectives.map((o, k) => ({
      id: o.id,
      fullBp: share(futures.filter((f) => (f.attainmentBp[k] ?? 0) >= BP).length),
      meanBp: n ? Math.floor(futures.reduce((sum, f) => sum + (f.attainmentBp[k] ?? 0), 0) / n) : 0,
    })),
    winBp: share(futures.filter((f) => f.victory).length),
  };
}
