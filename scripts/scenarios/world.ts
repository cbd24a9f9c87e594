/**
 * The world the scenarios share: nations, firms, lines, plants and the front,
 * as they stood at each scenario's start. Figures from calibration-facts.md
 * (section numbers in the comments); the rest are stated assumptions.
 */
import type { ScenarioFile } from '../../src/scenario/schema';

export type Era = '2022-09' | '2022-11' | '2023-02' | '2024-07' | '2025-01';
type Nation = ScenarioFile['nations'][number];
type Firm = ScenarioFile['firms'][number];
type Line = ScenarioFile['lines'][number];
type Template = ScenarioFile['plantTemplates'][number];
type Contract = ScenarioFile['contracts'][number];

/** One value for each era a scenario starts in. Eras are YYYY-MM, so they compare as strings. */
type ByEra<T> = Record<Era, T>;
/** A value that either holds in every era or differs by era. */
type InEra<T> = T | ByEra<T>;
const inEra = (value: InEra<number>, era: Era) => (typeof value === 'number' ? value : value[era]);

// Defence spending, % of GDP in bp (calibration-facts §8; NATO estimates and annual reports).
const SHARES: Record<string, Record<number, number>> = {
  US: { 2022: 346, 2023: 324, 2024: 338, 2025: 322 },
  DE: { 2022: 139, 2023: 166, 2024: 212, 2025: 240 },
  FR: { 2022: 189, 2023: 190, 2024: 206, 2025: 210 },
  UK: { 2022: 229, 2023: 228, 2024: 233, 2025: 236 },
  PL: { 2022: 242, 2023: 392, 2024: 412, 2025: 448 },
  CA: { 2022: 129, 2023: 133, 2024: 137, 2025: 200 },
  NL: { 2022: 145, 2023: 170, 2024: 205, 2025: 210 },
  NO: { 2022: 150, 2023: 180, 2024: 220, 2025: 300 },
  CZ: { 2022: 136, 2023: 150, 2024: 210, 2025: 200 },
  EE: { 2022: 234, 2023: 289, 2024: 343, 2025: 338 },
  RN: { 2022: 140, 2023: 150, 2024: 180, 2025: 200 },
};

/** A stock in Sep 2022 and its floors: below the readiness floor a drawdown costs capital and support, the hard floor blocks it. */
interface StockSeed {
  stock: number;
  readinessFloor: number;
  hardFloor: number;
}

interface NationSeed {
  id: string;
  name: string;
  gdpMEur: number;
  /** share of the defence budget this game's levers may use (assumption) */
  munitionsShareBp: number;
  shells: StockSeed;
  stingers: StockSeed;
  capital: number;
  /** public support in Sep 2022, bp */
  support: number;
  elections: string[];
  /** escalation tolerance, bp */
  tolerance: number;
  /** free skilled labour, and its growth a month */
  labour: number;
  labourGrowth: number;
}

