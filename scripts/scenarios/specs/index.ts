/** The shipped scenarios, in menu order. */
import type { ScenarioSpec } from '../spec';
import { BEFORE_BUCHAREST } from './before-bucharest';
import { FULL_CAMPAIGN } from './full-campaign';
import { RACE_IN_A_LESSON } from './race-in-a-lesson';
import { RACE_OF_LOGISTICS } from './race-of-logistics';
import { STOCKS_RUNNING_DRY } from './stocks-running-dry';
import { TURNING_THE_TIDE } from './turning-the-tide';
import { WASHINGTON_SUMMIT } from './washington-summit';

export const SPECS: ScenarioSpec[] = [
  RACE_IN_A_LESSON,
  STOCKS_RUNNING_DRY,
  BEFORE_BUCHAREST,
  RACE_OF_LOGISTICS,
  WASHINGTON_SUMMIT,
  TURNING_THE_TIDE,
  FULL_CAMPAIGN,
];
