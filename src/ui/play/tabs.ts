/** The play screen's panels, in the order of their tabs, with the names a player reads. */
import { turnWord } from '../common/turn-text';
import type { ScenarioContent } from '../../sim';
import type { Tab } from './play-slice';

export const TABS: [Tab, string][] = [
  ['decide', 'Decisions'],
  ['orders', 'Orders'],
  ['odds', 'Odds'],
  ['politics', 'Politics'],
  ['news', 'News & intelligence'],
  ['report', 'Last month'],
  ['charts', 'Charts'],
  ['map', 'Map details'],
];

type TurnContent = Pick<ScenarioContent, 'startMonth' | 'endMonth' | 'monthsPerTurn'>;

/** A tab's name: the report's tab is "Last quarter" when a turn is a quarter. */
export const tabLabel = (tab: Tab, c: TurnContent): string => (tab === 'report' ? `Last ${turnWord(c)}` : TABS.find(([id]) => id === tab)![1]);
