/**
 * A small world for rule tests: three nations, a shell firm with one running
 * line and a plant it can build, a missile firm with one Stinger line, one
 * front sector, and the default tunables. A test states what it needs through
 * `edit` (on the validated file, so every default is filled in) instead of
 * leaning on ids of the generated scenarios.
 *
 * Ids: nations AA (home of shellco), BB (home of missileco), CC (buys nothing);
 * firms shellco, missileco; lines shellco-main (shell, 2 × 5,000 a month at
 * full rate), missileco-line (stinger, 50 a month); plant template
 * shellco-plant; contracts c0001 (shellco → Ukraine, bought by AA) and c0002
 * (missileco → BB's stock); sector east. It runs Jan–Dec 2023.
 */
import { PRODUCTS } from '../scripts/scenarios/products';
import { buildContent } from '../src/scenario/build-content';
import { newGame } from '../src/scenario/build-game';
import type { ScenarioFile } from '../src/scenario/schema';
import { validateScenario } from '../src/scenario/validate';
import { seedFromValue } from '../src/share/seed-code';
import type { ScenarioContent } from '../src/sim/content';
import type { GameState } from '../src/sim/types';

const SOURCE = { file: 'calibration-facts.md §1', outlet: 'test world', date: '2023' };

const nation = (id: string, name: string, gdpMEur: number) => ({
  id,
  name,
  region: 'europe',
  gdpMEur,
  sharePath: [{ year: 2022, shareBp: 200 }],
  munitionsShareBp: 200,
  fundsEur: 500_000_000,
  stock: { shell: 300_000, stinger: 500 },
  readinessFloor: { shell: 200_000, stinger: 300 },
  hardFloor: { shell: 100_000, stinger: 200 },
  politicalCapital: 50,
  supportBp: 6500,
  warFatigueBp: 1000,
  elections: [],
  escalationToleranceBp: 8000,
  freeLabour: 2000,
  labourGrowthPerMonth: 50,
});

