/** The same war played the way the allies played it: same scenario and seed, the historical policy for every nation. */
import { newGame } from '../../scenario/build-game';
import { gameMetrics, playGame, POLICIES, type Metrics } from '../../sim';
import type { GameStoreState } from '../../store/game-store';
import { seedValue } from '../common/seed';

export function historicalMetrics(g: GameStoreState): Metrics {
  const all = g.game.nations.map((n) => n.id);
  const start = newGame(g.content, { code: g.game.seed, value: seedValue(g.game.seed) });
  const final = playGame(g.content, start, (x) => POLICIES.historical(g.content, x, all), { hashTurns: false }).final;
  return gameMetrics(g.content, final);
}
