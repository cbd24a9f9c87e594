/**
 * The world the scenarios share: nations, firms, lines, plants and the front,
 * as they stood at each scenario's start. Figures from calibration-facts.md
 * (section numbers in the comments); the rest are stated assumptions.
 */
import type { ScenarioFile } from '../../src/scenario/schema';

export type Era = '2022-09' | '2022-11' | '2023-02' | '2024-07' | '2025-01';
type Nation = ScenarioFile['nations'][number];
type Line = ScenarioFile['lines'][number];
type Template = ScenarioFile['plantTemplates'][number];
type Contract = ScenarioFile['contracts'][number];

const ERA_INDEX: Record<Era, number> = { '2022-09': 0, '2022-11': 1, '2023-02': 2, '2024-07': 3, '2025-01': 4 };
/** A value per era: [Sep 2022, Nov 2022, Feb 2023, Jul 2024, Jan 2025]. */
const at = (era: Era, values: readonly number[]) => values[ERA_INDEX[era]]!;

// Defence spending, % of GDP in bp (calibration-facts §8; NATO estimates and annual reports).
const SHARES: Record<string, [number, number][]> = {
  US: [
    [2022, 346],
    [2023, 324],
    [2024, 338],
    [2025, 322],
  ],
  DE: [
    [2022, 139],
    [2023, 166],
    [2024, 212],
    [2025, 240],
  ],
  FR: [
    [2022, 189],
    [2023, 190],
    [2024, 206],
    [2025, 210],
  ],
  UK: [
    [2022, 229],
    [2023, 228],
    [2024, 233],
    [2025, 236],
  ],
  PL: [
    [2022, 242],
    [2023, 392],
    [2024, 412],
    [2025, 448],
  ],
  CA: [
    [2022, 129],
    [2023, 133],
    [2024, 137],
    [2025, 200],
  ],
  NL: [
    [2022, 145],
    [2023, 170],
    [2024, 205],
    [2025, 210],
  ],
  NO: [
    [2022, 150],
    [2023, 180],
    [2024, 220],
    [2025, 300],
  ],
  CZ: [
    [2022, 136],
    [2023, 150],
    [2024, 210],
    [2025, 200],
  ],
  EE: [
    [2022, 234],
    [2023, 289],
    [2024, 343],
    [2025, 338],
  ],
  RN: [
    [2022, 140],
    [2023, 150],
    [2024, 180],
    [2025, 200],
  ],
};

interface NationSeed {
  id: string;
  name: string;
  gdpMEur: number;
  /** share of the defence budget this game's levers may use (assumption) */
  munitionsShareBp: number;
  shells: [number, number, number]; // stock, readiness floor, hard floor (Sep 2022)
  stingers: [number, number, number];
  capital: number;
  support: number;
  elections: string[];
  tolerance: number;
  labour: number;
  labourGrowth: number;
}

const NATIONS: NationSeed[] = [
  {
    id: 'US',
    name: 'United States',
    gdpMEur: 25_000_000,
    munitionsShareBp: 60,
    shells: [2_600_000, 1_200_000, 800_000],
    stingers: [1500, 1200, 900],
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
    shells: [160_000, 140_000, 100_000],
    stingers: [300, 250, 150],
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
    shells: [130_000, 100_000, 70_000],
    stingers: [0, 0, 0],
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
    shells: [200_000, 110_000, 80_000],
    stingers: [200, 150, 100],
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
    shells: [220_000, 150_000, 100_000],
    stingers: [300, 250, 150],
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
    shells: [40_000, 35_000, 25_000],
    stingers: [0, 0, 0],
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
    shells: [60_000, 50_000, 35_000],
    stingers: [200, 150, 100],
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
    shells: [50_000, 40_000, 30_000],
    stingers: [100, 80, 50],
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
    shells: [80_000, 50_000, 35_000],
    stingers: [50, 40, 20],
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
    shells: [20_000, 18_000, 12_000],
    stingers: [50, 40, 30],
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
    shells: [700_000, 450_000, 300_000],
    stingers: [800, 600, 400],
    capital: 40,
    support: 6000,
    elections: [],
    tolerance: 5500,
    labour: 3000,
    labourGrowth: 40,
  },
];

/** Stocks drawn down as the war went on (share of the Sep 2022 stock above the floor still there). */
const STOCK_LEFT_BP = [10000, 8000, 6500, 4000, 3500];
const FATIGUE = [800, 900, 1000, 2400, 2900];

