/**
 * The war around the industry: the rules of the production race, what each
 * side makes and wants to fire month by month, and Ukraine, Russia, the
 * inputs and politics at each era's start.
 */
import type { ScenarioFile } from '../../src/scenario/schema';
import type { Era } from './world';

/** Rules every shipped scenario plays by. */
export const RULES: ScenarioFile['rules'] = {
  shiftLeadMonths: 2, // 1–2 months for an extra shift (GAME.md §4)
  weekendBonusBp: 2000,
  weekendAccidentBp: 150,
  plantSlipChanceBp: 5000, // announced targets often arrive 12–24 months late (calibration-facts §11)
  plantSlipMinMonths: 6,
  plantSlipMaxMonths: 18,
  industrialPlanDiscountBp: 1500,
  // Firms open lines only against guaranteed, stable orders (002_ff5156d6f156cb6d.txt, Sep 2022): a buyer who walks away
  // pays 20 % of the undelivered value, leaves the unspent advance with the firm, and loses a quarter of its trust
  // (a game calibration, not a reported figure).
  cancelPenaltyBp: 2000,
  cancelTrustLossBp: 2500,
  latePaymentTrustLossBp: 300,
  maxOffersPerFirmPerTurn: 3,
};

// Each point where a path changes may say why, with its source: the report tells the player when the month comes
// (resolve/scripted.ts), so a swing no decision caused is never left unexplained. Prose only: content hashes are unchanged.
const S5 = (outlet: string, date: string) => ({ file: 'calibration-facts.md §5', outlet, date });
const S6 = (outlet: string, date: string) => ({ file: 'calibration-facts.md §6', outlet, date });
const S10 = (outlet: string, date: string) => ({ file: 'calibration-facts.md §10', outlet, date });

// Russia: ~0.4 M shells in 2022, 2–2.5 M in 2023, 3–4.5 M in 2024 with refurbished rounds (calibration-facts §5, §11).
/**
 * Russia's war economy (calibration-facts §5, §11). Defence spending: SIPRI puts 2024 at 7.1 % of GDP after a 38 % rise,
 * so about 5.2 % in 2023, and 2025 at about 7.2 %; 2022's 4 % is our reading of the pre-war level. Each bp of GDP pays,
 * once its plants are built six months on, for 235 new shells a month: 7.1 % → about 167,000, the "2 million a year of
 * 152 mm" Kasčiūnas counts as new production in 2024. Depots refurbish old rounds, from about 10,000 a month in autumn 2022
 * (2022's 0.4 M with refurbishment) rising 8,000 a month to 150,000, never more than 3 % a month of a pool of 8 M old
 * rounds: with the new lines about 2.4 M shells in 2023 and 3.5 M in 2024 (the record's 2–2.5 M and 3–4.5 M).
 */
const RUSSIAN_ECONOMY = {
  defenceSharePath: [
    { from: '2022-01', perMonth: 400 },
    {
      from: '2023-01',
      perMonth: 520,
      text: 'Russia raises its defence budget to about 5 % of GDP; new shell lines follow months later.',
      source: S5('SIPRI (7.1 % in 2024, +38 %)', 'Apr 2025'),
    },
    {
      from: '2024-01',
      perMonth: 710,
      text: 'Russia spends 7.1 % of GDP on defence, nearly a fifth of all state spending.',
      source: S5('SIPRI; IISS', 'Apr 2025'),
    },
    { from: '2025-01', perMonth: 720, text: 'Russian defence spending holds at about 7.2 % of GDP.', source: S5('SIPRI Insights', '2025') },
  ],
  newShellsPerShareBp: 202,
  leadMonths: 6,
  newRampPerMonth: 10_000,
  refurbRampPerMonth: 10_000,
  refurbMaxPerMonth: 180_000,
  refurbPoolRateBp: 300,
  source: S5('SIPRI; Kasčiūnas (Business Insider); Estonian analysis via Guardian Weekly', '2024–25'),
};

/**
 * Russia's doctrine (calibration-facts §6, §10): it pressed hardest while Ukraine rationed shells (early 2024, five to
 * seven Russian rounds to one), and Ukraine's staff put the ratio it needs to hold, and to counter-attack, at 3:1 to 1.5:1.
 * The thresholds and shares are the game's reading of those, not reported figures.
 */
