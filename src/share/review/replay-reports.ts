/**
 * A verified game replayed with its reports: the state at the start of every
 * month and each month's report (explained, for the why-chains), from the
 * orders in its replay. The same resolver as play and verification, so the
 * review reads the very months the result code proves.
 */
import { newGame } from '../../scenario/build-game';
import type { ScenarioContent } from '../../sim/content';
import type { TurnReport } from '../../sim/report';
import { resolveTurn } from '../../sim/resolve-turn';
import type { GameState } from '../../sim/types';
import { hashState } from '../../sim/hash';
import type { PlayedTurn } from '../../sim/replay';
import { parseSeed } from '../seed-code';

export interface ReplayedMonths {
  /** `reports.length + 1` states: the opening, then after each month */
  states: GameState[];
  reports: TurnReport[];
}

export function replayWithReports(content: ScenarioContent, replay: { seed: string; turns: readonly PlayedTurn[] }): ReplayedMonths | { problem: string } {
  const seed = parseSeed(replay.seed);
  if (!seed.ok) return { problem: `its seed is not valid: ${seed.error}` };
  const states = [newGame(content, seed.seed)];
  const reports: TurnReport[] = [];
  for (const month of replay.turns) {
    if (states.at(-1)!.finished) return { problem: 'it has more months than its scenario' };
    const { state, report } = resolveTurn(content, states.at(-1)!, month.orders);
    if (month.hash && hashState(state) !== month.hash) return { problem: `month ${reports.length + 1} re-simulates to another state than the game's` };
    states.push(state);
    reports.push(report);
  }
  return { states, reports };
}
