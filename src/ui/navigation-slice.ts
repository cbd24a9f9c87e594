/** Which screen is up. Actions of the screens' slices move between them. */
import type { Slice } from './store';

export type Screen = 'menu' | 'play' | 'debrief';

export interface NavigationSlice {
  screen: Screen;
}

export const createNavigationSlice: Slice<NavigationSlice> = () => ({
  screen: 'menu',
});
