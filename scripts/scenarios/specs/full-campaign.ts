import { ARTICLE as A } from '../sources';
import type { ScenarioSpec } from '../spec';
import { RECORD } from './record';

/** The scenario “The full campaign (Sep 2022 – Dec 2026)”: its span, briefing, objectives and record. */
export const FULL_CAMPAIGN: ScenarioSpec = {
  id: 'full-campaign',
  title: 'The full campaign (Sep 2022 – Dec 2026)',
  era: '2022-09',
  start: '2022-09',
  end: '2026-12',
  briefing:
    'September 2022 to December 2026: the whole race. Start with depots close to empty and firms asking for guarantees; live through the race of logistics, the US aid freeze, the Washington summit, North Korean supply and the fight over inputs. Plants you fund in 2023 decide 2025. Fifty-two months, one war.',
  learningGoals: [
    'Explain the whole arc from stocks to production.',
    'Compare your ramp-up with the historical one, month by month.',
    'Explain why the slowest lever (new plants) decides a long war.',
  ],
  sources: [A.cbc2022, A.antiwar2022, A.wsws2023, A.summit2024, A.forum2025],
  objectives: [
    {
      id: 'hold-ground',
      kind: 'territoryLostMax',
      target: 5200,
      failAt: 29_000,
      weight: 30,
      text: (n) => `Keep Russian gains under ${n.target} km² (history: over 10,000 km² from Sep 2022 to Dec 2025; nothing at ${n.failAt}).`,
    },
    {
      id: 'fire-ratio',
      kind: 'avgFireRatioMax',
      target: 23_000,
      failAt: 82_000,
      weight: 25,
      text: (n) => `Keep the average fire ratio at ${n.target} or better (nothing at ${n.failAt}).`,
    },
    {
      id: 'out-produce',
      kind: 'outproduceRussia',
      target: '2025-01',
      failAt: '2026-12',
      weight: 10,
      text: (n) => `Out-produce Russia's new shell lines by ${n.target}.`,
    },
    { id: 'requests', kind: 'requestsMet', target: 5, failAt: 0, weight: 10, text: ({ target }) => `Meet ${target} of Ukraine’s requests on time.` },
    { id: 'cohesion', kind: 'cohesionMin', target: 7000, failAt: 4000, weight: 10, text: (n) => `Keep alliance cohesion at ${n.target} or more.` },
    {
      id: 'readiness',
      kind: 'readinessKept',
      target: 0,
      failAt: 6,
      weight: 10,
      text: ({ failAt }) => `End with every ally at or above its readiness floors (${failAt} allies below earn nothing).`,
    },
    { id: 'pay-firms', kind: 'noDebt', target: 0, failAt: 3000, weight: 5, text: (n) => `Pay firms on time (nothing at ${n.failAt} of debt).` },
  ],
  winScore: 84,
  minutes: 170,
  record: Object.values(RECORD),
};