export function nations(era: Era, start: string): Nation[] {
  const year = Number(start.slice(0, 4));
  return NATIONS.map((n) => {
    const left = at(era, STOCK_LEFT_BP);
    const stock = (v: [number, number, number]) => v[1] + Math.floor(((v[0] - v[1]) * left) / 10000);
    const path = SHARES[n.id]!.map(([y, b]) => ({ year: y, shareBp: b }));
    const share = path.filter((p) => p.year <= year).pop()?.shareBp ?? path[0]!.shareBp;
    const budget = Math.floor((n.gdpMEur * share * n.munitionsShareBp) / 1200);
    return {
      id: n.id,
      name: n.name,
      gdpMEur: n.gdpMEur,
      sharePath: path,
      munitionsShareBp: n.munitionsShareBp,
      fundsEur: budget * 2,
      stock: { shell: stock(n.shells), stinger: stock(n.stingers) },
      readinessFloor: { shell: n.shells[1], stinger: n.stingers[1] },
      hardFloor: { shell: n.shells[2], stinger: n.stingers[2] },
      politicalCapital: n.capital,
      supportBp: n.support - (at(era, FATIGUE) - 800) / 2,
      warFatigueBp: at(era, FATIGUE),
      elections: n.elections.filter((e) => e >= start),
      escalationToleranceBp: n.tolerance,
      freeLabour: n.labour,
      labourGrowthPerMonth: n.labourGrowth,
    };
  });
}

export function firms(): ScenarioFile['firms'] {
  const firm = (
    id: string,
    name: string,
    nationId: string,
    shell: number,
    stinger: number,
    minMarginBp: number,
    guaranteeMonths: number,
    baseLeadMonths: number,
    cashEur: number,
    templates: string[],
  ) => ({
    id,
    name,
    nationId,
    basePriceEur: { shell, stinger },
    minMarginBp,
    guaranteeMonths,
    baseLeadMonths,
    trustBp: {},
    cashEur,
    templates,
  });
  // Pre-war shell price ~€2,000; Stinger ~€400k (calibration-facts §3, §7). Firms want ~5 years of orders (source 002).
  return [
    firm('bae', 'BAE Systems', 'UK', 2100, 0, 1200, 60, 6, 400_000_000, ['bae-glascoed-2']),
    firm('csg', 'Czechoslovak Group', 'CZ', 1900, 0, 1000, 48, 4, 300_000_000, ['csg-expansion']),
    firm('diehl', 'Diehl Defence', 'DE', 0, 450_000, 1500, 72, 12, 300_000_000, ['diehl-stinger']),
    firm('gd-ots', 'General Dynamics OTS', 'US', 2000, 0, 1200, 60, 6, 800_000_000, ['gd-wilkes-barre', 'gd-mesquite', 'gd-camden']),
    firm('knds', 'KNDS France (Nexter)', 'FR', 2200, 0, 1200, 60, 6, 400_000_000, ['knds-expansion']),
    firm('nammo', 'Nammo', 'NO', 2100, 0, 1000, 60, 6, 250_000_000, ['nammo-expansion', 'nammo-raufoss-2']),
    firm('pgz', 'PGZ (Mesko)', 'PL', 1900, 0, 1000, 48, 6, 200_000_000, ['pgz-expansion']),
    firm('raytheon', 'Raytheon (RTX)', 'US', 0, 400_000, 1500, 60, 12, 2_000_000_000, ['raytheon-stinger-2']),
    firm('rheinmetall', 'Rheinmetall', 'DE', 2000, 0, 1500, 60, 6, 1_500_000_000, [
      'rh-unterluss-expansion',
      'rh-expal-expansion',
      'rh-unterluss-2',
      'rh-baisogala',
    ]),
  ];
}

/** Propellant 8 kg and explosive fill ~10 kg a shell (calibration-facts §4); Stinger seekers need rare earths. */
const SHELL_IN = { propellant: 8, explosive: 10, rareEarth: 0 };
const STINGER_IN = { propellant: 0, explosive: 1, rareEarth: 1 };

