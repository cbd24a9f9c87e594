/** The play screen's panels, in the order of their tabs, with the names a player reads. */
import type { Tab } from './play-slice';

export const TABS: [Tab, string][] = [
  ['decide', 'Decisions'],
  ['orders', 'Orders'],
  ['politics', 'Politics'],
  ['news', 'News & intelligence'],
  ['report', 'Last month'],
  ['charts', 'Charts'],
  ['map', 'Map details'],
];

export const tabLabel = (tab: Tab): string => TABS.find(([id]) => id === tab)![1];
