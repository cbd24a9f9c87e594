/**
 * The scenario file format (docs/formats.md). Every object is strict, so an
 * unknown or misspelt field is an error naming its JSON path. Months are
 * written "YYYY-MM". `npm run schema` writes scenarios/schema.json from this.
 */
import { z } from 'zod';
import { DEFAULT_FRONT, DEFAULT_INDUSTRY, DEFAULT_MARKET, DEFAULT_POLITICS } from './default-rules';
import { NATION_ORDER_KINDS } from '../sim/types';

export const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,47}$/, 'an id: letters, digits, "-" or "_", at most 48 characters');
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month written YYYY-MM');
const count = z.int().min(0).max(1e12);
const eur = z.int().min(0).max(1e13);
const bp = z.int().min(0).max(10000);
const signedBp = z.int().min(-10000).max(10000);
/** A product id declared in `products`; a count per product leaves out the ones that are 0. */
const product = id.describe('a product id from `products`');
const input = id.describe('an input id from `inputs`');
const perProduct = z.record(id, count).describe('a count per product id; a product left out counts 0');
const perInput = z.record(id, count).describe('a count per input id; an input left out counts 0');
export const text = z.string().min(1).max(2000);
/** [longitude, latitude] in degrees: where the map draws it. Display only; the simulation never sees it. */
const site = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).describe('[longitude, latitude], for the map');

export const sourceSchema = z
  .strictObject({
    file: z.string().min(1).describe('an article in shared/sources, or "calibration-facts.md §N"'),
    outlet: z.string().min(1),
    date: z.string().min(1),
  })
  .describe('where a constraint, event or figure comes from');

/** A multiplier the seed draws once per game, in bp of the scenario's own figure, with the record it stays inside. */
const seedRange = z.strictObject({
  minBp: z.int().min(1000).max(30000),
  maxBp: z.int().min(1000).max(30000),
  text: text.describe('the record the range is taken from, as the report tells it'),
  source: sourceSchema,
});

const sharePoint = z.strictObject({ year: z.int().min(1990).max(2100), shareBp: bp });
/** A rate from a month on, until the next point; where it changes, the report gives the reason and source written here. */
const ratePoint = z.strictObject({
  from: month,
  perMonth: count,
  text: text.optional().describe('why the rate changes here: the report says it when the month comes'),
  source: sourceSchema.optional(),
});
const path = z.array(ratePoint).min(1);

const nation = z.strictObject({
  id,
  name: text,
  region: id.default('europe').describe('a grouping for the summaries and calibration, e.g. "europe", "north-america"'),
  gdpMEur: z.int().min(1).max(100_000_000),
  sharePath: z.array(sharePoint).min(1),
  munitionsShareBp: bp,
  fundsEur: eur,
  stock: perProduct,
  readinessFloor: perProduct,
  hardFloor: perProduct,
  politicalCapital: z.int().min(0).max(100),
  supportBp: bp,
  warFatigueBp: bp,
  elections: z.array(month),
  escalationToleranceBp: bp,
  freeLabour: count,
  labourGrowthPerMonth: count,
});

const lineFields = {
  firmId: id,
  plantName: text,
  nationId: id,
  product,
  capacityPerShift: z.int().min(1).max(10_000_000),
  workersPerShift: count,
  upkeepEurPerMonth: eur,
  variableCostEur: eur,
  overtimeEurPerMonth: eur,
  site: site.optional(),
};

const line = z.strictObject({
  id,
  ...lineFields,
  status: z.enum(['running', 'mothballed', 'reactivating', 'building']),
  ready: month.optional().describe('first month of output, for a line that is reactivating or building'),
  shifts: z.int().min(1).max(3),
  learningMonths: z.int().min(0).max(600),
  reactivationMonths: z.int().min(0).max(120),
  reactivationCostEur: eur,
});

const template = z.strictObject({
  id,
  ...lineFields,
  capexEur: eur,
  buildMonths: z.int().min(1).max(120),
  shifts: z.int().min(1).max(3).optional().describe('shifts it opens with (default 1)'),
  slipChanceBp: bp.optional().describe("chance its completion slips (default: the rules' plantSlipChanceBp)"),
});

