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

/**
 * The game whose tips are being read, and the tip reached: a game continued after a reload goes on from that tip
 * (hobbyist play-test: Continue saved game began the tips again at 1, after four were read).
 */
const AT_KEY = 'rol-tutorial-at';

function tipReached(gameId: string): number | null {
  try {
    const at = JSON.parse(localStorage.getItem(AT_KEY) ?? 'null') as { game?: unknown; step?: unknown } | null;
    return at?.game === gameId && Number.isInteger(at.step) && (at.step as number) >= 0 ? (at.step as number) : null;
  } catch {
    return null;
  }
}

/** The tutorial for a game put on screen: from its first tip for a new game, from the tip reached for a game whose tips were being read, unless it was done before. */
export function tutorialFor(game: GameStore, gameId: string): Pick<TutorialSlice, 'tutorialOn' | 'tutorialStep'> {
  if (localStorage.getItem(DONE_KEY) === 'yes') return { tutorialOn: false, tutorialStep: 0 };
  const reached = tipReached(gameId);
  if (reached !== null) return { tutorialOn: true, tutorialStep: reached };
  return { tutorialOn: game.getState().history.length === 0, tutorialStep: 0 };
}

export const createTutorialSlice: Slice<TutorialSlice> = (set, get) => ({
  tutorialOn: false,
  tutorialStep: 0,
  // Focus follows the tip, or goes to the open tab when no tip is left on screen, never to the page body.
  tutorialNext() {
    const step = get().tutorialStep + 1;
    localStorage.setItem(AT_KEY, JSON.stringify({ game: get().gameId, step }));
    set({ tutorialStep: step, focusAfterRender: 'tut-title' });
  },
  tutorialSkip() {
    localStorage.setItem(DONE_KEY, 'yes');
    set({ tutorialOn: false, focusAfterRender: `tab-${get().tab}` });
  },
  tutorialReopen: () => set({ tutorialOn: true, tutorialStep: 0, ...HELP_CLOSED }),
});
