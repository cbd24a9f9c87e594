/**
 * The after-action review on screen: which game it reviews (the finished game
 * on screen, or a verified team of the results dashboard), worked out once
 * when it is opened, and where Back goes.
 */
import { afterActionReview, type AfterActionReview } from '../../share/review/after-action';
import type { TeamResult } from '../../share/results/verdict';
import { contentOf } from '../common/content-cache';
import type { Screen } from '../router';
import type { Slice } from '../store';

export interface ReviewSlice {
  review: AfterActionReview | null;
  /** the screen Back returns to */
  reviewBack: Screen;
  /** Reviews the finished game on screen, with the team's name and reasons. */
  openOwnReview(): void;
  /** Reviews a verified team of the results dashboard from its record. */
  openTeamReview(team: TeamResult): void;
  closeReview(): void;
}

export const createReviewSlice: Slice<ReviewSlice> = (set, get) => {
  const show = (review: ReturnType<typeof afterActionReview>, back: Screen) => {
    if ('problem' in review) return set({ message: `This game cannot be reviewed: ${review.problem}.` });
    set({ review, reviewBack: back, screen: 'review' });
    scrollTo(0, 0);
  };
  return {
    review: null,
    reviewBack: 'menu',
    openOwnReview() {
      const g = get().game?.getState();
      if (!g) return;
      const turns = g.history.map((h) => ({ orders: h.orders, hash: h.hash }));
      show(afterActionReview({ content: g.content, seed: g.game.seed, turns, team: get().teamName.trim(), notes: g.notes, played: g.humanNations }), 'debrief');
    },
    openTeamReview(team) {
      const scenario = get().catalogue.scenarios.find((x) => x.id === team.scenarioId);
      if (!scenario) return set({ resultsMessage: `The scenario "${team.scenarioId}" of ${team.team} is not loaded here.` });
      show(
        afterActionReview({ content: contentOf(scenario), seed: team.seed, turns: team.turns, team: team.team, notes: team.notes, played: team.played }),
        'results',
      );
    },
    closeReview() {
      set({ screen: get().resolveScreen(get().reviewBack) });
    },
  };
};