const firm = z.strictObject({
  id,
  name: text,
  nationId: id,
  basePriceEur: perProduct,
  minMarginBp: bp,
  guaranteeMonths: z.int().min(0).max(240),
  baseLeadMonths: z.int().min(0).max(60),
  trustBp: z.record(z.string(), bp),
  cashEur: z.int().min(-1e13).max(1e13),
  templates: z.array(id),
});

const buyer = z.strictObject({ nationId: id, shareBp: z.int().min(1).max(10000) });

const contract = z.strictObject({
  firmId: id,
  product,
  buyers: z.array(buyer).min(1),
  perMonth: z.int().min(1).max(1_000_000),
  months: z.int().min(1).max(120),
  unitPriceEur: z.int().min(1).max(5_000_000),
  deliverTo: z.enum(['stock', 'ukraine']),
  firstDelivery: month,
  note: text,
});

const sector = z.strictObject({
  id,
  name: text,
  site: site.optional(),
  ukraineHeldKm2: count,
  fortificationBp: bp,
  ukraineTroops: count,
  russiaTroops: count,
});

const trigger = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('month'), month }),
  z.strictObject({ kind: z.literal('window'), from: month, to: month, chanceBp: bp }),
  z.strictObject({ kind: z.literal('stockBelow'), who: id.describe('a nation id, or "UA"'), product, amount: count, from: month }),
  z.strictObject({ kind: z.literal('escalationAbove'), bp, from: month.optional().describe('not before this month (default: the start)') }),
]);

const months = z.int().min(1).max(120);
const action = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('aidFreeze'), nationId: id, months }),
  z.strictObject({ kind: z.literal('aidResume'), nationId: id }).describe('ends a nation’s aid freeze from this month'),
  z.strictObject({ kind: z.literal('inputShock'), input, cutBp: bp, months }),
  z.strictObject({ kind: z.literal('russianImports'), source: text, perMonth: count, months }),
  z.strictObject({ kind: z.literal('support'), nationId: id, deltaBp: signedBp }),
  z.strictObject({ kind: z.literal('politicalCapital'), nationId: id, delta: z.int().min(-100).max(100) }),
  z.strictObject({ kind: z.literal('escalation'), deltaBp: signedBp }),
  z.strictObject({ kind: z.literal('cohesion'), deltaBp: signedBp }),
  z.strictObject({ kind: z.literal('funds'), nationId: id, deltaEur: z.int().min(-1e13).max(1e13) }),
  z.strictObject({ kind: z.literal('ukraineSupply'), product, amount: count }),
  z.strictObject({ kind: z.literal('ukraineRequest'), requestId: id, product, amount: z.int().min(1).max(1e9), by: month }),
  z.strictObject({ kind: z.literal('summit'), pledgeDiscountBp: bp, industrialPlans: z.boolean() }),
  z.strictObject({ kind: z.literal('russianRecruits'), perMonth: count }),
  z.strictObject({ kind: z.literal('russianSanctions'), cutBp: bp, months }).describe("a share of Russia's new output lost for some months"),
  z.strictObject({ kind: z.literal('labour'), nationId: id, delta: z.int().min(-1e7).max(1e7) }),
  z.strictObject({ kind: z.literal('inputSupply'), input, deltaPerMonth: z.int().min(-1e9).max(1e9) }),
  z.strictObject({ kind: z.literal('offensiveSurge'), deltaBp: z.int().min(0).max(100_000), months }),
]);

/** A lever a trainer locks: an order kind, for some nations or all. */
export const orderLockSchema = z.strictObject({
  order: z.enum(NATION_ORDER_KINDS),
  nations: z.array(id).max(64).optional().describe('the nations it binds (default: every nation)'),
  belowReadinessFloor: z.boolean().optional().describe('drawdowns only: lock only a drawdown that would leave a stock below its readiness floor'),
});