interface LineSeed {
  id: string;
  firmId: string;
  plantName: string;
  nationId: string;
  site: [number, number];
  product: 'shell' | 'stinger';
  capacityPerShift: number;
  workersPerShift: number;
  upkeep: number;
  variable: number;
  overtime: number;
  /** shifts per era */
  shifts: readonly number[];
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
    upkeep: 1_500_000,
    variable: 1500,
    overtime: 600_000,
    shifts: [1, 1, 1, 2, 2],
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
    upkeep: 1_800_000,
    variable: 1300,
    overtime: 700_000,
    shifts: [2, 2, 2, 3, 3],
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
    upkeep: 3_000_000,
    variable: 1500,
    overtime: 1_200_000,
    shifts: [1, 1, 2, 2, 2],
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
    upkeep: 6_000_000,
    variable: 1400,
    overtime: 1_500_000,
    shifts: [2, 2, 2, 3, 3],
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
    upkeep: 2_000_000,
    variable: 1600,
    overtime: 800_000,
    shifts: [1, 1, 1, 3, 3],
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
    upkeep: 1_200_000,
    variable: 1500,
    overtime: 500_000,
    shifts: [1, 1, 1, 2, 2],
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
    upkeep: 1_000_000,
    variable: 1300,
    overtime: 500_000,
    shifts: [1, 1, 1, 2, 2],
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
    upkeep: 2_500_000,
    variable: 1400,
    overtime: 800_000,
    shifts: [2, 2, 2, 3, 3],
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
    upkeep: 4_000_000,
    variable: 1400,
    overtime: 1_200_000,
    shifts: [2, 2, 2, 3, 3],
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

const costs = (product: 'shell' | 'stinger', capacity: number) =>
  product === 'shell'
    ? { upkeepEurPerMonth: Math.max(1_000_000, capacity * 500), variableCostEur: 1400, overtimeEurPerMonth: Math.max(500_000, capacity * 150) }
    : { upkeepEurPerMonth: 5_000_000, variableCostEur: 250_000, overtimeEurPerMonth: 2_000_000 };

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
    upkeepEurPerMonth: l.upkeep,
    variableCostEur: l.variable,
    overtimeEurPerMonth: l.overtime,
    inputsPerUnit: { ...SHELL_IN },
    status: 'running',
    shifts: at(era, l.shifts),
    learningMonths: 120,
    reactivationMonths: 0,
    reactivationCostEur: 0,
  }));
  // Plants built by this era stand as running lines, still ramping.
  for (const t of TEMPLATES.filter((x) => x.builtBy && ERA_INDEX[x.builtBy] <= ERA_INDEX[era])) {
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
      inputsPerUnit: { ...SHELL_IN },
      status: 'running',
      shifts: t.shifts,
      learningMonths: 12,
      reactivationMonths: 0,
      reactivationCostEur: 0,
    });
  }
  // The Stinger line reopened on the May 2022 order: ~30 months to the first new missiles (§7).
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
    inputsPerUnit: { ...STINGER_IN },
    ...(ERA_INDEX[era] >= 4
      ? { status: 'running', shifts: 1, learningMonths: 2, reactivationMonths: 30, reactivationCostEur: 150_000_000 }
      : { status: 'reactivating', ready: '2024-11', shifts: 1, learningMonths: 0, reactivationMonths: 30, reactivationCostEur: 150_000_000 }),
  });
  return base.sort((a, b) => (a.id < b.id ? -1 : 1));
}

export function templates(era: Era): Template[] {
  return TEMPLATES.filter((t) => !(t.builtBy && ERA_INDEX[t.builtBy] <= ERA_INDEX[era])).map((t) => ({
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
    inputsPerUnit: t.product === 'shell' ? { ...SHELL_IN } : { ...STINGER_IN },
  }));
}

/** Firms' templates minus the plants already built by this era. */
export function firmsFor(era: Era): ScenarioFile['firms'] {
  const available = new Set(templates(era).map((t) => t.id));
  return firms().map((f) => ({ ...f, templates: f.templates.filter((t) => available.has(t)) }));
}

const contract = (
  firmId: string,
  product: 'shell' | 'stinger',
  buyers: [string, number][],
  perMonth: number,
  months: number,
  unitPriceEur: number,
  deliverTo: 'stock' | 'ukraine',
  firstDelivery: string,
  note: string,
): Contract => ({
  firmId,
  product,
  buyers: buyers.map(([nationId, shareBp]) => ({ nationId, shareBp })),
  perMonth,
  months,
  unitPriceEur,
  deliverTo,
  firstDelivery,
  note,
});

