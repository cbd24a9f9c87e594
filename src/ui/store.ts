/**
 * The session store: the view state of every screen, composed from one slice
 * per screen folder (zustand's slices pattern). A slice holds its screen's
 * state and the actions that change it; the rules stay in src/sim and the
 * game itself in the game store (src/store). An action that moves the player
 * to another screen resets the other slices through the values they export
 * for that (NO_NEGOTIATION, REPORT_TOP, …), in one update.
 */
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import type { BundledScenarios } from '../scenario/bundled';
import { createHelpSlice, type HelpSlice } from './common/help-slice';
import { createAllianceSlice, type AllianceSlice } from './play/alliance-slice';
import { createDebriefSlice, type DebriefSlice } from './debrief/debrief-slice';
import { createMenuSlice, type MenuSlice } from './menu/menu-slice';
import { createSavesSlice, type SavesSlice } from './menu/saves-slice';
import { createSetAsideSlice, type SetAsideSlice } from './menu/set-aside-slice';
import { createTeamsSlice, type TeamsSlice } from './menu/teams-slice';
import { createNavigationSlice, type NavigationSlice } from './navigation-slice';
import { createNegotiationSlice, type NegotiationSlice } from './play/negotiation-slice';
import { createPlaySlice, type PlaySlice } from './play/play-slice';
import { createSaveCopySlice, type SaveCopySlice } from './play/save-copy-slice';
import { createOddsSlice, type OddsSlice } from './play/odds/odds-slice';
import { createFacilitatorSlice, type FacilitatorSlice } from './play/facilitator-slice';
import { createTutorialSlice, type TutorialSlice } from './play/tutorial-slice';
import { createReplaySlice, type ReplaySlice } from './replay/replay-slice';
import { createWatchSlice, type WatchSlice } from './watch/watch-slice';
import { createReportSlice, type ReportSlice } from './report/report-slice';
import { createReviewSlice, type ReviewSlice } from './review/review-slice';
import { createResultsSlice, type ResultsSlice } from './results/results-slice';
import { createTrainerSlice, type TrainerSlice } from './trainer/trainer-slice';
import { createLiveSlice, type LiveSlice } from './live/live-slice';

export type SessionState = NavigationSlice &
  HelpSlice &
  MenuSlice &
  SavesSlice &
  SetAsideSlice &
  TeamsSlice &
  PlaySlice &
  SaveCopySlice &
  OddsSlice &
  FacilitatorSlice &
  AllianceSlice &
  NegotiationSlice &
  TutorialSlice &
  ReportSlice &
  DebriefSlice &
  ReviewSlice &
  ReplaySlice &
  WatchSlice &
  ResultsSlice &
  TrainerSlice &
  LiveSlice;

export type SessionStore = StoreApi<SessionState>;

/** A slice creator: it sees the whole session (to reset other slices or call their actions) and returns its own part. */
export type Slice<T> = StateCreator<SessionState, [], [], T>;

export function createSessionStore(catalogue: BundledScenarios): SessionStore {
  return createStore<SessionState>()((...a) => ({
    ...createNavigationSlice(...a),
    ...createHelpSlice(...a),
    ...createMenuSlice(catalogue)(...a),
    ...createSavesSlice(...a),
    ...createSetAsideSlice(...a),
    ...createTeamsSlice(...a),
    ...createPlaySlice(...a),
    ...createSaveCopySlice(...a),
    ...createOddsSlice(...a),
    ...createFacilitatorSlice(...a),
    ...createAllianceSlice(...a),
    ...createNegotiationSlice(...a),
    ...createTutorialSlice(...a),
    ...createReportSlice(...a),
    ...createDebriefSlice(...a),
    ...createReviewSlice(...a),
    ...createReplaySlice(...a),
    ...createWatchSlice(...a),
    ...createResultsSlice(...a),
    ...createTrainerSlice(...a),
    ...createLiveSlice(...a),
  }));
}