/** A class session's rules, written into the scenario a class link plays (share/class-file.ts). */
const classRulesSchema = z
  .strictObject({
    locks: z.array(orderLockSchema).max(64),
    hideRussia: z.boolean().optional().describe('hide the intelligence on Russia: its output, stocks and fire'),
    hideOtherScores: z.boolean().optional().describe("hide other teams' scores until the end"),
    injects: z
      .array(id)
      .max(64)
      .optional()
      .describe("events the trainer scheduled: shown as the trainer's injects, and, being what-ifs, they may come before their source's date"),
    facilitated: z.boolean().optional().describe('the trainer may give live class controls (pause, inject now, reveal or hide); refused otherwise'),
  })
  .describe('set by a class file: locked levers (refused by the resolver with "locked by your trainer") and what the teams see');

const event = z.strictObject({
  id,
  deck: id.optional().describe('an era deck of the scenario: the seed draws some of its events'),
  title: text,
  text,
  source: sourceSchema,
  trigger,
  actions: z.array(action).min(1),
});

export const eventSchema = event;
export const eventActionSchema = action;

const constraint = z.strictObject({
  id,
  text,
  nations: z.array(id),
  source: sourceSchema,
});

const objective = z.strictObject({
  id,
  kind: z.enum(['territoryLostMax', 'avgFireRatioMax', 'readinessKept', 'cohesionMin', 'outproduceRussia', 'noDebt', 'requestsMet']),
  target: z.union([z.int(), month]).describe('a number, or a month for outproduceRussia'),
  failAt: z.union([z.int(), month]),
  weight: z.int().min(1).max(100),
  text,
});

const curve = z
  .array(z.tuple([z.int().min(-1e9).max(1e9), z.int().min(-1e9).max(1e9)]))
  .min(2)
  .max(64)
  .describe('a piecewise-linear table: [x, y] points with increasing x');

/** Fields that divide: zero would break the arithmetic. */
const DIVISORS = new Set([
  'pledgeCostDivisor',
  'supportDriftDivisor',
  'cohesionDriftDivisor',
  'capitalPerSupportBp',
  'airDefencePerThreatBp',
  'ruLossesPerRounds',
  'uaLossesPerRounds',
  'maxShifts',
  'maxPerMonth',
  'maxMonths',
  'maxPriceEur',
  'maxCapital',
]);

/** A group of tunables: every field optional, defaulting to the value in default-rules.ts. */
function tunables<T extends object>(defaults: T) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, value] of Object.entries(defaults)) {
    shape[key] =
      typeof value === 'number'
        ? z
            .int()
            .min(DIVISORS.has(key) ? 1 : 0)
            .max(1e13)
            .default(value)
        : curve.default(value as [number, number][]);
  }
  return z.strictObject(shape).prefault({}) as unknown as z.ZodType<T, Partial<T> | undefined>;
}

const rules = z.strictObject({
  shiftLeadMonths: z.int().min(0).max(24),
  weekendBonusBp: bp,
  weekendAccidentBp: bp,
  plantSlipChanceBp: bp,
  plantSlipMinMonths: z.int().min(0).max(60),
  plantSlipMaxMonths: z.int().min(0).max(60),
  industrialPlanDiscountBp: bp,
  cancelPenaltyBp: bp,
  cancelTrustLossBp: bp,
  latePaymentTrustLossBp: bp,
  maxOffersPerFirmPerTurn: z.int().min(1).max(20),
  industry: tunables(DEFAULT_INDUSTRY).describe('lines: learning curve, dilution, shifts, indexation'),
  market: tunables(DEFAULT_MARKET).describe('how firms price and judge offers'),
  front: tunables(DEFAULT_FRONT).describe("the front's tables: gains, manpower, air threat, losses, fortification"),
  politics: tunables(DEFAULT_POLITICS).describe('support, capital, elections, pledges, drawdowns'),
});

const productSpec = z.strictObject({
  id,
  name: text.describe('"155 mm shell"'),
  plural: text.describe('"155 mm shells"'),
  unit: text.describe('what one unit is called: "rounds", "missiles"'),
  role: z.enum(['artillery', 'airDefence']).describe('what it does once it reaches Ukraine'),
  fireValueBp: z.int().min(1).max(100000).default(10000).describe("artillery: one unit against the doctrine's fire demand (10000 = one reference round)"),
  unitsPerEscalationBp: z.int().min(1).max(1e9).describe('deliveries of this many units raise escalation by 1 bp'),
  inputsPerUnit: perInput,
  minOrderPerMonth: z.int().min(1).max(1e9).describe("the smallest monthly volume a buyer bothers to order (the policies' sense of scale)"),
});