const NATIONS: NationSeed[] = [
  {
    id: 'US',
    name: 'United States',
    gdpMEur: 25_000_000,
    munitionsShareBp: 60,
    shells: { stock: 2_600_000, readinessFloor: 1_200_000, hardFloor: 800_000 },
    stingers: { stock: 1500, readinessFloor: 1200, hardFloor: 900 },
    capital: 50,
    support: 6500,
    elections: ['2024-11'],
    tolerance: 8000,
    labour: 3500,
    labourGrowth: 60,
  },
  {
    id: 'DE',
    name: 'Germany',
    gdpMEur: 4_100_000,
    munitionsShareBp: 150,
    shells: { stock: 160_000, readinessFloor: 140_000, hardFloor: 100_000 },
    stingers: { stock: 300, readinessFloor: 250, hardFloor: 150 },
    capital: 45,
    support: 6500,
    elections: ['2025-02'],
    tolerance: 5000,
    labour: 2000,
    labourGrowth: 35,
  },
  {
    id: 'FR',
    name: 'France',
    gdpMEur: 2_800_000,
    munitionsShareBp: 120,
    shells: { stock: 130_000, readinessFloor: 100_000, hardFloor: 70_000 },
    stingers: { stock: 0, readinessFloor: 0, hardFloor: 0 },
    capital: 45,
    support: 6000,
    elections: ['2024-06'],
    tolerance: 6500,
    labour: 1500,
    labourGrowth: 25,
  },
  {
    id: 'UK',
    name: 'United Kingdom',
    gdpMEur: 3_150_000,
    munitionsShareBp: 100,
    shells: { stock: 200_000, readinessFloor: 110_000, hardFloor: 80_000 },
    stingers: { stock: 200, readinessFloor: 150, hardFloor: 100 },
    capital: 50,
    support: 6800,
    elections: ['2024-07'],
    tolerance: 8500,
    labour: 900,
    labourGrowth: 15,
  },
  {
    id: 'PL',
    name: 'Poland',
    gdpMEur: 750_000,
    munitionsShareBp: 150,
    shells: { stock: 220_000, readinessFloor: 150_000, hardFloor: 100_000 },
    stingers: { stock: 300, readinessFloor: 250, hardFloor: 150 },
    capital: 55,
    support: 7500,
    elections: ['2023-10'],
    tolerance: 9500,
    labour: 1200,
    labourGrowth: 25,
  },
  {
    id: 'CA',
    name: 'Canada',
    gdpMEur: 1_950_000,
    munitionsShareBp: 120,
    shells: { stock: 40_000, readinessFloor: 35_000, hardFloor: 25_000 },
    stingers: { stock: 0, readinessFloor: 0, hardFloor: 0 },
    capital: 40,
    support: 6200,
    elections: ['2025-04'],
    tolerance: 7500,
    labour: 500,
    labourGrowth: 8,
  },
  {
    id: 'NL',
    name: 'Netherlands',
    gdpMEur: 1_030_000,
    munitionsShareBp: 150,
    shells: { stock: 60_000, readinessFloor: 50_000, hardFloor: 35_000 },
    stingers: { stock: 200, readinessFloor: 150, hardFloor: 100 },
    capital: 45,
    support: 6500,
    elections: ['2023-11', '2025-10'],
    tolerance: 7500,
    labour: 400,
    labourGrowth: 6,
  },
  {
    id: 'NO',
    name: 'Norway',
    gdpMEur: 450_000,
    munitionsShareBp: 200,
    shells: { stock: 50_000, readinessFloor: 40_000, hardFloor: 30_000 },
    stingers: { stock: 100, readinessFloor: 80, hardFloor: 50 },
    capital: 50,
    support: 7000,
    elections: ['2025-09'],
    tolerance: 7000,
    labour: 600,
    labourGrowth: 8,
  },
  {
    id: 'CZ',
    name: 'Czechia',
    gdpMEur: 305_000,
    munitionsShareBp: 200,
    shells: { stock: 80_000, readinessFloor: 50_000, hardFloor: 35_000 },
    stingers: { stock: 50, readinessFloor: 40, hardFloor: 20 },
    capital: 45,
    support: 6000,
    elections: ['2025-10'],
    tolerance: 8500,
    labour: 900,
    labourGrowth: 15,
  },
  {
    id: 'EE',
    name: 'Estonia',
    gdpMEur: 38_000,
    munitionsShareBp: 300,
    shells: { stock: 20_000, readinessFloor: 18_000, hardFloor: 12_000 },
    stingers: { stock: 50, readinessFloor: 40, hardFloor: 30 },
    capital: 60,
    support: 8000,
    elections: ['2023-03'],
    tolerance: 9500,
    labour: 100,
    labourGrowth: 2,
  },
  {
    id: 'RN',
    name: 'Rest of NATO',
    gdpMEur: 6_500_000,
    munitionsShareBp: 80,
    shells: { stock: 700_000, readinessFloor: 450_000, hardFloor: 300_000 },
    stingers: { stock: 800, readinessFloor: 600, hardFloor: 400 },
    capital: 40,
    support: 6000,
    elections: [],
    tolerance: 5500,
    labour: 3000,
    labourGrowth: 40,
  },
];

/** Stocks drawn down as the war went on (share of the Sep 2022 stock above the readiness floor still there). */
const STOCK_LEFT_BP: ByEra<number> = { '2022-09': 10000, '2022-11': 8000, '2023-02': 6500, '2024-07': 4000, '2025-01': 3500 };
const WAR_FATIGUE_BP: ByEra<number> = { '2022-09': 800, '2022-11': 900, '2023-02': 1000, '2024-07': 2400, '2025-01': 2900 };

/** The nations as they stand at a scenario's start: stocks drawn down, fatigue grown, budgets at that year's share. */
export function nations(era: Era, start: string): Nation[] {
  const year = Number(start.slice(0, 4));
  return NATIONS.map((n) => {
    const left = STOCK_LEFT_BP[era];
    const stock = (v: StockSeed) => v.readinessFloor + Math.floor(((v.stock - v.readinessFloor) * left) / 10000);
    const path = Object.entries(SHARES[n.id]!).map(([y, b]) => ({ year: Number(y), shareBp: b }));
    const share = path.filter((p) => p.year <= year).pop()?.shareBp ?? path[0]!.shareBp;
    const budget = Math.floor((n.gdpMEur * share * n.munitionsShareBp) / 1200);
    return {
      id: n.id,
      name: n.name,
      // Output made here counts as North American in the summaries (calibration-facts §1 against §2).
      region: n.id === 'US' || n.id === 'CA' ? 'north-america' : 'europe',
      gdpMEur: n.gdpMEur,
      sharePath: path,
      munitionsShareBp: n.munitionsShareBp,
      fundsEur: budget * 2,
      stock: { shell: stock(n.shells), stinger: stock(n.stingers) },
      readinessFloor: { shell: n.shells.readinessFloor, stinger: n.stingers.readinessFloor },
      hardFloor: { shell: n.shells.hardFloor, stinger: n.stingers.hardFloor },
      politicalCapital: n.capital,
      // Support falls by half the fatigue gained since Sep 2022.
      supportBp: n.support - (WAR_FATIGUE_BP[era] - WAR_FATIGUE_BP['2022-09']) / 2,
      warFatigueBp: WAR_FATIGUE_BP[era],
      elections: n.elections.filter((e) => e >= start),
      escalationToleranceBp: n.tolerance,
      freeLabour: n.labour,
      labourGrowthPerMonth: n.labourGrowth,
    };
  });
}

