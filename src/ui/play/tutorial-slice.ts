/** The tutorial's progress: on for a new game until finished or skipped (remembered on this device), reopened from Help. */
import type { GameStore } from '../../store/game-store';
import { HELP_CLOSED } from '../common/help-slice';
import type { Slice } from '../store';

const DONE_KEY = 'rol-tutorial-done';

export interface TutorialSlice {
  tutorialOn: boolean;
  tutorialStep: number;
  tutorialNext(): void;
  tutorialSkip(): void;
  tutorialReopen(): void;
}

/** The tutorial for a game put on screen: from its first tip for a new game, unless it was done before. */
export function tutorialFor(game: GameStore): Pick<TutorialSlice, 'tutorialOn' | 'tutorialStep'> {
  return { tutorialOn: game.getState().history.length === 0 && localStorage.getItem(DONE_KEY) !== 'yes', tutorialStep: 0 };
}

export const createTutorialSlice: Slice<TutorialSlice> = (set, get) => ({
  tutorialOn: false,
  tutorialStep: 0,
  // Focus follows the tip, or goes to the open tab when no tip is left on screen, never to the page body.
  tutorialNext: () => set({ tutorialStep: get().tutorialStep + 1, focusAfterRender: 'tut-title' }),
  tutorialSkip() {
    localStorage.setItem(DONE_KEY, 'yes');
    set({ tutorialOn: false, focusAfterRender: `tab-${get().tab}` });
  },
  tutorialReopen: () => set({ tutorialOn: true, tutorialStep: 0, ...HELP_CLOSED }),
});