const RUSSIAN_DOCTRINE = {
  offensiveBelowBp: 6_000,
  offensiveRatioBp: 35_000,
  offensivePressureBp: 3_000,
  offensiveConcentrationBp: 4_000,
  buildUpMonths: 4,
  digInPressureBp: 1_500,
  digInConcentrationBp: 1_000,
  rebuildBelowMonths: 5,
  rebuildFireBp: 8_500,
  rebuildOutputBp: 1_000,
  source: S6('CNN; Syrskyi; Ukrainian General Staff via RBK-Ukraine', 'Feb–Aug 2024'),
};
// What its doctrine wants to fire: ~20–40k a day in 2022, down in summer 2023, up again in autumn (§6).
const RUSSIAN_FIRE = [
  { from: '2022-09', perMonth: 750_000 },
  {
    from: '2022-11',
    perMonth: 600_000,
    text: 'Russian fire falls from its summer peak of 40,000 to 60,000 rounds a day to about 20,000.',
    source: S6('NBC (US defence official)', 'Nov 2022'),
  },
  {
    from: '2023-01',
    perMonth: 450_000,
    text: 'Russia rations its fire in winter: 10,000 to 17,000 rounds a day, down by up to three quarters in places.',
    source: S6('CNN via Defense Express', 'Jan 2023'),
  },
  {
    from: '2023-03',
    perMonth: 600_000,
    text: 'Russia presses its winter offensive around Bakhmut with about 20,000 rounds a day.',
    source: S6('Reznikov via Babel', '20 Feb 2023'),
  },
  {
    from: '2023-06',
    perMonth: 220_000,
    text: "Ukraine's counter-offensive puts Russia on the defensive: its worn guns fire about 5,000 to 7,000 rounds a day.",
    source: S6('Watling (Guardian)', '27 Dec 2023'),
  },
  {
    from: '2023-10',
    perMonth: 600_000,
    text: 'The counter-offensive is spent and Russia attacks again, around Avdiivka, with 20,000 rounds a day and more.',
    source: S6('Syrskyi; Watling (Guardian)', 'Dec 2023'),
  },
  {
    from: '2024-01',
    perMonth: 570_000,
    text: 'Russia keeps up its fire while US aid is blocked: five to seven Russian rounds for each Ukrainian one.',
    source: S6('CNN; Syrskyi', 'Mar–Aug 2024'),
  },
  { from: '2024-07', perMonth: 450_000, text: 'Russian fire eases to about 15,000 rounds a day.', source: S6('Syrskyi (censor.net)', '20 Aug 2024') },
  {
    from: '2025-01',
    perMonth: 380_000,
    text: 'Russian artillery fire "practically halves" from its 2024 level, as drones take over part of its work.',
    source: S6('Syrskyi (Reuters via LBC)', '26 Sep 2025'),
  },
  { from: '2025-07', perMonth: 320_000 },
];
// Ground pressure besides artillery: the 2024 manpower surge, glide bombs and drones (§10: gains do not track shells alone).
const RUSSIAN_OFFENSIVE = [
  { from: '2022-09', perMonth: 10_000 },
  {
    from: '2023-01',
    perMonth: 5_000,
    text: 'Russia’s winter assaults around Bakhmut and Vuhledar cost it dearly for little ground: in all of 2023 it takes about 584 km².',
    source: S10('AFP/ISW via Moscow Times', '2023'),
  },
  {
    from: '2024-01',
    perMonth: 24_500,
    text: 'Russia signs up 25,000 to 35,000 contract soldiers a month and adds glide bombs and drones: its assaults take more ground than its shells alone explain.',
    source: S10('The Economist; ISW', '2024'),
  },
  {
    from: '2024-07',
    perMonth: 40_000,
    text: 'Russian assaults accelerate: 2,356 km² taken from September to November 2024 alone.',
    source: S10('ISW via AFP', 'Jan 2025'),
  },
  { from: '2025-01', perMonth: 34_000 },
];
// Ukraine's doctrine: 6–7k rounds a day in 2022, more in the summer 2023 counter-offensive (§6).
const UKRAINIAN_FIRE = [
  { from: '2022-09', perMonth: 200_000 },
  { from: '2023-01', perMonth: 180_000 },
  {
    from: '2023-06',
    perMonth: 300_000,
    text: "Ukraine's counter-offensive: its guns fire more than at any time since 2022.",
    source: S6('EU estimate; Kofman', 'summer 2023'),
  },
  {
    from: '2023-10',
    perMonth: 200_000,
    text: 'The counter-offensive ends and Ukraine rations its shells again.',
    source: S6('Syrskyi; Watling (Guardian)', 'Dec 2023'),
  },
  { from: '2025-01', perMonth: 190_000 },
];

