/**
 * The after-action review of a verified game (issue 10, item 6): a timeline of
 * the team's decisions turn by turn with what followed, the turning points
 * with their why-chains, the objectives, and the same war on the allies' own
 * course (the historical policy on the same seed). It is built from the
 * game's orders alone, re-simulated here, so it reviews the game the result
 * code proves; the team's one-line reasons come with the code.
 */
import type { ObjectiveKind, ScenarioContent } from '../../sim/content';
import { gameMetrics, scoreGame, type Metrics, type Score } from '../../sim/metrics';
import { POLICIES } from '../../sim/policies';
import { playGame, type PlayedTurn } from '../../sim/replay';
import type { GameState } from '../../sim/types';
import { againstHistory, type HistoryRow } from '../debrief/against-history';
import { replayWithReports } from './replay-reports';
import { reviewTurns, type ReviewTurn } from './review-turns';
import { turningPoints, type TurningPoint } from './turning-points';

export interface ReviewInput {
  content: ScenarioContent;
  /** the game's record: its seed and every month's orders (and state hash) */
  seed: string;
  turns: readonly PlayedTurn[];
  team: string;
  /** the team's reasons, by the month index a turn starts at */
  notes?: readonly string[];
  /** the nations the team gave orders for; every nation when not known */
  played?: readonly string[];
}

export interface AfterActionReview {
  title: string;
  seed: string;
  team: string;
  /** whether the code said which nations the team played (else every nation's orders are listed) */
  playedKnown: boolean;
  played: readonly string[];
  score: Score;
  /** each objective's kind, in the order of the score's objectives */
  objectiveKinds: ObjectiveKind[];
  historical: { score: Score; metrics: Metrics };
  metrics: Metrics;
  against: { better: HistoryRow[]; worse: HistoryRow[] };
  turns: ReviewTurn[];
  turningPoints: TurningPoint[];
}

export function afterActionReview(input: ReviewInput): AfterActionReview | { problem: string } {
  const { content } = input;
  const months = replayWithReports(content, input);
  if ('problem' in months) return months;
  const final = months.states.at(-1)!;
  const played = input.played ?? content.nations.map((n) => n.id);
  const metrics = gameMetrics(content, final);
  const historical = historicalFrom(content, months.states[0]!);
  return {
    title: content.title,
    seed: input.seed,
    team: input.team,
    playedKnown: input.played !== undefined,
    played,
    score: scoreGame(content, final),
    objectiveKinds: content.objectives.map((o) => o.kind),
    historical,
    metrics,
    against: againstHistory(metrics, historical.metrics),
    turns: reviewTurns({ content, months, played, notes: input.notes ?? [] }),
    turningPoints: turningPoints(content, months),
  };
}

/** The allies' own course from the same opening (same seed): every nation on the historical policy. */
function historicalFrom(content: ScenarioContent, start: GameState): { score: Score; metrics: Metrics } {
  const all = start.nations.map((n) => n.id);
  const final = playGame(content, start, (x) => POLICIES.historical(content, x, all), { hashTurns: false }).final;
  return { score: scoreGame(content, final), metrics: gameMetrics(content, final) };
}