// Pre-war shell price ~€2,000; Stinger ~€400k (calibration-facts §3, §7). Firms want ~5 years of orders (source 002).
const FIRMS: Omit<Firm, 'trustBp'>[] = [
  {
    id: 'bae',
    name: 'BAE Systems',
    nationId: 'UK',
    basePriceEur: { shell: 2100, stinger: 0 },
    minMarginBp: 1200,
    guaranteeMonths: 60,
    baseLeadMonths: 6,
    cashEur: 400_000_000,
    templates: ['bae-glascoed-2'],
  },
  {
    id: 'csg',
    name: 'Czechoslovak Group',
    nationId: 'CZ',
    basePriceEur: { shell: 1900, stinger: 0 },
    minMarginBp: 1000,
    guaranteeMonths: 48,
    baseLeadMonths: 4,
    cashEur: 300_000_000,
    templates: ['csg-expansion'],
  },
  {
    id: 'diehl',
    name: 'Diehl Defence',
    nationId: 'DE',
    basePriceEur: { shell: 0, stinger: 450_000 },
    minMarginBp: 1500,
    guaranteeMonths: 72,
    baseLeadMonths: 12,
    cashEur: 300_000_000,
    templates: ['diehl-stinger'],
  },
  {
    id: 'gd-ots',
    name: 'General Dynamics OTS',
    nationId: 'US',
    basePriceEur: { shell: 2000, stinger: 0 },
    minMarginBp: 1200,
    guaranteeMonths: 60,
    baseLeadMonths: 6,
    cashEur: 800_000_000,
    templates: ['gd-wilkes-barre', 'gd-mesquite', 'gd-camden'],
  },
  {
    id: 'knds',
    name: 'KNDS France (Nexter)',
    nationId: 'FR',
    basePriceEur: { shell: 2200, stinger: 0 },
    minMarginBp: 1200,
    guaranteeMonths: 60,
    baseLeadMonths: 6,
    cashEur: 400_000_000,
    templates: ['knds-expansion'],
  },
  {
    id: 'nammo',
    name: 'Nammo',
    nationId: 'NO',
    basePriceEur: { shell: 2100, stinger: 0 },
    minMarginBp: 1000,
    guaranteeMonths: 60,
    baseLeadMonths: 6,
    cashEur: 250_000_000,
    templates: ['nammo-expansion', 'nammo-raufoss-2'],
  },
  {
    id: 'pgz',
    name: 'PGZ (Mesko)',
    nationId: 'PL',
    basePriceEur: { shell: 1900, stinger: 0 },
    minMarginBp: 1000,
    guaranteeMonths: 48,
    baseLeadMonths: 6,
    cashEur: 200_000_000,
    templates: ['pgz-expansion'],
  },
  {
    id: 'raytheon',
    name: 'Raytheon (RTX)',
    nationId: 'US',
    basePriceEur: { shell: 0, stinger: 400_000 },
    minMarginBp: 1500,
    guaranteeMonths: 60,
    baseLeadMonths: 12,
    cashEur: 2_000_000_000,
    templates: ['raytheon-stinger-2'],
  },
  {
    id: 'rheinmetall',
    name: 'Rheinmetall',
    nationId: 'DE',
    basePriceEur: { shell: 2000, stinger: 0 },
    minMarginBp: 1500,
    guaranteeMonths: 60,
    baseLeadMonths: 6,
    cashEur: 1_500_000_000,
    templates: ['rh-unterluss-expansion', 'rh-expal-expansion', 'rh-unterluss-2', 'rh-baisogala'],
  },
];

/** The firms with every plant they could build; no trust earned yet. */
function firms(): ScenarioFile['firms'] {
  return FIRMS.map((f) => ({
    id: f.id,
    name: f.name,
    nationId: f.nationId,
    basePriceEur: f.basePriceEur,
    minMarginBp: f.minMarginBp,
    guaranteeMonths: f.guaranteeMonths,
    baseLeadMonths: f.baseLeadMonths,
    trustBp: {},
    cashEur: f.cashEur,
    templates: f.templates,
  }));
}

interface LineSeed {
  id: string;
  firmId: string;
  plantName: string;
  nationId: string;
  site: [number, number];
  product: 'shell' | 'stinger';
  capacityPerShift: number;
  workersPerShift: number;
  upkeepEurPerMonth: number;
  variableCostEur: number;
  overtimeEurPerMonth: number;
  /** shifts worked at each era's start */
  shifts: ByEra<number>;
}