/** The input plants the allies paid for in Feb–Mar 2024 (historical.ts), with the months they open. */
const FUNDED_2024 = [
  { plantId: 'nitrochemie-powder', nationId: 'DE', readyMonth: '2025-04' },
  { plantId: 'nitro-chem-tnt', nationId: 'PL', readyMonth: '2025-09' },
  { plantId: 'eu-explosives-line', nationId: 'CZ', readyMonth: '2025-09' },
];

const STATE: Record<
  Era,
  {
    russiaStock: number;
    /** the war economy at the era's start, as the 2022-09 course leaves it (RUSSIAN_ECONOMY): new capacity, depot capacity, old rounds left */
    russiaNew: number;
    russiaRefurb: number;
    russiaPool: number;
    ukraineShells: number;
    ukraineStingers: number;
    escalation: number;
    cohesion: number;
    recruits: number;
    propellant: number;
    explosive: number;
    /** the input plants the record had paid for by the era's start (historical.ts), opening when the full campaign opens them */
    fundedInputs?: { plantId: string; nationId: string; readyMonth: string }[];
  }
> = {
  '2022-09': {
    russiaStock: 14_000_000,
    russiaNew: 33_000,
    russiaRefurb: 10_000,
    russiaPool: 8_000_000,
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
    russiaNew: 53_000,
    russiaRefurb: 30_000,
    russiaPool: 7_950_000,
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
    russiaNew: 80_800,
    russiaRefurb: 60_000,
    russiaPool: 7_800_000,
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
    russiaNew: 105_040,
    russiaRefurb: 180_000,
    russiaPool: 5_421_000,
    ukraineShells: 250_000,
    ukraineStingers: 300,
    escalation: 3500,
    cohesion: 6500,
    recruits: 32_000,
    propellant: 950_000,
    explosive: 1_000_000,
    fundedInputs: FUNDED_2024,
  },
  '2025-01': {
    russiaStock: 3_000_000,
    russiaNew: 143_420,
    russiaRefurb: 180_000,
    russiaPool: 4_516_000,
    ukraineShells: 350_000,
    ukraineStingers: 400,
    escalation: 3500,
    cohesion: 6500,
    recruits: 32_000,
    propellant: 950_000,
    explosive: 1_000_000,
    fundedInputs: [...FUNDED_2024, { plantId: 'us-tnt-plant', nationId: 'US', readyMonth: '2027-11' }],
  },
};

/**
 * What the seed chooses for each war, within the record: Russia's recruitment runs at 25,000–35,000
 * a month (§10), so its ground pressure at ×0.83–1.17 of the path's middle; North Korea's deliveries
 * are counted at 4–6 million shells from Sep 2023 to Mar 2025 (§5), so each shipment at ×0.8–1.2.
 */
const SEEDED_RUSSIA = {
  manpower: {
    minBp: 8_333,
    maxBp: 11_667,
    text: 'Russia signs up 25,000 to 35,000 contract soldiers a month; where in that range this war lies is the seed’s.',
    source: S10('The Economist; ISW', '2024'),
  },
  imports: {
    minBp: 8_000,
    maxBp: 12_000,
    text: 'North Korea sent Russia 4 to 6 million shells from Sep 2023 to Mar 2025 by a conservative count; where in that range this war lies is the seed’s.',
    source: S5('Reuters; RUSI Open Source Centre', 'Apr 2025'),
  },
  // §10, §11: the big pushes followed recruitment, weather and Ukraine's shortages rather than a calendar (Avdiivka
  // from Oct 2023, the autumn-2024 acceleration); how early or late is a game calibration.
  offensiveTiming: {
    minMonths: -1,
    maxMonths: 2,
    text: 'When Russia’s big pushes begin follows its recruits, the weather and Ukraine’s shortages; in this war they may come a month earlier or two later than the record’s dates.',
    source: S10('ISW via AFP', '2023–25'),
  },
};

