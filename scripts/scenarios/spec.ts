/** What a shipped scenario says for itself; the world, the war and the events come from the shared files. */
import type { ScenarioFile } from '../../src/scenario/schema';
import type { ObjectiveSpec } from './objective-text';
import type { Era } from './world';

/** One shipped scenario: its span, the era its world starts in, and its prose, objectives and record. */
export interface ScenarioSpec {
  id: string;
  title: string;
  /** the world (nations, lines, front) as it stood at this era's start */
  era: Era;
  start: string;
  end: string;
  briefing: string;
  learningGoals: string[];
  sources: ScenarioFile['sources'];
  objectives: ObjectiveSpec[];
  winScore: number;
  /** about how long a student takes, briefing to result code (measured for the class scenario; docs/scenarios.md) */
  minutes: number;
  /** months one turn covers (default 1) */
  monthsPerTurn?: number;
  /** made for one lesson: listed first */
  forClass?: boolean;
  record: ScenarioFile['record'];
}
