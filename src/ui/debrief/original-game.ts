/**
 * The game a branched game left ("Play from here" in the replay viewer): read
 * again from its replay link and re-simulated, so the debrief can set the
 * branch beside it on the same figures.
 */
import { replayLinkedGame } from '../../share/replay-link/link-game';
import { readReplayLink } from '../../share/replay-link/replay-link';
import { gameMetrics, monthLabel, scoreGame, type GameState, type Metrics, type ScenarioContent, type Score } from '../../sim';
import type { GameStoreState } from '../../store/game-store';

export interface OriginalGame {
  metrics: Metrics;
  /** its score, once it is over (a game shared while in play has none) */
  score: Score | null;
  /** its last month */
  upTo: string;
  /** the months of it the branch kept */
  kept: number;
  /** the months it ran */
  months: number;
  /**
   * The branch's figures at the original's last month, when the original stopped before the branch's end: the two are
   * set side by side over the same months (hobbyist play-test: ten months of the branch against four of the original).
   */
  branchThen?: Metrics;
}

export function originalGame(g: GameStoreState): OriginalGame | { problem: string } | null {
  if (!g.branch) return null;
  const read = readReplayLink(g.branch.link, (id) => (id === g.content.id ? g.content : undefined));
  if (!read.ok) return { problem: read.problem };
  const played = replayLinkedGame(read.game, read.content);
  if (!played.ok) return { problem: played.problem };
  return {
    metrics: gameMetrics(g.content, played.final),
    score: played.final.finished ? scoreGame(g.content, played.final) : null,
    upTo: monthLabel(played.final.month - 1),
    kept: g.branch.months,
    months: played.final.month - g.content.startMonth,
  };
}

/** The original with the branch's figures at its last month, from the branch's state then (`states[t]`: after t months). */
export function withBranchThen(o: OriginalGame, branchStates: readonly GameState[], c: ScenarioContent): OriginalGame {
  const then = branchStates[o.months];
  return o.score || !then || o.months >= branchStates.length - 1 ? o : { ...o, branchThen: gameMetrics(c, then) };
}
