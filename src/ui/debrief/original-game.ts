/**
 * The game a branched game left ("Play from here" in the replay viewer): read
 * again from its replay link and re-simulated, so the debrief can set the
 * branch beside it on the same figures.
 */
import { replayLinkedGame } from '../../share/replay-link/link-game';
import { readReplayLink } from '../../share/replay-link/replay-link';
import { gameMetrics, monthLabel, scoreGame, type Metrics, type Score } from '../../sim';
import type { GameStoreState } from '../../store/game-store';

export interface OriginalGame {
  metrics: Metrics;
  /** its score, once it is over (a game shared while in play has none) */
  score: Score | null;
  /** its last month */
  upTo: string;
  /** the months of it the branch kept */
  kept: number;
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
  };
}
