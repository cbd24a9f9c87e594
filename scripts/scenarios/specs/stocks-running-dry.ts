import { ARTICLE as A } from '../sources';
import type { ScenarioSpec } from '../spec';
import { RECORD } from './record';

/** The scenario “Stocks running dry (Sep 2022 – Jun 2023)”: its span, briefing, objectives and record. */
export const STOCKS_RUNNING_DRY: ScenarioSpec = {
  id: 'stocks-running-dry',
  title: 'Stocks running dry (Sep 2022 – Jun 2023)',
  era: '2022-09',
  start: '2022-09',
  end: '2023-06',
  briefing:
    'September 2022. Half a year of war has emptied many allied depots. Germany says it has reached its limit, Canada that it cannot keep drawing down, and NATO asks everyone to dig deeper. Firms say they will add capacity only with contracts that guarantee years of demand. You have ten months: spend the last stocks wisely, and sign the orders that will still be producing when they are gone.',
  learningGoals: [
    'Explain why drawing down stocks buys time but not a war of attrition.',
    'Explain what a firm needs before it builds a new line.',
    'Weigh readiness floors against help to Ukraine now.',
  ],
  sources: [A.cbc2022, A.wsws2023],
  objectives: [
    {
      id: 'hold-ground',
      kind: 'territoryLostMax',
      target: 450,
      failAt: 2300,
      weight: 30,
      text: (n) => `Keep Russian gains under ${n.target} km² by ${n.end} (nothing at ${n.failAt} km²).`,
    },
    {
      id: 'fire-ratio',
      kind: 'avgFireRatioMax',
      target: 28_000,
      failAt: 66_000,
      weight: 25,
      text: (n) => `Keep the average fire ratio at ${n.target} or better (nothing at ${n.failAt}).`,
    },
    {
      id: 'readiness',
      kind: 'readinessKept',
      target: 0,
      failAt: 5,
      weight: 20,
      text: ({ failAt }) => `End with every ally at or above its readiness floors (${failAt} allies below earn nothing).`,
    },
    { id: 'cohesion', kind: 'cohesionMin', target: 7000, failAt: 4000, weight: 10, text: (n) => `Keep alliance cohesion at ${n.target} or more.` },
    { id: 'requests', kind: 'requestsMet', target: 2, failAt: 0, weight: 10, text: ({ target }) => `Meet ${target} of Ukraine’s requests on time.` },
    { id: 'pay-firms', kind: 'noDebt', target: 0, failAt: 1000, weight: 5, text: (n) => `Pay firms on time (nothing at ${n.failAt} of debt).` },
  ],
  winScore: 94,
  minutes: 35,
  record: [RECORD.ratio, RECORD.us, RECORD.gains],
};
