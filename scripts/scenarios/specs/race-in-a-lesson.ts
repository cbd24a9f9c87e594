import { ARTICLE as A } from '../sources';
import type { ScenarioSpec } from '../spec';
import { RACE_OF_LOGISTICS } from './race-of-logistics';

/**
 * The class scenario: the race of logistics played in four turns of six
 * months, so that the loop (briefing, tutorial, every turn, debrief, result
 * code) fits a 45-minute lesson. Eight quarters measured 48 minutes with the
 * scripted student and about 80 with a fresh-eyes play-tester; six turns of
 * four months 37 and 65 (a student who reads every tab every turn); four turns
 * bring the thorough student near the lesson (issue notes, `npm run bench`).
 * The four turns are the story's four chapters: the first ramp-up (Feb 2023),
 * the summer counter-offensive's aftermath (Aug 2023), the US aid freeze
 * (Feb 2024) and the Washington summit before the US election (Aug 2024).
 * The war, the events and the objectives are the long game's: only the rhythm
 * of decisions changes, and the briefing says so.
 */
export const RACE_IN_A_LESSON: ScenarioSpec = {
  ...RACE_OF_LOGISTICS,
  id: 'race-in-a-lesson',
  title: 'The race in one lesson (Feb 2023 – Dec 2024, in four turns)',
  briefing:
    "February 2023. A year into the war, Ukraine fires several times more shells than the whole alliance makes, and donor stocks are close to their floors. NATO's Secretary General calls it a race of logistics. You coordinate the allies' munitions effort until December 2024 in four turns of six months (the last is five): each turn you decide once, and the months after your decisions play on with what you set running. Firms want multi-year contracts before they build; a shift takes two months to start, a plant one to three years. Stocks sent now help at once but leave allies below their readiness floors. The allies' real course falls short of the win line: do better than they did.",
  learningGoals: RACE_OF_LOGISTICS.learningGoals,
  sources: [A.wsws2023, A.cbc2022, A.summit2024, A.antiwar2022, A.forum2025],
  winScore: 77,
  minutes: 40,
  monthsPerTurn: 6,
  forClass: true,
};
