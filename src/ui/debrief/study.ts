/** The finished game on screen as the debrief studies it: its orders and reports from the store, replayed from the opening. */
import { newGame } from '../../scenario/build-game';
import { replayed, type ReplayedGame } from '../../share/debrief/finished-game';
import { wentWell, type WellLesson } from '../../share/debrief/went-well';
import { wentWrong, type WrongLesson } from '../../share/debrief/went-wrong';
import { gameMetrics, scoreGame, type Metrics } from '../../sim';
import type { GameStoreState } from '../../store/game-store';
import { seedValue } from '../common/seed';

export function replayedGame(g: GameStoreState): ReplayedGame {
  const start = newGame(g.content, { code: g.game.seed, value: seedValue(g.game.seed) });
  return replayed({ content: g.content, start, months: g.history, humanNations: g.humanNations, aiPolicy: g.aiPolicy });
}

export interface Lessons {
  well: WellLesson[];
  wrong: WrongLesson[];
}

export function lessonsOf(game: ReplayedGame, historical: Metrics | null): Lessons {
  const final = game.states.at(-1)!;
  const score = scoreGame(game.content, final);
  const history = { mine: gameMetrics(game.content, final), theirs: historical };
  return { well: wentWell(game, score, history), wrong: wentWrong(game, score, history) };
}