// Sep 2022: US ~14k a month (Scranton ~11k; calibration-facts §1); Europe ~0.3 M a year (§2, §11).
const LINES: LineSeed[] = [
  {
    id: 'bae-glascoed',
    firmId: 'bae',
    plantName: 'BAE Glascoed',
    nationId: 'UK',
    site: [-2.95, 51.73],
    product: 'shell',
    capacityPerShift: 500,
    workersPerShift: 120,
    upkeepEurPerMonth: 1_500_000,
    variableCostEur: 1500,
    overtimeEurPerMonth: 600_000,
    shifts: { '2022-09': 1, '2022-11': 1, '2023-02': 1, '2024-07': 2, '2025-01': 2 },
  },
  {
    id: 'csg-novaky',
    firmId: 'csg',
    plantName: 'CSG Nováky',
    nationId: 'CZ',
    site: [18.53, 48.72],
    product: 'shell',
    capacityPerShift: 1500,
    workersPerShift: 150,
    upkeepEurPerMonth: 1_800_000,
    variableCostEur: 1300,
    overtimeEurPerMonth: 700_000,
    shifts: { '2022-09': 2, '2022-11': 2, '2023-02': 2, '2024-07': 3, '2025-01': 3 },
  },
  {
    id: 'gd-iowa',
    firmId: 'gd-ots',
    plantName: 'Iowa AAP (load, assemble, pack)',
    nationId: 'US',
    site: [-91.2, 40.8],
    product: 'shell',
    capacityPerShift: 3500,
    workersPerShift: 200,
    upkeepEurPerMonth: 3_000_000,
    variableCostEur: 1500,
    overtimeEurPerMonth: 1_200_000,
    shifts: { '2022-09': 1, '2022-11': 1, '2023-02': 2, '2024-07': 2, '2025-01': 2 },
  },
  {
    id: 'gd-scranton',
    firmId: 'gd-ots',
    plantName: 'Scranton AAP',
    nationId: 'US',
    site: [-75.66, 41.41],
    product: 'shell',
    capacityPerShift: 5500,
    workersPerShift: 250,
    upkeepEurPerMonth: 6_000_000,
    variableCostEur: 1400,
    overtimeEurPerMonth: 1_500_000,
    shifts: { '2022-09': 2, '2022-11': 2, '2023-02': 2, '2024-07': 3, '2025-01': 3 },
  },
  {
    id: 'knds-bourges',
    firmId: 'knds',
    plantName: 'KNDS Bourges',
    nationId: 'FR',
    site: [2.4, 47.08],
    product: 'shell',
    capacityPerShift: 2000,
    workersPerShift: 150,
    upkeepEurPerMonth: 2_000_000,
    variableCostEur: 1600,
    overtimeEurPerMonth: 800_000,
    shifts: { '2022-09': 1, '2022-11': 1, '2023-02': 1, '2024-07': 3, '2025-01': 3 },
  },
  {
    id: 'nammo-raufoss',
    firmId: 'nammo',
    plantName: 'Nammo Raufoss',
    nationId: 'NO',
    site: [10.66, 60.72],
    product: 'shell',
    capacityPerShift: 1000,
    workersPerShift: 100,
    upkeepEurPerMonth: 1_200_000,
    variableCostEur: 1500,
    overtimeEurPerMonth: 500_000,
    shifts: { '2022-09': 1, '2022-11': 1, '2023-02': 1, '2024-07': 2, '2025-01': 2 },
  },
  {
    id: 'pgz-skarzysko',
    firmId: 'pgz',
    plantName: 'Mesko Skarżysko-Kamienna',
    nationId: 'PL',
    site: [20.88, 51.12],
    product: 'shell',
    capacityPerShift: 1000,
    workersPerShift: 120,
    upkeepEurPerMonth: 1_000_000,
    variableCostEur: 1300,
    overtimeEurPerMonth: 500_000,
    shifts: { '2022-09': 1, '2022-11': 1, '2023-02': 1, '2024-07': 2, '2025-01': 2 },
  },
  {
    id: 'rh-expal',
    firmId: 'rheinmetall',
    plantName: 'Expal Murcia (Rheinmetall)',
    nationId: 'RN',
    site: [-1.13, 37.98],
    product: 'shell',
    capacityPerShift: 2000,
    workersPerShift: 150,
    upkeepEurPerMonth: 2_500_000,
    variableCostEur: 1400,
    overtimeEurPerMonth: 800_000,
    shifts: { '2022-09': 2, '2022-11': 2, '2023-02': 2, '2024-07': 3, '2025-01': 3 },
  },
  {
    id: 'rh-unterluss',
    firmId: 'rheinmetall',
    plantName: 'Rheinmetall Unterlüß',
    nationId: 'DE',
    site: [10.29, 52.83],
    product: 'shell',
    capacityPerShift: 3500,
    workersPerShift: 200,
    upkeepEurPerMonth: 4_000_000,
    variableCostEur: 1400,
    overtimeEurPerMonth: 1_200_000,
    shifts: { '2022-09': 2, '2022-11': 2, '2023-02': 2, '2024-07': 3, '2025-01': 3 },
  },
];

