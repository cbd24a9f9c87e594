/**
 * Writes the shipped scenarios (`npm run scenarios`) from the shared world,
 * the events and each scenario's own briefing, objectives and record. The
 * JSON files it writes are what the game and the CLI read; a trainer's own
 * scenario is a hand-edited copy of one of them (docs/scenarios.md).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScenarioFile } from '../../src/scenario/schema';
import { validateScenario } from '../../src/scenario/validate';
import { DECKS, eventsBetween } from './events';
import { ARTICLE as A, facts } from './sources';
import { contracts, firmsFor, lines, nations, sectors, templates, type Era } from './world';

type Objective = ScenarioFile['objectives'][number];

const RULES: ScenarioFile['rules'] = {
  shiftLeadMonths: 2, // 1–2 months for an extra shift (GAME.md §4)
  weekendBonusBp: 2000,
  weekendAccidentBp: 150,
  plantSlipChanceBp: 5000, // announced targets often arrive 12–24 months late (calibration-facts §11)
  plantSlipMinMonths: 6,
  plantSlipMaxMonths: 18,
  industrialPlanDiscountBp: 1500,
  cancelPenaltyBp: 2000,
  cancelTrustLossBp: 2500,
  latePaymentTrustLossBp: 300,
  maxOffersPerFirmPerTurn: 3,
};

// Russia: ~0.4 M shells in 2022, 2–2.5 M in 2023, 3–4.5 M in 2024 with refurbished rounds (calibration-facts §5, §11).
const RUSSIAN_PRODUCTION = [
  { from: '2022-09', perMonth: 40_000 },
  { from: '2023-01', perMonth: 170_000 },
  { from: '2023-07', perMonth: 220_000 },
  { from: '2024-01', perMonth: 280_000 },
  { from: '2024-07', perMonth: 320_000 },
  { from: '2025-01', perMonth: 330_000 },
];
// What its doctrine wants to fire: ~20–40k a day in 2022, down in summer 2023, up again in autumn (§6).
const RUSSIAN_FIRE = [
  { from: '2022-09', perMonth: 750_000 },
  { from: '2022-11', perMonth: 600_000 },
  { from: '2023-01', perMonth: 450_000 },
  { from: '2023-03', perMonth: 600_000 },
  { from: '2023-06', perMonth: 220_000 },
  { from: '2023-10', perMonth: 600_000 },
  { from: '2024-01', perMonth: 570_000 },
  { from: '2024-07', perMonth: 450_000 },
  { from: '2025-01', perMonth: 380_000 },
  { from: '2025-07', perMonth: 320_000 },
];
// Ground pressure besides artillery: the 2024 manpower surge, glide bombs and drones (§10: gains do not track shells alone).
const RUSSIAN_OFFENSIVE = [
  { from: '2022-09', perMonth: 10_000 },
  { from: '2024-01', perMonth: 22_000 },
  { from: '2024-07', perMonth: 36_000 },
  { from: '2025-01', perMonth: 34_000 },
];
// Ukraine's doctrine: 6–7k rounds a day in 2022, more in the summer 2023 counter-offensive (§6).
const UKRAINIAN_FIRE = [
  { from: '2022-09', perMonth: 200_000 },
  { from: '2023-01', perMonth: 180_000 },
  { from: '2023-06', perMonth: 300_000 },
  { from: '2023-10', perMonth: 200_000 },
  { from: '2025-01', perMonth: 190_000 },
];

const STATE: Record<
  Era,
  {
    russiaStock: number;
    ukraineShells: number;
    ukraineStingers: number;
    escalation: number;
    cohesion: number;
    recruits: number;
    propellant: number;
    explosive: number;
  }
> = {
  '2022-09': {
    russiaStock: 14_000_000,
    ukraineShells: 500_000,
    ukraineStingers: 800,
    escalation: 2500,
    cohesion: 7500,
    recruits: 25_000,
    propellant: 450_000,
    explosive: 750_000,
  },
  '2022-11': {
    russiaStock: 12_500_000,
    ukraineShells: 420_000,
    ukraineStingers: 700,
    escalation: 2800,
    cohesion: 7300,
    recruits: 25_000,
    propellant: 600_000,
    explosive: 750_000,
  },
  '2023-02': {
    russiaStock: 10_000_000,
    ukraineShells: 400_000,
    ukraineStingers: 600,
    escalation: 3000,
    cohesion: 7000,
    recruits: 25_000,
    propellant: 600_000,
    explosive: 750_000,
  },
  '2024-07': {
    russiaStock: 4_000_000,
    ukraineShells: 250_000,
    ukraineStingers: 300,
    escalation: 3500,
    cohesion: 6500,
    recruits: 32_000,
    propellant: 950_000,
    explosive: 1_000_000,
  },
  '2025-01': {
    russiaStock: 3_000_000,
    ukraineShells: 350_000,
    ukraineStingers: 400,
    escalation: 3500,
    cohesion: 6500,
    recruits: 32_000,
    propellant: 950_000,
    explosive: 1_000_000,
  },
};

const CONSTRAINTS: ScenarioFile['constraints'] = [
  {
    id: 'germany-limit',
    text: 'Germany says its stocks are at their limit: drawing below its readiness floor costs political capital and support, and a hard floor blocks it.',
    nations: ['DE'],
    source: A.cbc2022,
  },
  {
    id: 'canada-limit',
    text: 'Canada cannot keep drawing down its own forces’ shells: its readiness floor sits close to its stock.',
    nations: ['CA'],
    source: A.cbc2022,
  },
  {
    id: 'firms-want-guarantees',
    text: 'Firms will not build new lines without multi-year contracts (about five years) or state money for the plant.',
    nations: [],
    source: A.cbc2022,
  },
  {
    id: 'shifts-weekends-plants',
    text: 'Output can grow with more shifts and weekend work, but a large increase needs new plants.',
    nations: [],
    source: A.wsws2023,
  },
  {
    id: 'not-a-party',
    text: 'NATO says it is not a party to the conflict: deliveries raise an escalation meter, and past a government’s tolerance it refuses further aid.',
    nations: [],
    source: A.wsws2023,
  },
  {
    id: 'two-percent',
    text: 'Allies are pushed towards 2 % of GDP; raising spending costs political capital, less so at a summit.',
    nations: [],
    source: A.summit2024,
  },
  {
    id: 'us-divisions',
    text: 'US political divisions can freeze US aid for months, and an election brings uncertainty.',
    nations: ['US'],
    source: A.summit2024,
  },
  {
    id: 'industrial-plans',
    text: 'After the 2024 summit each ally may submit a defence-industrial plan, which makes new plants cheaper.',
    nations: [],
    source: A.summit2024,
  },
  {
    id: 'political-sellers',
    text: 'Some countries that could sell to Ukraine hold back for political reasons, so third-country supply is uncertain.',
    nations: [],
    source: A.antiwar2022,
  },
  {
    id: 'chinese-inputs',
    text: 'Propellant depends on cotton linters that mostly come from China, and missile seekers on rare earths: supply can be cut.',
    nations: [],
    source: A.forum2025,
  },
];

interface Spec {
  id: string;
  title: string;
  era: Era;
  start: string;
  end: string;
  briefing: string;
  learningGoals: string[];
  sources: ScenarioFile['sources'];
  objectives: Objective[];
  winScore: number;
  record: ScenarioFile['record'];
}

const obj = (id: string, kind: Objective['kind'], target: number | string, failAt: number | string, weight: number, text: string): Objective => ({
  id,
  kind,
  target,
  failAt,
  weight,
  text,
});

const RECORD = {
  gains: {
    text: 'Russia gained about 600 km² in 2023, about 4,200 km² in 2024 and over 5,600 km² in 2025.',
    source: facts(10, 'ISW via AFP', 'Jan 2024, Jan 2025, Jan 2026'),
  },
  ratio: {
    text: 'The fire ratio went from 6–10:1 in mid-2022 to about 3:1 in winter 2022–23, 1–1.5:1 in summer 2023, 5–10:1 during the early-2024 US aid freeze, and about 2:1 in 2025.',
    source: facts(6, 'Ukrainian General Staff; CNN; Syrskyi', '2022–2025'),
  },
  us: {
    text: 'US 155 mm output rose from about 14,000 a month in 2022 to about 28,000 by the end of 2023 and about 40,000 in late 2024, where it stayed into 2025.',
    source: facts(1, 'Defense One; Reuters; Shephard', '2023–2025'),
  },
  eu: {
    text: 'European capacity grew from about 0.3 million shells a year to 1–1.4 million by the end of 2024 (claims of 2 million by the end of 2025).',
    source: facts(2, 'European Commission; FT; The Economist', '2024–2025'),
  },
  russia: {
    text: 'Russia made about 2–2.5 million shells in 2023 and 3–4.5 million in 2024, and imported millions from North Korea.',
    source: facts(5, 'RUSI; Estonian intelligence; South Korean defence ministry', '2023–2025'),
  },
  stinger: {
    text: 'The restarted Stinger line delivered its first new missiles about 30 months after the May 2022 order.',
    source: facts(7, 'Reuters; Raytheon', '2022–2023'),
  },
  outproduce: { text: 'NATO’s Secretary General said the alliance out-produced Russia in ammunition only in late 2025.', source: A.forum2025 },
  eu1m: {
    text: 'The EU delivered about half of its promised million shells by March 2024, and the full amount about nine months late.',
    source: facts(2, 'Borrell; Politico EU', '2024'),
  },
};

const SPECS: Spec[] = [
  {
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
      obj('hold-ground', 'territoryLostMax', 450, 2300, 30, 'Keep Russian gains under 450 km² by June 2023 (nothing at 2,300 km²).'),
      obj('fire-ratio', 'avgFireRatioMax', 28_000, 66_000, 25, 'Keep the average fire ratio at 2.8:1 or better (nothing at 6.6:1).'),
      obj('readiness', 'readinessKept', 0, 5, 20, 'End with every ally at or above its readiness floors.'),
      obj('cohesion', 'cohesionMin', 7000, 4000, 10, 'Keep alliance cohesion at 70 % or more.'),
      obj('requests', 'requestsMet', 2, 0, 10, 'Meet Ukraine’s requests on time.'),
      obj('pay-firms', 'noDebt', 0, 1000, 5, 'Pay firms on time (nothing at €1 bn of debt).'),
    ],
    winScore: 92,
    record: [RECORD.ratio, RECORD.us, RECORD.gains],
  },
  {
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
      obj('hold-ground', 'territoryLostMax', 150, 1000, 25, 'Keep Russian gains under 150 km² by August 2023 (nothing at 1,000 km²).'),
      obj('fire-ratio', 'avgFireRatioMax', 23_000, 57_000, 25, 'Keep the average fire ratio at 2.3:1 or better (nothing at 5.7:1).'),
      obj('requests', 'requestsMet', 3, 0, 25, 'Meet Ukraine’s requests, air defence first.'),
      obj('readiness', 'readinessKept', 0, 5, 10, 'End with every ally at or above its readiness floors.'),
      obj('cohesion', 'cohesionMin', 7000, 4000, 15, 'Keep alliance cohesion at 70 % or more.'),
    ],
    winScore: 77,
    record: [RECORD.ratio, RECORD.stinger, RECORD.us],
  },
  {
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
      obj(
        'hold-ground',
        'territoryLostMax',
        3000,
        11_000,
        30,
        'Keep Russian gains under 3,000 km² (history: about 4,800 km² from Feb 2023 to Dec 2024; nothing at 11,000).',
      ),
      obj('fire-ratio', 'avgFireRatioMax', 28_000, 88_000, 25, 'Keep the average fire ratio at 2.8:1 or better for Ukraine (nothing at 8.8:1).'),
      obj('readiness', 'readinessKept', 0, 6, 15, 'End with every ally at or above its readiness floors.'),
      obj('cohesion', 'cohesionMin', 7000, 4000, 10, 'Keep alliance cohesion at 70 % or more.'),
      obj('out-produce', 'outproduceRussia', '2024-06', '2024-12', 5, 'Out-produce Russia in shells by June 2024 (history: not before 2025).'),
      obj('requests', 'requestsMet', 3, 0, 10, 'Meet Ukraine’s requests on time.'),
      obj('pay-firms', 'noDebt', 0, 2000, 5, 'Pay firms on time: no debts at the end (nothing at €2 bn).'),
    ],
    winScore: 85,
    record: [RECORD.gains, RECORD.ratio, RECORD.us, RECORD.russia, RECORD.eu1m, RECORD.outproduce, RECORD.stinger],
  },
  {
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
      obj(
        'hold-ground',
        'territoryLostMax',
        3000,
        6300,
        30,
        'Keep Russian gains under 3,000 km² (history: about 3,300 km² in the second half of 2024 alone; nothing at 6,300).',
      ),
      obj('fire-ratio', 'avgFireRatioMax', 25_000, 41_000, 20, 'Keep the average fire ratio at 2.5:1 or better (nothing at 4.1:1).'),
      obj('requests', 'requestsMet', 1, 0, 15, 'Deliver the Stingers Ukraine asks for.'),
      obj('cohesion', 'cohesionMin', 7000, 4000, 15, 'Keep alliance cohesion at 70 % or more.'),
      obj('readiness', 'readinessKept', 0, 6, 10, 'End with every ally at or above its readiness floors.'),
      obj('pay-firms', 'noDebt', 0, 2000, 10, 'Pay firms on time (nothing at €2 bn of debt).'),
    ],
    winScore: 90,
    record: [RECORD.gains, RECORD.us, RECORD.eu, RECORD.stinger],
  },
  {
    id: 'turning-the-tide',
    title: 'Turning the tide (Jan – Dec 2025)',
    era: '2025-01',
    start: '2025-01',
    end: '2025-12',
    briefing:
      '2025. New lines are finally producing, and NATO will claim by November that it out-produces Russia in ammunition. But the inputs are fragile: China controls cotton linters and rare earths, North Korea and Iran keep Russia supplied, and firms cannot hire skilled workers fast enough. US aid pauses, then resumes through European purchases. Keep the ratio near 2:1 and the lines running.',
    learningGoals: [
      'Explain why inputs (propellant, explosives, rare earths) can bind before money does.',
      'Explain how Russia’s war economy scales differently from Europe’s.',
      'Decide where production beats drawdowns.',
    ],
    sources: [A.forum2025, A.summit2024],
    objectives: [
      obj('hold-ground', 'territoryLostMax', 1800, 3600, 35, 'Keep Russian gains under 1,800 km² (history: over 5,600 km² in 2025; nothing at 3,600).'),
      obj('fire-ratio', 'avgFireRatioMax', 20_000, 26_000, 30, 'Keep the average fire ratio at 2:1 or better (nothing at 2.6:1).'),
      obj('out-produce', 'outproduceRussia', '2025-06', '2025-12', 5, 'Out-produce Russia in shells by mid-2025.'),
      obj('cohesion', 'cohesionMin', 7000, 4000, 15, 'Keep alliance cohesion at 70 % or more.'),
      obj('readiness', 'readinessKept', 0, 6, 10, 'End with every ally at or above its readiness floors.'),
      obj('pay-firms', 'noDebt', 0, 2000, 5, 'Pay firms on time (nothing at €2 bn of debt).'),
    ],
    winScore: 83,
    record: [RECORD.gains, RECORD.ratio, RECORD.outproduce, RECORD.eu],
  },
  {
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
      obj(
        'hold-ground',
        'territoryLostMax',
        5200,
        29_000,
        30,
        'Keep Russian gains under 5,200 km² (history: over 10,000 km² from Sep 2022 to Dec 2025; nothing at 29,000).',
      ),
      obj('fire-ratio', 'avgFireRatioMax', 23_000, 82_000, 25, 'Keep the average fire ratio at 2.3:1 or better (nothing at 8.2:1).'),
      obj('out-produce', 'outproduceRussia', '2025-01', '2026-12', 10, 'Out-produce Russia in shells by 2025.'),
      obj('requests', 'requestsMet', 5, 0, 10, 'Meet Ukraine’s requests on time.'),
      obj('cohesion', 'cohesionMin', 7000, 4000, 10, 'Keep alliance cohesion at 70 % or more.'),
      obj('readiness', 'readinessKept', 0, 6, 10, 'End with every ally at or above its readiness floors.'),
      obj('pay-firms', 'noDebt', 0, 3000, 5, 'Pay firms on time (nothing at €3 bn of debt).'),
    ],
    winScore: 78,
    record: Object.values(RECORD),
  },
];

export function buildScenario(spec: Spec): ScenarioFile {
  const st = STATE[spec.era];
  const events = eventsBetween(spec.start, spec.end);
  const decks = DECKS.filter((d) => events.some((e) => e.deck === d.id)).map((d) => ({
    ...d,
    draw: Math.min(d.draw, events.filter((e) => e.deck === d.id).length),
  }));
  return {
    $schema: './schema.json',
    format: 'race-of-logistics/scenario',
    version: 1,
    id: spec.id,
    title: spec.title,
    briefing: spec.briefing,
    learningGoals: spec.learningGoals,
    sources: spec.sources,
    start: spec.start,
    end: spec.end,
    playable: nations(spec.era, spec.start).map((n) => n.id),
    winScore: spec.winScore,
    rules: RULES,
    nations: nations(spec.era, spec.start),
    constraints: CONSTRAINTS,
    firms: firmsFor(spec.era),
    lines: lines(spec.era),
    plantTemplates: templates(spec.era),
    contracts: contracts(spec.era, spec.start),
    sectors: sectors(spec.era),
    ukraine: {
      stock: { shell: st.ukraineShells, stinger: st.ukraineStingers },
      fireDemandPath: UKRAINIAN_FIRE,
      rationBp: 4500,
      airDefenceNeed: 800,
      ownProductionPerMonth: 40_000,
      recruitsPerMonth: 22_000,
    },
    russia: {
      stockShells: st.russiaStock,
      productionPath: RUSSIAN_PRODUCTION,
      fireDemandPath: RUSSIAN_FIRE,
      offensivePath: RUSSIAN_OFFENSIVE,
      concentrationBp: 2500,
      feintChanceBp: 1500,
      recruitsPerMonth: st.recruits,
      stockMonthsReserve: 10,
    },
    inputs: { supplyPerMonth: { propellant: st.propellant, explosive: st.explosive, rareEarth: 200 } },
    politics: { escalationBp: st.escalation, cohesionBp: st.cohesion },
    decks,
    events,
    objectives: spec.objectives,
    record: spec.record,
  };
}

export const SCENARIO_SPECS = SPECS;

if (process.argv[1]?.endsWith('build.ts')) {
  for (const spec of SPECS) {
    const sc = buildScenario(spec);
    const check = validateScenario(sc);
    if (!check.ok) throw new Error(`${spec.id}: ${check.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
    writeFileSync(join(import.meta.dirname, '../../scenarios', `${spec.id}.json`), JSON.stringify(sc, null, 2) + '\n');
    console.log(`scenarios/${spec.id}.json: ${sc.events.length} events, ${sc.end} ← ${sc.start}`);
  }
}
