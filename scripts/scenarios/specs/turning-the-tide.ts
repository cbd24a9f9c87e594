import { ARTICLE as A } from '../sources';
import type { ScenarioSpec } from '../spec';
import { RECORD } from './record';

/** The scenario “Turning the tide (Jan – Dec 2025)”: its span, briefing, objectives and record. */
export const TURNING_THE_TIDE: ScenarioSpec = {
  id: 'turning-the-tide',
  title: 'Turning the tide (Jan – Dec 2025)',
  era: '2025-01',
  start: '2025-01',
  end: '2025-12',
  briefing:
    '2025. New lines are finally producing, and by November NATO will claim it out-produces Russia in ammunition, a disputed claim that leaves out the old rounds Russia refurbishes and the shells it imports. But the inputs are fragile: China controls cotton linters and rare earths, North Korea and Iran keep Russia supplied, and firms cannot hire skilled workers fast enough. US aid pauses, then resumes through European purchases. Keep the ratio near 2:1 and the lines running.',
  learningGoals: [
    'Explain why inputs (propellant, explosives, rare earths) can bind before money does.',
    'Explain how Russia’s war economy scales differently from Europe’s.',
    'Decide where production beats drawdowns.',
  ],
  sources: [A.forum2025, A.summit2024],
  objectives: [
    {
      id: 'hold-ground',
      kind: 'territoryLostMax',
      target: 1800,
      failAt: 3600,
      weight: 35,
      text: (n) => `Keep Russian gains under ${n.target} km² (history: over 5,600 km² in 2025; nothing at ${n.failAt}).`,
    },
    {
      id: 'fire-ratio',
      kind: 'avgFireRatioMax',
      target: 20_000,
      failAt: 26_000,
      weight: 30,
      text: (n) => `Keep the average fire ratio at ${n.target} or better (nothing at ${n.failAt}).`,
    },
    {
      id: 'out-produce',
      kind: 'outproduceRussia',
      target: '2025-06',
      failAt: '2025-12',
      weight: 5,
      text: (n) => `Out-produce Russia's new shell lines by ${n.target}.`,
    },
    { id: 'cohesion', kind: 'cohesionMin', target: 7000, failAt: 4000, weight: 15, text: (n) => `Keep alliance cohesion at ${n.target} or more.` },
    {
      id: 'readiness',
      kind: 'readinessKept',
      target: 0,
      failAt: 6,
      weight: 10,
      text: ({ failAt }) => `End with every ally at or above its readiness floors (${failAt} allies below earn nothing).`,
    },
    { id: 'pay-firms', kind: 'noDebt', target: 0, failAt: 2000, weight: 5, text: (n) => `Pay firms on time (nothing at ${n.failAt} of debt).` },
  ],
  winScore: 87,
  minutes: 40,
  record: [RECORD.gains, RECORD.ratio, RECORD.outproduce, RECORD.eu],
};