/** Orders running at each scenario's start: the demand that keeps lines busy. */
export function contracts(era: Era, start: string): Contract[] {
  const i = ERA_INDEX[era];
  const list: Contract[] = [
    contract(
      'gd-ots',
      'shell',
      [['US', 10000]],
      i >= 3 ? 30_000 : i >= 2 ? 20_000 : 14_000,
      36,
      i >= 3 ? 3800 : 2500,
      'stock',
      start,
      'US Army orders for the Army ammunition plants',
    ),
    contract(
      'rheinmetall',
      'shell',
      [['DE', 10000]],
      i >= 3 ? 12_000 : 4000,
      24,
      3600,
      'stock',
      start,
      'Bundeswehr call-offs (about €3,600 a shell, 2023; calibration-facts §3)',
    ),
    contract(
      'rheinmetall',
      'shell',
      [
        ['DE', 5000],
        ['NL', 5000],
      ],
      i >= 3 ? 6000 : 2000,
      18,
      3800,
      'ukraine',
      start,
      'German-Dutch rounds for Ukraine',
    ),
    contract(
      'rheinmetall',
      'shell',
      [['RN', 10000]],
      i >= 3 ? 6000 : 3000,
      18,
      3600,
      'ukraine',
      start,
      'Spanish-made rounds bought by other allies for Ukraine',
    ),
    contract(
      'csg',
      'shell',
      [
        ['CZ', 3000],
        ['RN', 7000],
      ],
      i >= 3 ? 6000 : 2500,
      18,
      3200,
      'ukraine',
      start,
      'Czech and Slovak production for Ukraine',
    ),
    contract('knds', 'shell', [['FR', 10000]], i >= 3 ? 5000 : 1500, 24, 3800, 'ukraine', start, 'French rounds for Ukraine'),
    contract('nammo', 'shell', [['NO', 10000]], i >= 3 ? 2000 : 800, 24, 3500, 'stock', start, 'Norwegian order (NOK 2.6 bn for 155 mm)'),
    contract('bae', 'shell', [['UK', 10000]], i >= 3 ? 900 : 400, 24, 3500, 'stock', start, 'British replenishment order (£190 m; calibration-facts §3)'),
    contract('pgz', 'shell', [['PL', 10000]], i >= 3 ? 2000 : 800, 24, 3000, 'stock', start, 'Polish replenishment order'),
  ];
  if (i <= 3)
    list.push(
      contract(
        'raytheon',
        'stinger',
        [['US', 10000]],
        40,
        33,
        480_000,
        'stock',
        '2024-11',
        'US Army order of May 2022 to replace donated Stingers (~$480k a missile with support; §7)',
      ),
    );
  return list;
}

const SECTOR_SITES: Record<string, [number, number]> = {
  kharkiv: [37.0, 49.6],
  luhansk: [38.4, 49.0],
  donetsk: [37.6, 48.1],
  zaporizhzhia: [35.9, 47.4],
  kherson: [33.2, 46.7],
};

/** Ground Ukraine holds near each sector, troops and fortification, per era (km²; assumptions scaled to ISW totals, §10). */
export function sectors(era: Era): ScenarioFile['sectors'] {
  const row = (id: string, name: string, held: readonly number[], fort: number, ua: readonly number[], ru: readonly number[]) => ({
    id,
    name,
    site: SECTOR_SITES[id],
    ukraineHeldKm2: at(era, held),
    fortificationBp: fort,
    ukraineTroops: at(era, ua),
    russiaTroops: at(era, ru),
  });
  return [
    row(
      'kharkiv',
      'Kharkiv',
      [26_000, 28_000, 28_000, 27_800, 27_500],
      3000,
      [70_000, 70_000, 70_000, 60_000, 60_000],
      [40_000, 45_000, 50_000, 90_000, 100_000],
    ),
    row('luhansk', 'Luhansk', [1_200, 1_600, 1_500, 1_000, 800], 2000, [70_000, 80_000, 80_000, 70_000, 65_000], [50_000, 60_000, 70_000, 120_000, 130_000]),
    row(
      'donetsk',
      'Donetsk',
      [12_000, 11_800, 11_500, 9_500, 8_000],
      3500,
      [100_000, 110_000, 110_000, 100_000, 95_000],
      [70_000, 80_000, 90_000, 170_000, 180_000],
    ),
    row(
      'zaporizhzhia',
      'Zaporizhzhia',
      [7_300, 7_500, 7_500, 7_400, 7_200],
      2500,
      [70_000, 80_000, 80_000, 75_000, 70_000],
      [40_000, 45_000, 50_000, 90_000, 100_000],
    ),
    row(
      'kherson',
      'Kherson',
      [12_000, 15_000, 15_000, 15_000, 15_000],
      4000,
      [60_000, 60_000, 60_000, 50_000, 50_000],
      [40_000, 35_000, 40_000, 60_000, 60_000],
    ),
  ];
}