const inputSpec = z.strictObject({
  id,
  name: text,
  unit: text.default('kg').describe('what its figures count: "kg", "seeker sets"'),
  supplyPerMonth: count.describe('available to Western lines per month'),
});

const historicalMove = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('shifts'), from: month, nation: id, lineId: id, shifts: z.int().min(1).max(10) }),
  z.strictObject({ kind: z.literal('plant'), from: month, nation: id, templateId: id }),
  z.strictObject({ kind: z.literal('weekends'), from: month, nation: id, lineId: id }),
  z.strictObject({ kind: z.literal('inputPlant'), from: month, nation: id, plantId: id }),
  z.strictObject({
    kind: z.literal('order'),
    month,
    nation: id,
    firmId: id,
    product,
    buyers: z.array(z.strictObject({ nationId: id, shareBp: z.int().min(1).max(10000) })).min(1),
    perMonth: z.int().min(1).max(1_000_000),
    months: z.int().min(1).max(120),
    advanceBp: bp,
    deliverTo: z.enum(['stock', 'ukraine']),
  }),
]);

const historical = z
  .strictObject({
    moves: z.array(historicalMove),
    drawdownShareBp: z.record(id, bp).default({}),
    defaultDrawdownShareBp: bp.default(400),
    topUpBudgetShareBp: bp.default(5000),
    industrialPlansFrom: month.optional(),
  })
  .describe('what the allies really did, played by the historical policy');

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal('race-of-logistics/scenario'),
  version: z.literal(1),
  id,
  title: text,
  briefing: z.string().min(1).max(20000),
  learningGoals: z.array(text).min(1),
  sources: z.array(sourceSchema).min(1),
  start: month,
  end: month,
  playable: z.array(id).min(1),
  winScore: z.int().min(1).max(100),
  monthsPerTurn: z
    .int()
    .min(1)
    .max(6)
    .optional()
    .describe('months one turn of play covers (default 1): 3 plays in quarters, the class scenario takes 4; the months in between play on without new orders'),
  minutes: z.int().min(1).max(6000).optional().describe('about how long a student takes, from the briefing to the result code'),
  forClass: z.boolean().optional().describe('made for one lesson: listed first on the menu'),
  class: classRulesSchema.optional(),
  products: z.array(productSpec).min(1).max(16),
  inputs: z.array(inputSpec).max(16),
  inputPlants: z
    .array(
      z.strictObject({
        id,
        input,
        name: text,
        nationId: id,
        capexEur: z.int().min(0).max(1e12),
        buildMonths: z.int().min(1).max(120),
        addsPerMonth: count.describe("added to the input's supply a month once it opens, in the input's unit"),
        source: sourceSchema,
      }),
    )
    .max(50)
    .optional()
    .describe('plants a state can pay for that add to an input every line draws on (explosive fill, propellant)'),
  inputPlantsFunded: z
    .array(z.strictObject({ plantId: id, nationId: id, readyMonth: month }))
    .max(50)
    .optional()
    .describe('input plants already paid for when the scenario starts (a later scenario inherits the record), each opening in its month'),
  rules,
  nations: z.array(nation).min(1),
  constraints: z.array(constraint),
  firms: z.array(firm).min(1),
  lines: z.array(line),
  plantTemplates: z.array(template),
  contracts: z.array(contract),
  sectors: z.array(sector).min(1).max(12),
  ukraine: z.strictObject({
    stock: perProduct,
    fireDemandPath: path,
    rationBp: bp,
    airDefenceNeed: count,
    ownProductionPerMonth: count,
    ownProduct: product.optional().describe('what Ukraine makes itself (default: the first artillery product)'),
    recruitsPerMonth: count,
  }),
  russia: z.strictObject({
    seeded: z
      .strictObject({
        manpower: seedRange.describe('scales Russian ground pressure: its recruitment within the record, e.g. 25,000–35,000 a month around 30,000'),
        imports: seedRange.describe('scales every shipment of shells Russia imports (North Korea, Iran) within the record'),
        offensiveTiming: z
          .strictObject({
            minMonths: z.int().min(-12).max(0),
            maxMonths: z.int().min(0).max(12),
            text: text.describe('the record the range is taken from, as the news tells it'),
            source: sourceSchema,
          })
          .optional()
          .describe('moves every change of `offensivePath` by a month count the seed draws: Russia pushes earlier or later'),
      })
      .optional()
      .describe('what the seed chooses for this war, each within a sourced range; left out, no seed varies them'),
    stockShells: count,
    productionPath: path.optional().describe('Russian shells made a month, scripted; left out when `economy` makes them'),
    economy: z
      .strictObject({
        defenceSharePath: path.describe('defence spending as a share of GDP, in bp, in `perMonth`'),
        newShellsPerShareBp: count.describe('new-production capacity (shells a month) each bp of GDP pays for once built'),
        leadMonths: z.int().min(0).max(60).describe('months from a budget to its plants'),
        newRampPerMonth: count,
        newCapacity: count.describe('new-production capacity at the start, shells a month'),
        refurbCapacity: count.describe('depots: shells a month refurbished at the start'),
        refurbRampPerMonth: count,
        refurbMaxPerMonth: count,
        refurbPool: count.describe('old rounds left to refurbish at the start'),
        refurbPoolRateBp: bp.describe('the share of the pool depots can bring back a month'),
        source: sourceSchema,
      })
      .optional()
      .describe('Russia as a war economy: new lines that follow its budget, refurbished stock that runs down'),
    doctrine: z
      .strictObject({
        offensiveBelowBp: bp.describe('Ukraine fired under this share of its need last month: Russia goes on the offensive where Ukraine is weakest'),
        offensiveRatioBp: z.int().min(0).max(1_000_000).describe('…while Russia outfired Ukraine by this ratio (bp) or more'),
        offensivePressureBp: z.int().min(0).max(50_000).describe('ground pressure added on the offensive, bp of the scripted pressure'),
        offensiveConcentrationBp: bp,
        buildUpMonths: z.int().min(1).max(60).describe('Ukraine holds more than this many months of its fire: Russia digs in'),
        digInPressureBp: bp.describe('share of ground pressure given up when digging in'),
        digInConcentrationBp: bp,
        rebuildBelowMonths: z.int().min(1).max(60).describe("Russia's stock under this many months of its fire: it rebuilds"),
        rebuildFireBp: bp.describe('share of its fire demand Russia fires while rebuilding'),
        rebuildOutputBp: bp.describe('new output added while rebuilding'),
        source: sourceSchema,
      })
      .optional()
      .describe('how Russia chooses between offensives, attrition and rebuilding; left out, it keeps its scripted course'),
    fireDemandPath: path,
    offensivePath: path.describe('bp: 10000 = the autumn-2022 pace of ground assaults'),
    concentrationBp: bp,
    feintChanceBp: bp,
    recruitsPerMonth: count,
    stockMonthsReserve: z.int().min(1).max(120),
  }),
  politics: z.strictObject({ escalationBp: bp, cohesionBp: bp }),
  decks: z.array(z.strictObject({ id, title: text, draw: z.int().min(0).max(100) })).optional(),
  events: z.array(event),
  historical: historical.optional(),
  objectives: z.array(objective).min(1),
  map: z
    .strictObject({
      allied: z.array(text).describe("countries drawn as the allies' (Natural Earth names)"),
      opponent: z.array(text).describe("countries drawn as the opponent's"),
      defended: z.array(text).describe('countries drawn as the defended side'),
    })
    .describe('display only: which side each country of the map is drawn as; no rule reads it')
    .optional(),
  record: z
    .array(z.strictObject({ text, source: sourceSchema }))
    .describe('what really happened, for the debrief')
    .optional(),
});

export type ScenarioFile = z.infer<typeof scenarioSchema>;
