/** The how-to-play dialog, open over the menu or the game. */
import type { Slice } from '../store';

export interface HelpSlice {
  howToPlay: boolean;
  toggleHowToPlay(open?: boolean): void;
}

export const HELP_CLOSED = { howToPlay: false } satisfies Partial<HelpSlice>;

export const createHelpSlice: Slice<HelpSlice> = (set, get) => ({
  howToPlay: false,
  toggleHowToPlay(open) {
    set({ howToPlay: open ?? !get().howToPlay });
  },
});
