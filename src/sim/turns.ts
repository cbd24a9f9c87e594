/**
 * Turns of play over months. The resolver always plays one month; a scenario
 * may give a turn several (the class scenario: 4 decisions of six months for 23
 * months, so a lesson of 45 minutes holds the whole race). Orders are given in
 * a turn's first month only; the months after it play on with what was
 * decided (contracts, shifts, weekend work keep running) and the policy's
 * orders for the nations no human plays.
 */
import type { DeepReadonly } from './content';
import type { GameState } from './types';

interface TurnContent {
  readonly startMonth: number;
  readonly monthsPerTurn: number;
}

/** Whether this month opens a turn: the month the players decide in. */
export function isTurnStart(c: TurnContent, s: DeepReadonly<Pick<GameState, 'month'>>): boolean {
  return (s.month - c.startMonth) % Math.max(1, c.monthsPerTurn) === 0;
}

/** The last month of the turn that opens at `month`, never past the scenario's end. */
export function turnEndMonth(c: TurnContent & { readonly endMonth: number }, month: number): number {
  const per = Math.max(1, c.monthsPerTurn);
  const start = month - ((month - c.startMonth) % per);
  return Math.min(c.endMonth, start + per - 1);
}