interface TemplateSeed {
  id: string;
  firmId: string;
  plantName: string;
  nationId: string;
  site: [number, number];
  product: 'shell' | 'stinger';
  capacityPerShift: number;
  workersPerShift: number;
  capexEur: number;
  buildMonths: number;
  shifts: number;
  /** the era from which it stands as a running line instead (it was built by then) */
  builtBy?: Era;
  /** expansions inside running plants slip less than new plants (Unterlüß: 14 months) */
  slipChanceBp?: number;
}

// Capex ≈ €1,400 per round a year of capacity (Unterlüß €500 m / 350k); 14–36 months to build (§3, §11).
const TEMPLATES: TemplateSeed[] = [
  {
    id: 'bae-glascoed-2',
    firmId: 'bae',
    plantName: 'BAE Glascoed new filling plant',
    nationId: 'UK',
    site: [-2.95, 51.73],
    product: 'shell',
    capacityPerShift: 3000,
    workersPerShift: 200,
    capexEur: 200_000_000,
    buildMonths: 24,
    shifts: 1,
  },
  {
    id: 'csg-expansion',
    firmId: 'csg',
    plantName: 'CSG expansion (Czechia and Slovakia)',
    nationId: 'CZ',
    site: [18.0, 49.3],
    product: 'shell',
    capacityPerShift: 4000,
    workersPerShift: 180,
    capexEur: 180_000_000,
    buildMonths: 10,
    shifts: 2,
    builtBy: '2025-01',
    slipChanceBp: 1000,
  },
  {
    id: 'diehl-stinger',
    firmId: 'diehl',
    plantName: 'Diehl Stinger co-production (Europe)',
    nationId: 'DE',
    site: [11.08, 49.45],
    product: 'stinger',
    capacityPerShift: 30,
    workersPerShift: 120,
    capexEur: 200_000_000,
    buildMonths: 36,
    shifts: 1,
  },
  {
    id: 'gd-camden',
    firmId: 'gd-ots',
    plantName: 'Camden load-assemble-pack plant',
    nationId: 'US',
    site: [-92.83, 33.58],
    product: 'shell',
    capacityPerShift: 12_000,
    workersPerShift: 350,
    capexEur: 600_000_000,
    buildMonths: 22,
    shifts: 1,
  },
  {
    id: 'gd-mesquite',
    firmId: 'gd-ots',
    plantName: 'Mesquite metal-parts plant',
    nationId: 'US',
    site: [-96.6, 32.77],
    product: 'shell',
    capacityPerShift: 10_000,
    workersPerShift: 400,
    capexEur: 800_000_000,
    buildMonths: 24,
    shifts: 1,
  },
  {
    id: 'gd-wilkes-barre',
    firmId: 'gd-ots',
    plantName: 'Wilkes-Barre expansion',
    nationId: 'US',
    site: [-75.88, 41.25],
    product: 'shell',
    capacityPerShift: 8000,
    workersPerShift: 250,
    capexEur: 250_000_000,
    buildMonths: 10,
    shifts: 2,
    builtBy: '2024-07',
    slipChanceBp: 2000,
  },
  {
    id: 'knds-expansion',
    firmId: 'knds',
    plantName: 'KNDS shell expansion',
    nationId: 'FR',
    site: [2.1, 47.3],
    product: 'shell',
    capacityPerShift: 3500,
    workersPerShift: 180,
    capexEur: 150_000_000,
    buildMonths: 10,
    shifts: 2,
    builtBy: '2025-01',
    slipChanceBp: 1000,
  },
  {
    id: 'nammo-expansion',
    firmId: 'nammo',
    plantName: 'Nammo Raufoss and Vanäs expansion',
    nationId: 'NO',
    site: [10.9, 60.5],
    product: 'shell',
    capacityPerShift: 2000,
    workersPerShift: 120,
    capexEur: 80_000_000,
    buildMonths: 10,
    shifts: 2,
    builtBy: '2025-01',
    slipChanceBp: 1000,
  },
  {
    id: 'nammo-raufoss-2',
    firmId: 'nammo',
    plantName: 'Nammo Raufoss new line (2024 deal)',
    nationId: 'NO',
    site: [10.66, 60.72],
    product: 'shell',
    capacityPerShift: 5000,
    workersPerShift: 250,
    capexEur: 100_000_000,
    buildMonths: 24,
    shifts: 1,
  },
  {
    id: 'pgz-expansion',
    firmId: 'pgz',
    plantName: 'PGZ shell expansion',
    nationId: 'PL',
    site: [21.1, 51.3],
    product: 'shell',
    capacityPerShift: 2500,
    workersPerShift: 150,
    capexEur: 150_000_000,
    buildMonths: 10,
    shifts: 2,
    builtBy: '2025-01',
    slipChanceBp: 1000,
  },
  {
    id: 'raytheon-stinger-2',
    firmId: 'raytheon',
    plantName: 'Raytheon second Stinger line',
    nationId: 'US',
    site: [-110.97, 32.22],
    product: 'stinger',
    capacityPerShift: 40,
    workersPerShift: 150,
    capexEur: 250_000_000,
    buildMonths: 30,
    shifts: 1,
  },
  {
    id: 'rh-baisogala',
    firmId: 'rheinmetall',
    plantName: 'Rheinmetall Baisogala (Lithuania)',
    nationId: 'RN',
    site: [23.72, 55.64],
    product: 'shell',
    capacityPerShift: 2500,
    workersPerShift: 200,
    capexEur: 300_000_000,
    buildMonths: 30,
    shifts: 1,
  },
  {
    id: 'rh-expal-expansion',
    firmId: 'rheinmetall',
    plantName: 'Expal expansion (Spain)',
    nationId: 'RN',
    site: [-1.4, 38.2],
    product: 'shell',
    capacityPerShift: 8000,
    workersPerShift: 250,
    capexEur: 280_000_000,
    buildMonths: 10,
    shifts: 2,
    builtBy: '2024-07',
    slipChanceBp: 1000,
  },
  {
    id: 'rh-unterluss-2',
    firmId: 'rheinmetall',
    plantName: 'Rheinmetall Unterlüß new plant',
    nationId: 'DE',
    site: [10.29, 52.83],
    product: 'shell',
    capacityPerShift: 10_000,
    workersPerShift: 300,
    capexEur: 500_000_000,
    buildMonths: 14,
    shifts: 1,
  },
  {
    id: 'rh-unterluss-expansion',
    firmId: 'rheinmetall',
    plantName: 'Unterlüß and Neuenburg expansion',
    nationId: 'DE',
    site: [10.0, 52.6],
    product: 'shell',
    capacityPerShift: 10_000,
    workersPerShift: 300,
    capexEur: 300_000_000,
    buildMonths: 10,
    shifts: 2,
    builtBy: '2024-07',
    slipChanceBp: 1000,
  },
];

