/** The same war played the way the allies played it: same scenario and seed, the historical policy for every nation. */
import { newGame } from '../../scenario/build-game';
import { gameMetrics, playGame, POLICIES, scoreGame, type Metrics, type Score } from '../../sim';
import type { GameStoreState } from '../../store/game-store';
import { seedValue } from '../common/seed';

/** The allies' own course on this seed: its figures and what it scores on the scenario's objectives. */
export interface HistoricalCourse {
  metrics: Metrics;
  score: Score;
}

export function historicalCourse(g: GameStoreState): HistoricalCourse {
  const all = g.game.nations.map((n) => n.id);
  const start = newGame(g.content, { code: g.game.seed, value: seedValue(g.game.seed) });
  const final = playGame(g.content, start, (x) => POLICIES.historical(g.content, x, all), { hashTurns: false }).final;
  return { metrics: gameMetrics(g.content, final), score: scoreGame(g.content, final) };
}
