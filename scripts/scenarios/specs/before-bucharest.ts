import { ARTICLE as A } from '../sources';
import type { ScenarioSpec } from '../spec';
import { RECORD } from './record';

/** The scenario “Before Bucharest (Nov 2022 – Aug 2023)”: its span, briefing, objectives and record. */
export const BEFORE_BUCHAREST: ScenarioSpec = {
  id: 'before-bucharest',
  title: 'Before Bucharest (Nov 2022 – Aug 2023)',
  era: '2022-11',
  start: '2022-11',
  end: '2023-08',
  briefing:
    'November 2022, before the NATO ministerial in Bucharest. Ukraine’s foreign minister says that without new production Ukraine cannot win, and asks for air defence and production lines. Some countries that could sell will not, and in Washington the top general talks of negotiations. Get Stingers and shells flowing before the summer.',
  learningGoals: [
    'Explain why air defence matters to the artillery war.',
    'Compare buying abroad, drawing down and building lines.',
    'Trace how a political debate reaches the front.',
  ],
  sources: [A.antiwar2022, A.wsws2023],
  objectives: [
    {
      id: 'hold-ground',
      kind: 'territoryLostMax',
      target: 150,
      failAt: 1000,
      weight: 25,
      text: (n) => `Keep Russian gains under ${n.target} km² by ${n.end} (nothing at ${n.failAt} km²).`,
    },
    {
      id: 'fire-ratio',
      kind: 'avgFireRatioMax',
      target: 23_000,
      failAt: 57_000,
      weight: 25,
      text: (n) => `Keep the average fire ratio at ${n.target} or better (nothing at ${n.failAt}).`,
    },
    { id: 'requests', kind: 'requestsMet', target: 3, failAt: 0, weight: 25, text: ({ target }) => `Meet ${target} of Ukraine’s requests, air defence first.` },
    {
      id: 'readiness',
      kind: 'readinessKept',
      target: 0,
      failAt: 5,
      weight: 10,
      text: ({ failAt }) => `End with every ally at or above its readiness floors (${failAt} allies below earn nothing).`,
    },
    { id: 'cohesion', kind: 'cohesionMin', target: 7000, failAt: 4000, weight: 15, text: (n) => `Keep alliance cohesion at ${n.target} or more.` },
  ],
  winScore: 81,
  minutes: 35,
  record: [RECORD.ratio, RECORD.stinger, RECORD.us],
};