/** Whether a plant was built by the era's start, so that it stands as a running line instead of a template. */
const isBuiltBy = (t: TemplateSeed, era: Era) => t.builtBy !== undefined && t.builtBy <= era;

const costs = (product: 'shell' | 'stinger', capacity: number) =>
  product === 'shell'
    ? { upkeepEurPerMonth: Math.max(1_000_000, capacity * 500), variableCostEur: 1400, overtimeEurPerMonth: Math.max(500_000, capacity * 150) }
    : { upkeepEurPerMonth: 5_000_000, variableCostEur: 250_000, overtimeEurPerMonth: 2_000_000 };

// The Stinger line reopened on the May 2022 order: ~30 months to the first new missiles (§7).
const TUCSON_READY = '2024-11';

/** The lines running (or reopening) at the era's start, with the plants built by then. */
export function lines(era: Era): Line[] {
  const base: Line[] = LINES.map((l) => ({
    id: l.id,
    firmId: l.firmId,
    plantName: l.plantName,
    nationId: l.nationId,
    site: l.site,
    product: l.product,
    capacityPerShift: l.capacityPerShift,
    workersPerShift: l.workersPerShift,
    upkeepEurPerMonth: l.upkeepEurPerMonth,
    variableCostEur: l.variableCostEur,
    overtimeEurPerMonth: l.overtimeEurPerMonth,
    status: 'running',
    shifts: l.shifts[era],
    learningMonths: 120,
    reactivationMonths: 0,
    reactivationCostEur: 0,
  }));
  // Plants built by this era stand as running lines, still ramping.
  for (const t of TEMPLATES.filter((x) => isBuiltBy(x, era))) {
    base.push({
      id: `${t.id}-0`,
      firmId: t.firmId,
      plantName: t.plantName,
      nationId: t.nationId,
      site: t.site,
      product: t.product,
      capacityPerShift: t.capacityPerShift,
      workersPerShift: t.workersPerShift,
      ...costs(t.product, t.capacityPerShift),
      status: 'running',
      shifts: t.shifts,
      learningMonths: 12,
      reactivationMonths: 0,
      reactivationCostEur: 0,
    });
  }
  base.push({
    id: 'raytheon-tucson',
    firmId: 'raytheon',
    plantName: 'Raytheon Tucson (Stinger)',
    nationId: 'US',
    site: [-110.97, 32.22],
    product: 'stinger',
    capacityPerShift: 40,
    workersPerShift: 150,
    upkeepEurPerMonth: 5_000_000,
    variableCostEur: 250_000,
    overtimeEurPerMonth: 2_000_000,
    ...(era >= TUCSON_READY
      ? { status: 'running', shifts: 1, learningMonths: 2, reactivationMonths: 30, reactivationCostEur: 150_000_000 }
      : { status: 'reactivating', ready: TUCSON_READY, shifts: 1, learningMonths: 0, reactivationMonths: 30, reactivationCostEur: 150_000_000 }),
  });
  return base.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The plants firms could still build at the era's start. */
export function templates(era: Era): Template[] {
  return TEMPLATES.filter((t) => !isBuiltBy(t, era)).map((t) => ({
    id: t.id,
    firmId: t.firmId,
    plantName: t.plantName,
    nationId: t.nationId,
    site: t.site,
    product: t.product,
    capacityPerShift: t.capacityPerShift,
    workersPerShift: t.workersPerShift,
    capexEur: t.capexEur,
    buildMonths: t.buildMonths,
    shifts: t.shifts,
    ...(t.slipChanceBp !== undefined ? { slipChanceBp: t.slipChanceBp } : {}),
    ...costs(t.product, t.capacityPerShift),
  }));
}

/** Firms' templates minus the plants already built by this era. */
export function firmsFor(era: Era): ScenarioFile['firms'] {
  const available = new Set(templates(era).map((t) => t.id));
  return firms().map((f) => ({ ...f, templates: f.templates.filter((t) => available.has(t)) }));
}

interface ContractSeed {
  firmId: string;
  product: 'shell' | 'stinger';
  /** who pays which share of the bill, bp by nation */
  buyers: Record<string, number>;
  perMonth: InEra<number>;
  months: number;
  unitPriceEur: InEra<number>;
  deliverTo: 'stock' | 'ukraine';
  /** the scenario's first month unless given */
  firstDelivery?: string;
  note: string;
}

const CONTRACTS: ContractSeed[] = [
  {
    firmId: 'gd-ots',
    product: 'shell',
    buyers: { US: 10000 },
    perMonth: { '2022-09': 14_000, '2022-11': 14_000, '2023-02': 20_000, '2024-07': 30_000, '2025-01': 30_000 },
    months: 36,
    unitPriceEur: { '2022-09': 2500, '2022-11': 2500, '2023-02': 2500, '2024-07': 3800, '2025-01': 3800 },
    deliverTo: 'stock',
    note: 'US Army orders for the Army ammunition plants',
  },
  {
    firmId: 'rheinmetall',
    product: 'shell',
    buyers: { DE: 10000 },
    perMonth: { '2022-09': 4000, '2022-11': 4000, '2023-02': 4000, '2024-07': 12_000, '2025-01': 12_000 },
    months: 24,
    unitPriceEur: 3600,
    deliverTo: 'stock',
    note: 'Bundeswehr call-offs (about €3,600 a shell, 2023; calibration-facts §3)',
  },
  {
    firmId: 'rheinmetall',
    product: 'shell',
    buyers: { DE: 5000, NL: 5000 },
    perMonth: { '2022-09': 2000, '2022-11': 2000, '2023-02': 2000, '2024-07': 6000, '2025-01': 6000 },
    months: 18,
    unitPriceEur: 3800,
    deliverTo: 'ukraine',
    note: 'German-Dutch rounds for Ukraine',
  },
  {
    firmId: 'rheinmetall',
    product: 'shell',
    buyers: { RN: 10000 },
    perMonth: { '2022-09': 3000, '2022-11': 3000, '2023-02': 3000, '2024-07': 6000, '2025-01': 6000 },
    months: 18,
    unitPriceEur: 3600,
    deliverTo: 'ukraine',
    note: 'Spanish-made rounds bought by other allies for Ukraine',
  },
  {
    firmId: 'csg',
    product: 'shell',
    buyers: { CZ: 3000, RN: 7000 },
    perMonth: { '2022-09': 2500, '2022-11': 2500, '2023-02': 2500, '2024-07': 6000, '2025-01': 6000 },
    months: 18,
    unitPriceEur: 3200,
    deliverTo: 'ukraine',
    note: 'Czech and Slovak production for Ukraine',
  },
  {
    firmId: 'knds',
    product: 'shell',
    buyers: { FR: 10000 },
    perMonth: { '2022-09': 1500, '2022-11': 1500, '2023-02': 1500, '2024-07': 5000, '2025-01': 5000 },
    months: 24,
    unitPriceEur: 3800,
    deliverTo: 'ukraine',
    note: 'French rounds for Ukraine',
  },
  {
    firmId: 'nammo',
    product: 'shell',
    buyers: { NO: 10000 },
    perMonth: { '2022-09': 800, '2022-11': 800, '2023-02': 800, '2024-07': 2000, '2025-01': 2000 },
    months: 24,
    unitPriceEur: 3500,
    deliverTo: 'stock',
    note: 'Norwegian order (NOK 2.6 bn for 155 mm)',
  },
  {
    firmId: 'bae',
    product: 'shell',
    buyers: { UK: 10000 },
    perMonth: { '2022-09': 400, '2022-11': 400, '2023-02': 400, '2024-07': 900, '2025-01': 900 },
    months: 24,
    unitPriceEur: 3500,
    deliverTo: 'stock',
    note: 'British replenishment order (£190 m; calibration-facts §3)',
  },
  {
    firmId: 'pgz',
    product: 'shell',
    buyers: { PL: 10000 },
    perMonth: { '2022-09': 800, '2022-11': 800, '2023-02': 800, '2024-07': 2000, '2025-01': 2000 },
    months: 24,
    unitPriceEur: 3000,
    deliverTo: 'stock',
    note: 'Polish replenishment order',
  },
];

/** The order that reopened the Tucson line; listed while the line is still reopening. */
const STINGER_ORDER: ContractSeed = {
  firmId: 'raytheon',
  product: 'stinger',
  buyers: { US: 10000 },
  perMonth: 40,
  months: 33,
  unitPriceEur: 480_000,
  deliverTo: 'stock',
  firstDelivery: TUCSON_READY,
  note: 'US Army order of May 2022 to replace donated Stingers (~$480k a missile with support; §7)',
};

const contract = (c: ContractSeed, era: Era, start: string): Contract => ({
  firmId: c.firmId,
  product: c.product,
  buyers: Object.entries(c.buyers).map(([nationId, shareBp]) => ({ nationId, shareBp })),
  perMonth: inEra(c.perMonth, era),
  months: c.months,
  unitPriceEur: inEra(c.unitPriceEur, era),
  deliverTo: c.deliverTo,
  firstDelivery: c.firstDelivery ?? start,
  note: c.note,
});

/** Orders running at each scenario's start: the demand that keeps lines busy. */
export function contracts(era: Era, start: string): Contract[] {
  const running = era < TUCSON_READY ? [...CONTRACTS, STINGER_ORDER] : CONTRACTS;
  return running.map((c) => contract(c, era, start));
}

interface SectorSeed {
  id: string;
  name: string;
  site: [number, number];
  ukraineHeldKm2: ByEra<number>;
  fortificationBp: number;
  ukraineTroops: ByEra<number>;
  russiaTroops: ByEra<number>;
}

// Ground Ukraine holds near each sector, troops and fortification, per era (km²; assumptions scaled to ISW totals, §10).
const SECTORS: SectorSeed[] = [
  {
    id: 'kharkiv',
    name: 'Kharkiv',
    site: [37.0, 49.6],
    ukraineHeldKm2: { '2022-09': 26_000, '2022-11': 28_000, '2023-02': 28_000, '2024-07': 27_800, '2025-01': 27_500 },
    fortificationBp: 3000,
    ukraineTroops: { '2022-09': 70_000, '2022-11': 70_000, '2023-02': 70_000, '2024-07': 60_000, '2025-01': 60_000 },
    russiaTroops: { '2022-09': 40_000, '2022-11': 45_000, '2023-02': 50_000, '2024-07': 90_000, '2025-01': 100_000 },
  },
  {
    id: 'luhansk',
    name: 'Luhansk',
    site: [38.4, 49.0],
    ukraineHeldKm2: { '2022-09': 1_200, '2022-11': 1_600, '2023-02': 1_500, '2024-07': 1_000, '2025-01': 800 },
    fortificationBp: 2000,
    ukraineTroops: { '2022-09': 70_000, '2022-11': 80_000, '2023-02': 80_000, '2024-07': 70_000, '2025-01': 65_000 },
    russiaTroops: { '2022-09': 50_000, '2022-11': 60_000, '2023-02': 70_000, '2024-07': 120_000, '2025-01': 130_000 },
  },
  {
    id: 'donetsk',
    name: 'Donetsk',
    site: [37.6, 48.1],
    ukraineHeldKm2: { '2022-09': 12_000, '2022-11': 11_800, '2023-02': 11_500, '2024-07': 9_500, '2025-01': 8_000 },
    fortificationBp: 3500,
    ukraineTroops: { '2022-09': 100_000, '2022-11': 110_000, '2023-02': 110_000, '2024-07': 100_000, '2025-01': 95_000 },
    russiaTroops: { '2022-09': 70_000, '2022-11': 80_000, '2023-02': 90_000, '2024-07': 170_000, '2025-01': 180_000 },
  },
  {
    id: 'zaporizhzhia',
    name: 'Zaporizhzhia',
    site: [35.9, 47.4],
    ukraineHeldKm2: { '2022-09': 7_300, '2022-11': 7_500, '2023-02': 7_500, '2024-07': 7_400, '2025-01': 7_200 },
    fortificationBp: 2500,
    ukraineTroops: { '2022-09': 70_000, '2022-11': 80_000, '2023-02': 80_000, '2024-07': 75_000, '2025-01': 70_000 },
    russiaTroops: { '2022-09': 40_000, '2022-11': 45_000, '2023-02': 50_000, '2024-07': 90_000, '2025-01': 100_000 },
  },
  {
    id: 'kherson',
    name: 'Kherson',
    site: [33.2, 46.7],
    ukraineHeldKm2: { '2022-09': 12_000, '2022-11': 15_000, '2023-02': 15_000, '2024-07': 15_000, '2025-01': 15_000 },
    fortificationBp: 4000,
    ukraineTroops: { '2022-09': 60_000, '2022-11': 60_000, '2023-02': 60_000, '2024-07': 50_000, '2025-01': 50_000 },
    russiaTroops: { '2022-09': 40_000, '2022-11': 35_000, '2023-02': 40_000, '2024-07': 60_000, '2025-01': 60_000 },
  },
];

/** The front at the era's start, sector by sector. */
export function sectors(era: Era): ScenarioFile['sectors'] {
  return SECTORS.map((x) => ({
    id: x.id,
    name: x.name,
    site: x.site,
    ukraineHeldKm2: x.ukraineHeldKm2[era],
    fortificationBp: x.fortificationBp,
    ukraineTroops: x.ukraineTroops[era],
    russiaTroops: x.russiaTroops[era],
  }));
}
