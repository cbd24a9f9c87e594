import { ARTICLE as A } from '../sources';
import type { ScenarioSpec } from '../spec';
import { RECORD } from './record';

/** The scenario “The Washington summit (Jul 2024 – Jun 2025)”: its span, briefing, objectives and record. */
export const WASHINGTON_SUMMIT: ScenarioSpec = {
  id: 'washington-summit',
  title: 'The Washington summit (Jul 2024 – Jun 2025)',
  era: '2024-07',
  start: '2024-07',
  end: '2025-06',
  briefing:
    'July 2024, NATO’s 75th-anniversary summit in Washington. The alliance’s agency signs a large multinational Stinger order, 23 of 32 allies are expected at 2 % of GDP, and each ally is to submit a defence-industrial plan within a year. US aid has only just resumed after months of delay, and the US election is four months away. North Korean shells pour into Russia. Use the summit.',
  learningGoals: [
    'Explain what pooled multinational orders change for price and capacity.',
    'Use a summit to raise budgets at lower political cost.',
    'Explain how election uncertainty shapes allies’ plans.',
  ],
  sources: [A.summit2024, A.forum2025],
  objectives: [
    {
      id: 'hold-ground',
      kind: 'territoryLostMax',
      target: 3000,
      failAt: 6300,
      weight: 30,
      text: (n) => `Keep Russian gains under ${n.target} km² (history: about 3,300 km² in the second half of 2024 alone; nothing at ${n.failAt}).`,
    },
    {
      id: 'fire-ratio',
      kind: 'avgFireRatioMax',
      target: 25_000,
      failAt: 41_000,
      weight: 20,
      text: (n) => `Keep the average fire ratio at ${n.target} or better (nothing at ${n.failAt}).`,
    },
    { id: 'requests', kind: 'requestsMet', target: 1, failAt: 0, weight: 15, text: () => 'Deliver the Stingers Ukraine asks for.' },
    { id: 'cohesion', kind: 'cohesionMin', target: 7000, failAt: 4000, weight: 15, text: (n) => `Keep alliance cohesion at ${n.target} or more.` },
    {
      id: 'readiness',
      kind: 'readinessKept',
      target: 0,
      failAt: 6,
      weight: 10,
      text: ({ failAt }) => `End with every ally at or above its readiness floors (${failAt} allies below earn nothing).`,
    },
    { id: 'pay-firms', kind: 'noDebt', target: 0, failAt: 2000, weight: 10, text: (n) => `Pay firms on time (nothing at ${n.failAt} of debt).` },
  ],
  winScore: 91,
  minutes: 40,
  record: [RECORD.gains, RECORD.us, RECORD.eu, RECORD.stinger],
};
