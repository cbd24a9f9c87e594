/**
 * What the allies actually did, as the moves the `historical` policy plays
 * (calibration-facts §1–§3, §7, §9). Each scenario keeps the moves whose
 * lines, plants and firms it has.
 * - The US drew heavily on its stocks (>1 M rounds by Feb 2023, >2 M by Nov 2023),
 *   moved Scranton and Iowa to more shifts and weekends, placed multi-year Army
 *   orders and paid for new plants itself (Wilkes-Barre, Mesquite, Camden).
 * - Europe drew down to its floors, added shifts, expanded existing plants with
 *   national and EU (ASAP) money in 2023, bought in short top-up contracts, and
 *   signed the €8.5 bn Rheinmetall framework only in Jun 2024.
 * - NATO's agency placed a multinational Stinger order at the Jul 2024 summit.
 */
import type { ScenarioFile } from '../../src/scenario/schema';

type Historical = NonNullable<ScenarioFile['historical']>;
type Move = Historical['moves'][number];

const shifts = (from: string, nation: string, lineId: string, count: number): Move => ({ kind: 'shifts', from, nation, lineId, shifts: count });
const plant = (from: string, nation: string, templateId: string): Move => ({ kind: 'plant', from, nation, templateId });
const weekends = (from: string, nation: string, lineId: string): Move => ({ kind: 'weekends', from, nation, lineId });
const inputPlant = (from: string, nation: string, plantId: string): Move => ({ kind: 'inputPlant', from, nation, plantId });

const MOVES: Move[] = [
  // United States (calibration-facts §1)
  shifts('2022-10', 'US', 'gd-iowa', 2),
  {
    kind: 'order',
    month: '2023-01',
    nation: 'US',
    firmId: 'gd-ots',
    product: 'shell',
    buyers: [{ nationId: 'US', shareBp: 10000 }],
    perMonth: 14_000,
    months: 60,
    advanceBp: 1500,
    deliverTo: 'stock',
  },
  shifts('2023-02', 'US', 'gd-scranton', 3),
  plant('2023-03', 'US', 'gd-mesquite'),
  weekends('2023-06', 'US', 'gd-scranton'),
  weekends('2023-06', 'US', 'gd-iowa'),
  plant('2023-06', 'US', 'gd-camden'),
  {
    kind: 'order',
    month: '2024-03',
    nation: 'US',
    firmId: 'gd-ots',
    product: 'shell',
    buyers: [{ nationId: 'US', shareBp: 10000 }],
    perMonth: 12_000,
    months: 60,
    advanceBp: 1500,
    deliverTo: 'stock',
  },
  // Europe (calibration-facts §2, §3)
  shifts('2022-12', 'FR', 'knds-bourges', 2),
  shifts('2023-03', 'DE', 'rh-unterluss', 3),
  plant('2023-02', 'DE', 'rh-unterluss-expansion'),
  shifts('2023-04', 'RN', 'rh-expal', 3),
  plant('2023-04', 'RN', 'rh-expal-expansion'),
  shifts('2023-05', 'CZ', 'csg-novaky', 3),
  plant('2023-05', 'RN', 'csg-expansion'), // the Slovak plants, paid by others than Czechia
  shifts('2023-06', 'NO', 'nammo-raufoss', 2),
  plant('2023-06', 'NO', 'nammo-expansion'),
  shifts('2023-07', 'UK', 'bae-glascoed', 2),
  shifts('2023-07', 'PL', 'pgz-skarzysko', 2),
  shifts('2023-07', 'FR', 'knds-bourges', 3),
  plant('2023-07', 'FR', 'knds-expansion'),
  plant('2023-07', 'PL', 'pgz-expansion'),
  plant('2023-07', 'UK', 'bae-glascoed-2'),
  plant('2024-02', 'DE', 'rh-unterluss-2'),
  {
    kind: 'order',
    month: '2024-06',
    nation: 'DE',
    firmId: 'rheinmetall',
    product: 'shell',
    buyers: [
      { nationId: 'DE', shareBp: 7000 },
      { nationId: 'NL', shareBp: 2000 },
      { nationId: 'EE', shareBp: 1000 },
    ],
    perMonth: 8000,
    months: 72,
    advanceBp: 1500,
    deliverTo: 'stock',
  },
  plant('2024-07', 'NO', 'nammo-raufoss-2'),
  {
    kind: 'order',
    month: '2024-07',
    nation: 'RN',
    firmId: 'raytheon',
    product: 'stinger',
    buyers: [
      { nationId: 'RN', shareBp: 5000 },
      { nationId: 'DE', shareBp: 3000 },
      { nationId: 'NL', shareBp: 2000 },
    ],
    perMonth: 40,
    months: 60,
    advanceBp: 1500,
    deliverTo: 'stock',
  },
  plant('2025-08', 'RN', 'rh-baisogala'),
  // Explosive fill and propellant (calibration-facts §1, §3, §4): Nitrochemie's further 40 % by mid-2025, the TNT and
  // explosives expansions of the Mar 2024 ASAP awards (Poland, Czechia), and the Army's Kentucky TNT award of Nov 2024.
  inputPlant('2024-02', 'DE', 'nitrochemie-powder'),
  inputPlant('2024-03', 'PL', 'nitro-chem-tnt'),
  inputPlant('2024-03', 'CZ', 'eu-explosives-line'),
  inputPlant('2024-11', 'US', 'us-tnt-plant'),
];

/** The record for a scenario: the moves it can play (its lines, plants and firms), the drawdown shares and the plan date. */
export function historicalFor(sc: Pick<ScenarioFile, 'lines' | 'plantTemplates' | 'firms' | 'inputPlants'>): Historical {
  const lines = new Set(sc.lines.map((l) => l.id));
  const templates = new Set(sc.plantTemplates.map((t) => t.id));
  const firms = new Set(sc.firms.map((f) => f.id));
  const inputPlants = new Set((sc.inputPlants ?? []).map((x) => x.id));
  const playable = (m: Move) =>
    m.kind === 'order'
      ? firms.has(m.firmId)
      : m.kind === 'plant'
        ? templates.has(m.templateId)
        : m.kind === 'inputPlant'
          ? inputPlants.has(m.plantId)
          : lines.has(m.lineId);
  return {
    moves: MOVES.filter(playable),
    // Share of stock above the readiness floor each ally sends a month; the US sent the most.
    drawdownShareBp: { US: 800 },
    defaultDrawdownShareBp: 400,
    topUpBudgetShareBp: 5000,
    // Plans were submitted after the Washington summit's call, by the end of 2024 (source 003).
    industrialPlansFrom: '2024-12',
  };
}
