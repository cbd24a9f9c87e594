import { ARTICLE as A } from '../sources';
import type { ScenarioSpec } from '../spec';
import { RECORD } from './record';

/** The scenario “The race of logistics (Feb 2023 – Dec 2024)”: its span, briefing, objectives and record. */
export const RACE_OF_LOGISTICS: ScenarioSpec = {
  id: 'race-of-logistics',
  title: 'The race of logistics (Feb 2023 – Dec 2024)',
  era: '2023-02',
  start: '2023-02',
  end: '2024-12',
  briefing:
    "February 2023. A year into the war, Ukraine fires several times more shells than the whole alliance makes, and donor stocks are close to their floors. NATO's Secretary General calls it a race of logistics. You coordinate the allies' munitions effort for 23 months: sign contracts with firms that want multi-year guarantees, pay for new plants that take one to three years to build, add shifts and weekend work, and decide how far each ally may draw down its own stocks. Russia makes and imports more than you do, and US aid may stall. Every month, your decisions are resolved against the front.",
  learningGoals: [
    'Explain why a war of attrition is decided by production, not stocks.',
    'Explain why firms ask for multi-year guarantees before they build capacity.',
    'Compare the delays of the three capacity levers: shifts, reactivation, new plants.',
    'Trace how a political event (an aid freeze, an election) reaches the front line.',
  ],
  sources: [A.wsws2023, A.cbc2022, A.summit2024, A.antiwar2022, A.forum2025],
  objectives: [
    {
      id: 'hold-ground',
      kind: 'territoryLostMax',
      target: 3000,
      failAt: 11_000,
      weight: 30,
      text: (n) => `Keep Russian gains under ${n.target} km² (history: about 4,800 km² from Feb 2023 to Dec 2024; nothing at ${n.failAt}).`,
    },
    {
      id: 'fire-ratio',
      kind: 'avgFireRatioMax',
      target: 28_000,
      failAt: 88_000,
      weight: 25,
      text: (n) => `Keep the average fire ratio at ${n.target} or better for Ukraine (nothing at ${n.failAt}).`,
    },
    {
      id: 'readiness',
      kind: 'readinessKept',
      target: 0,
      failAt: 6,
      weight: 15,
      text: ({ failAt }) => `End with every ally at or above its readiness floors (${failAt} allies below earn nothing).`,
    },
    { id: 'cohesion', kind: 'cohesionMin', target: 7000, failAt: 4000, weight: 10, text: (n) => `Keep alliance cohesion at ${n.target} or more.` },
    {
      id: 'out-produce',
      kind: 'outproduceRussia',
      target: '2024-06',
      failAt: '2024-12',
      weight: 5,
      text: (n) => `Out-produce Russia's new shell lines by ${n.target} (history: not before late 2025).`,
    },
    { id: 'requests', kind: 'requestsMet', target: 3, failAt: 0, weight: 10, text: ({ target }) => `Meet ${target} of Ukraine’s requests on time.` },
    { id: 'pay-firms', kind: 'noDebt', target: 0, failAt: 2000, weight: 5, text: (n) => `Pay firms on time: no debts at the end (nothing at ${n.failAt}).` },
  ],
  winScore: 80,
  minutes: 75,
  record: [RECORD.gains, RECORD.ratio, RECORD.us, RECORD.russia, RECORD.eu1m, RECORD.outproduce, RECORD.stinger],
};
