/**
 * A game is (rules version, scenario content, seed, orders per turn). Playing
 * folds resolveTurn over the orders; a replay is verified by re-playing and
 * comparing the state hash after every turn.
 */
import type { ScenarioContent } from './content';
import { hashState } from './hash';
import { previewOrders, resolveTurn } from './resolve-turn';
import type { OrderResult, TurnReport, TurnSummary } from './report';
import type { GameState, Order } from './types';
import type { Policy } from './policies';
import { isTurnStart } from './turns';

export interface PlayedTurn {
  orders: Order[];
  /** state hash after the turn */
  hash: string;
}

export interface PlayedGame {
  final: GameState;
  turns: PlayedTurn[];
  reports: TurnReport[];
}

export interface PlayOptions {
  /** keep every turn's report (the CLI's --json does not need them) */
  keepReports?: boolean;
  /** hash after every turn (default true) */
  hashTurns?: boolean;
  /** told what each order of each turn did (the CLI reports refused orders) */
  onResults?: (turn: number, results: readonly OrderResult[]) => void;
}

/**
 * Orders for one turn: the given ones for human nations, then the policy's for
 * the rest, planned on the state as the human orders leave it.
 */
export function ordersForTurn(c: ScenarioContent, state: GameState, human: readonly Order[], policy: Policy, policyNations: readonly string[]): Order[] {
  if (policyNations.length === 0) return [...human];
  const planned = human.length ? previewOrders(c, state, human).state : state;
  return [...human, ...policy(c, planned, policyNations)];
}

/** One month of a turn as resolved: the orders it resolved with, the state after it, its hash and its report. */
export interface TurnMonth {
  orders: Order[];
  state: GameState;
  hash: string;
  report: TurnReport;
}

/**
 * A whole turn: its first month with the humans' orders (then the policy's for the nations no human
 * plays), and the turn's later months with the policy's orders only (turns.ts). The game store and the
 * class server both resolve a turn with this, so a team's browser and the server reach the same hashes.
 */
export function resolveWholeTurn(
  c: ScenarioContent,
  start: GameState,
  human: readonly Order[],
  plan: { policy: Policy; policyNations: readonly string[]; explain?: boolean },
): TurnMonth[] {
  const months: TurnMonth[] = [];
  let s = start;
  do {
    const orders = ordersForTurn(c, s, months.length ? [] : human, plan.policy, plan.policyNations);
    const next = resolveTurn(c, s, orders, { explain: plan.explain !== false });
    s = next.state;
    months.push({ orders, state: s, hash: hashState(s), report: next.report });
  } while (!s.finished && !isTurnStart(c, s));
  return months;
}

export function playGame(c: ScenarioContent, start: GameState, ordersFor: (s: GameState) => Order[], options: PlayOptions = {}): PlayedGame {
  const turns: PlayedTurn[] = [];
  const reports: TurnReport[] = [];
  let s = start;
  while (!s.finished) {
    const orders = ordersFor(s);
    const next = resolveTurn(c, s, orders, { explain: options.keepReports === true });
    options.onResults?.(s.turn, next.report.orders);
    s = next.state;
    turns.push({ orders, hash: options.hashTurns === false ? '' : hashState(s) });
    if (options.keepReports) reports.push(next.report);
  }
  return { final: s, turns, reports };
}

export type Verification = { ok: true; finalHash: string } | { ok: false; turn: number; expected: string; actual: string };

/** Sees each re-played turn that matched its record: the state after it and its summary (a results table's months, without a second replay). */
export type TurnWatcher = (state: GameState, summary: TurnSummary) => void;

/** Re-plays recorded orders and compares each turn's hash with the record. */
export function verifyTurns(c: ScenarioContent, start: GameState, recorded: readonly PlayedTurn[], watch?: TurnWatcher): Verification {
  let s = start;
  for (let i = 0; i < recorded.length; i++) {
    if (s.finished) return { ok: false, turn: i, expected: recorded[i]!.hash, actual: 'game already over' };
    const next = resolveTurn(c, s, recorded[i]!.orders, { explain: false });
    s = next.state;
    const actual = hashState(s);
    if (actual !== recorded[i]!.hash) return { ok: false, turn: i, expected: recorded[i]!.hash, actual };
    watch?.(s, next.report.summary);
  }
  if (!s.finished) return { ok: false, turn: recorded.length, expected: 'end of game', actual: 'more turns to play' };
  return { ok: true, finalHash: hashState(s) };
}

/** The final state after re-playing recorded orders (no hashes checked). */
export function replayTurns(c: ScenarioContent, start: GameState, turns: readonly (readonly Order[])[]): GameState {
  let s = start;
  for (const orders of turns) {
    if (s.finished) break;
    s = resolveTurn(c, s, orders, { explain: false }).state;
  }
  return s;
}