const S1 = (outlet: string, date: string) => ({ file: 'calibration-facts.md §1', outlet, date });
const S2 = (outlet: string, date: string) => ({ file: 'calibration-facts.md §2', outlet, date });
const S4 = (outlet: string, date: string) => ({ file: 'calibration-facts.md §4', outlet, date });

/**
 * Plants a state can pay for that add explosive fill or propellant for every Western line (a shell takes about 10 kg
 * of fill and 8 of propellant). Lead times from the record: a new TNT plant about three years from award (§1, the
 * Army's $435 m Kentucky award), expansions of running plants in 14–18 months (§3's fast case). What each adds
 * (15,000–30,000 shells' worth a month) and the expansions' costs are this game's calibration, not reported figures.
 */
export const INPUT_PLANTS: NonNullable<ScenarioFile['inputPlants']> = [
  {
    id: 'nitro-chem-tnt',
    input: 'explosive',
    name: 'TNT line expansion in northern Poland (Nitro-Chem)',
    nationId: 'PL',
    capexEur: 200_000_000,
    buildMonths: 18,
    addsPerMonth: 300_000,
    source: S4('The Economist (the last large EU TNT maker is in northern Poland)', '2024'),
  },
  {
    id: 'eu-explosives-line',
    input: 'explosive',
    name: 'Explosives line expansion in Czechia (ASAP-style grant)',
    nationId: 'CZ',
    capexEur: 60_000_000,
    buildMonths: 18,
    addsPerMonth: 80_000,
    source: S2('Council and Commission (ASAP: €124 m for explosives)', '2023–24'),
  },
  {
    id: 'us-tnt-plant',
    input: 'explosive',
    name: 'A US TNT plant (Graham, Kentucky)',
    nationId: 'US',
    capexEur: 400_000_000,
    buildMonths: 36,
    addsPerMonth: 300_000,
    source: S1('AP (Repkon USA award, first TNT about three years out)', '8 Nov 2024'),
  },
  {
    id: 'nitrochemie-powder',
    input: 'propellant',
    name: 'Nitrochemie propellant expansion (Aschau)',
    nationId: 'DE',
    capexEur: 150_000_000,
    buildMonths: 14,
    addsPerMonth: 150_000,
    source: S4('dimensions-magazin (four shifts, 24/7 since Oct 2022)', 'Aug 2023'),
  },
];

/** Ukraine, Russia, the input supply and politics as they stand at the era's start. */
export function warState(era: Era): Pick<ScenarioFile, 'ukraine' | 'russia' | 'inputs' | 'inputPlantsFunded' | 'politics'> {
  const st = STATE[era];
  return {
    ...(st.fundedInputs ? { inputPlantsFunded: st.fundedInputs.map((x) => ({ ...x })) } : {}),
    ukraine: {
      stock: { shell: st.ukraineShells, stinger: st.ukraineStingers },
      fireDemandPath: UKRAINIAN_FIRE,
      rationBp: 4500,
      airDefenceNeed: 800,
      ownProductionPerMonth: 40_000,
      recruitsPerMonth: 22_000,
    },
    russia: {
      seeded: SEEDED_RUSSIA,
      stockShells: st.russiaStock,
      economy: { ...RUSSIAN_ECONOMY, newCapacity: st.russiaNew, refurbCapacity: st.russiaRefurb, refurbPool: st.russiaPool },
      doctrine: RUSSIAN_DOCTRINE,
      fireDemandPath: RUSSIAN_FIRE,
      offensivePath: RUSSIAN_OFFENSIVE,
      concentrationBp: 2500,
      feintChanceBp: 1500,
      recruitsPerMonth: st.recruits,
      stockMonthsReserve: 10,
    },
    inputs: [
      { id: 'explosive', name: 'explosive fill', unit: 'kg', supplyPerMonth: st.explosive },
      { id: 'propellant', name: 'propellant (nitrocellulose)', unit: 'kg', supplyPerMonth: st.propellant },
      { id: 'rareEarth', name: 'rare earths for seekers', unit: 'seeker sets', supplyPerMonth: 200 },
    ],
    politics: { escalationBp: st.escalation, cohesionBp: st.cohesion },
  };
}