/** The world as a scenario author would write it (before defaults). */
function raw(): unknown {
  return {
    format: 'race-of-logistics/scenario',
    version: 1,
    id: 'test-world',
    title: 'A test world',
    briefing: 'A small world for rule tests.',
    learningGoals: ['Test the rules.'],
    sources: [SOURCE],
    start: '2023-01',
    end: '2023-12',
    playable: ['AA', 'BB', 'CC'],
    winScore: 60,
    // The shipped products: what a shell and a Stinger need and do is the same in every world.
    products: structuredClone(PRODUCTS),
    inputs: [
      { id: 'explosive', name: 'explosive fill', supplyPerMonth: 1_000_000 },
      { id: 'propellant', name: 'propellant', supplyPerMonth: 100_000 },
      { id: 'rareEarth', name: 'rare earths', supplyPerMonth: 1000 },
    ],
    rules: {
      shiftLeadMonths: 2,
      weekendBonusBp: 2000,
      weekendAccidentBp: 150,
      plantSlipChanceBp: 5000,
      plantSlipMinMonths: 6,
      plantSlipMaxMonths: 18,
      industrialPlanDiscountBp: 1500,
      cancelPenaltyBp: 2000,
      cancelTrustLossBp: 2500,
      latePaymentTrustLossBp: 300,
      maxOffersPerFirmPerTurn: 3,
    },
    nations: [nation('AA', 'Atlantica', 3_000_000), nation('BB', 'Borealia', 2_000_000), nation('CC', 'Centralia', 1_000_000)],
    constraints: [],
    firms: [
      {
        id: 'shellco',
        name: 'Shell Company',
        nationId: 'AA',
        basePriceEur: { shell: 2000 },
        minMarginBp: 1200,
        guaranteeMonths: 60,
        baseLeadMonths: 0,
        trustBp: {},
        cashEur: 400_000_000,
        templates: ['shellco-plant'],
      },
      {
        id: 'missileco',
        name: 'Missile Company',
        nationId: 'BB',
        basePriceEur: { stinger: 400_000 },
        minMarginBp: 1500,
        guaranteeMonths: 48,
        baseLeadMonths: 0,
        trustBp: {},
        cashEur: 400_000_000,
        templates: [],
      },
    ],
    lines: [
      {
        id: 'shellco-main',
        firmId: 'shellco',
        plantName: 'Shellco main plant',
        nationId: 'AA',
        product: 'shell',
        capacityPerShift: 5000,
        workersPerShift: 100,
        upkeepEurPerMonth: 1_000_000,
        variableCostEur: 1500,
        overtimeEurPerMonth: 500_000,
        status: 'running',
        shifts: 2,
        learningMonths: 120,
        reactivationMonths: 0,
        reactivationCostEur: 0,
      },
      {
        id: 'missileco-line',
        firmId: 'missileco',
        plantName: 'Missileco line',
        nationId: 'BB',
        product: 'stinger',
        capacityPerShift: 50,
        workersPerShift: 50,
        upkeepEurPerMonth: 2_000_000,
        variableCostEur: 250_000,
        overtimeEurPerMonth: 1_000_000,
        status: 'running',
        shifts: 1,
        learningMonths: 120,
        reactivationMonths: 30,
        reactivationCostEur: 100_000_000,
      },
    ],
    plantTemplates: [
      {
        id: 'shellco-plant',
        firmId: 'shellco',
        plantName: 'Shellco new plant',
        nationId: 'AA',
        product: 'shell',
        capacityPerShift: 10_000,
        workersPerShift: 200,
        capexEur: 500_000_000,
        buildMonths: 14,
        upkeepEurPerMonth: 1_500_000,
        variableCostEur: 1400,
        overtimeEurPerMonth: 500_000,
      },
    ],
    contracts: [
      {
        firmId: 'shellco',
        product: 'shell',
        buyers: [{ nationId: 'AA', shareBp: 10000 }],
        perMonth: 4000,
        months: 24,
        unitPriceEur: 2500,
        deliverTo: 'ukraine',
        firstDelivery: '2023-01',
        note: 'shells for Ukraine',
      },
      {
        firmId: 'missileco',
        product: 'stinger',
        buyers: [{ nationId: 'BB', shareBp: 10000 }],
        perMonth: 20,
        months: 24,
        unitPriceEur: 400_000,
        deliverTo: 'stock',
        firstDelivery: '2023-01',
        note: 'Stingers for the stock',
      },
    ],
    sectors: [{ id: 'east', name: 'East', ukraineHeldKm2: 30_000, fortificationBp: 3000, ukraineTroops: 60_000, russiaTroops: 60_000 }],
    ukraine: {
      stock: { shell: 300_000, stinger: 800 },
      fireDemandPath: [{ from: '2023-01', perMonth: 150_000 }],
      rationBp: 4500,
      airDefenceNeed: 800,
      ownProductionPerMonth: 20_000,
      recruitsPerMonth: 20_000,
    },
    russia: {
      stockShells: 10_000_000,
      productionPath: [{ from: '2023-01', perMonth: 200_000 }],
      fireDemandPath: [{ from: '2023-01', perMonth: 450_000 }],
      offensivePath: [{ from: '2023-01', perMonth: 10000 }],
      concentrationBp: 3000,
      feintChanceBp: 1000,
      recruitsPerMonth: 25_000,
      stockMonthsReserve: 12,
    },
    politics: { escalationBp: 3000, cohesionBp: 7000 },
    events: [],
    objectives: [{ id: 'hold', kind: 'territoryLostMax', target: 500, failAt: 5000, weight: 1, text: 'Hold the line.' }],
  };
}

function validated(data: unknown): ScenarioFile {
  const r = validateScenario(data);
  if (!r.ok) throw new Error(`test world is invalid:\n${r.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
  return r.scenario;
}

/**
 * The test world's scenario file, with every default filled in, after `edit`
 * (which may change anything, rules tables included). The edited file is
 * validated again, so a test cannot build a world the game would refuse.
 */
export function worldFile(edit: (sc: ScenarioFile) => void = () => {}): ScenarioFile {
  const sc = validated(raw());
  edit(sc);
  return validated(JSON.parse(JSON.stringify(sc)));
}

/** The test world's content (edited as `edit` says). */
export function worldContent(edit?: (sc: ScenarioFile) => void): ScenarioContent {
  return buildContent(worldFile(edit));
}

/** The content and the first state of the test world for a seed. */
export function world(edit?: (sc: ScenarioFile) => void, seedValue = 1): { c: ScenarioContent; s: GameState } {
  const c = worldContent(edit);
  return { c, s: newGame(c, seedFromValue(seedValue)) };
}
