/**
 * ScenarioContent: what a scenario fixes for the whole game (rules, tunable
 * tables, products, nations' fixed figures, firms, plant templates, events,
 * objectives). Built once from the validated scenario file, frozen, and never
 * copied or hashed again per turn: its hash (outcome-relevant parts only) is
 * computed once and stored in the state. Like boardgame.io's game config
 * beside `G`.
 */
import type { Curve } from './int-math';
import type {
  Contract,
  FirmState,
  InputId,
  NationState,
  NationOrderKind,
  PerInput,
  PerProduct,
  Politics,
  ProductId,
  ProductionLine,
  RatePoint,
  SectorState,
  SourceRef,
} from './types';

/** Deeply read-only: content is shared by every state and must never be written. */
export type DeepReadonly<T> = T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/** What a product does once it reaches Ukraine. */
export type ProductRole = 'artillery' | 'airDefence';

export interface ProductSpec {
  id: ProductId;
  /** "155 mm shell" */
  name: string;
  /** "155 mm shells" */
  plural: string;
  /** what one unit is called: "rounds", "missiles" */
  unit: string;
  role: ProductRole;
  /** artillery: what one unit counts for against the doctrine's fire demand (10000 = one reference round) */
  fireValueBp: number;
  /** escalation: deliveries of this many units raise escalation by 1 bp (shells 5,000; Stingers 20) */
  unitsPerEscalationBp: number;
  /** inputs one unit needs */
  inputsPerUnit: PerInput;
  /** the smallest monthly volume a buyer bothers to order (the policies' sense of scale) */
  minOrderPerMonth: number;
}

export interface InputSpec {
  id: InputId;
  name: string;
  /** what its figures count: "kg", "seeker sets" */
  unit: string;
}

/**
 * A plant that adds to an input every Western line draws on (explosive fill, propellant): a state pays
 * for it outright, and from its opening month the input's supply is larger for good (play-test: every
 * line was capped by explosive fill and no lever could move it).
 */
export interface InputPlantSpec {
  id: string;
  input: InputId;
  /** display only */
  name: string;
  /** where it stands (display) and whose plans make it cheaper */
  nationId: string;
  capexEur: number;
  buildMonths: number;
  /** what it adds to the input's supply a month, in the input's unit */
  addsPerMonth: number;
  source: SourceRef;
}

/** A nation's fixed figures; what changes is in `NationState`. */
export interface NationSpec {
  id: string;
  name: string;
  /** a grouping for the summaries, e.g. "europe", "north-america" */
  region: string;
  /** GDP in millions of euros */
  gdpMEur: number;
  /** scheduled defence shares by year (the historical path); pledges raise the floor of this path */
  sharePath: { year: number; shareBp: number }[];
  /** drawing below this costs political capital and support */
  readinessFloor: PerProduct;
  /** drawing below this is blocked */
  hardFloor: PerProduct;
  electionMonths: number[];
  /** escalation level (bp) past which this nation refuses escalating deliveries */
  escalationToleranceBp: number;
  labourGrowthPerMonth: number;
}

export interface FirmSpec {
  id: string;
  name: string;
  nationId: string;
  /** pre-war unit price per product it makes (0: it does not make it); demand pushes it up */
  basePriceEur: PerProduct;
  /** margin the firm wants over its unit cost */
  minMarginBp: number;
  /** months of guaranteed offtake before it builds new capacity on its own money */
  guaranteeMonths: number;
  /** earliest delivery after signing, with an empty order book */
  baseLeadMonths: number;
  templates: string[];
}

/** A plant a firm can build, as listed in the scenario. */
export interface PlantTemplate {
  id: string;
  firmId: string;
  plantName: string;
  nationId: string;
  product: ProductId;
  capacityPerShift: number;
  workersPerShift: number;
  capexEur: number;
  buildMonths: number;
  /** shifts it opens with, staff permitting */
  shifts: number;
  slipChanceBp: number;
  upkeepEurPerMonth: number;
  variableCostEur: number;
  overtimeEurPerMonth: number;
}

export interface SectorSpec {
  id: string;
  name: string;
}

export interface UkraineSpec {
  /** reference rounds per month Ukraine's doctrine wants to fire, all sectors, by month */
  fireDemandPath: RatePoint[];
  /** Ukraine never fires more than this share of its stock in a month (it keeps a reserve) */
  rationBp: number;
  /** air-defence missiles Ukraine needs on hand before Russian aviation stays out of range */
  airDefenceNeed: number;
  /** artillery Ukraine makes itself each month, in units of `ownProduct` */
  ownProductionPerMonth: number;
  ownProduct: ProductId;
  recruitsPerMonth: number;
}

/** A multiplier the seed draws once per game, in bp of the scenario's own figure, within a sourced range. */
export interface SeedRange {
  minBp: number;
  maxBp: number;
  text: string;
  source: SourceRef;
}

/** A month count the seed draws once per game, within a sourced range. */
export interface SeedMonths {
  minMonths: number;
  maxMonths: number;
  text: string;
  source: SourceRef;
}

export interface RussiaSpec {
  /**
   * What the seed chooses for this war (issue: a shared seed barely changed the war): Russian
   * manpower scales its ground pressure, and shipments from North Korea and Iran scale its imports.
   */
  seeded: { manpower: SeedRange; imports: SeedRange; offensiveTiming: SeedMonths | null } | null;
  /** Without an economy, Russian production follows this path (a scenario's own script); with one, the economy makes it and the path is empty. */
  productionPath: RatePoint[];
  /** Russia as a war economy: plants that follow its defence budget, refurbished old stock that runs down (calibration-facts §5, §11). */
  economy: RussiaEconomySpec | null;
  /** How Russia chooses between offensives, attrition and rebuilding its stock; without one it keeps its scripted course. */
  doctrine: RussiaDoctrineSpec | null;
  fireDemandPath: RatePoint[];
  /**
   * How hard Russia pushes on the ground besides artillery (infantry assaults,
   * glide bombs, drones), in bp: a multiplier on gains. Calibration-facts §10:
   * gains do not track the shell ratio alone.
   */
  offensivePath: RatePoint[];
  /** share of fire moved to the sector where its ratio is best */
  concentrationBp: number;
  /** chance the doctrine feints into another sector */
  feintChanceBp: number;
  /** monthly fire reserve: Russia never plans to fire more than stock / this */
  stockMonthsReserve: number;
}

/**
 * Russian production from its budget (calibration-facts §5, §11): new lines grow towards what the
 * budget's share of GDP pays for, after a lead time and at a bounded pace, as NATO's lines do; old
 * shells come back from depots at a rate the depots' crews set, while the pool of old rounds lasts.
 */
export interface RussiaEconomySpec {
  /** defence spending as a share of GDP (bp) by month; `perMonth` holds the share */
  defenceSharePath: RatePoint[];
  /** new-production capacity (shells a month) each bp of GDP buys once its plants are built */
  newShellsPerShareBp: number;
  /** months from a budget to the plants it pays for */
  leadMonths: number;
  /** the most new-production capacity can grow (or shrink) in a month */
  newRampPerMonth: number;
  /** new-production capacity at the scenario's start */
  newCapacity: number;
  /** refurbishment: depot capacity at the start, its growth a month and its ceiling (shells a month) */
  refurbCapacity: number;
  refurbRampPerMonth: number;
  refurbMaxPerMonth: number;
  /** old rounds left to refurbish at the start, and the share of them depots can bring back a month (bp) */
  refurbPool: number;
  refurbPoolRateBp: number;
  source: SourceRef;
}

/**
 * Russia's doctrine, month by month: it rebuilds its stock when it runs low, goes on the offensive
 * where Ukraine is weakest when Ukraine runs short of shells (the early-2024 surge, calibration-facts
 * §6, §10), and digs in for attrition when Ukraine has built up a stock.
 */
export interface RussiaDoctrineSpec {
  /** Ukraine fired less than this share of what it needed last month, while Russia outfired it by this ratio (bp) or more: Russia goes on the offensive */
  offensiveBelowBp: number;
  offensiveRatioBp: number;
  /** on the offensive: ground pressure added, as a share of the scripted pressure (bp), and fire concentrated */
  offensivePressureBp: number;
  offensiveConcentrationBp: number;
  /** Ukraine holds more than this many months of its fire: Russia digs in, its ground pressure cut by a share (bp) and its fire spread */
  buildUpMonths: number;
  digInPressureBp: number;
  digInConcentrationBp: number;
  /** Russia's stock is under this many months of its fire: it fires a share of its demand (bp) and runs its lines harder (bp more new output) */
  rebuildBelowMonths: number;
  rebuildFireBp: number;
  rebuildOutputBp: number;
  source: SourceRef;
}

export type EventTrigger =
  | { kind: 'month'; month: number }
  | { kind: 'window'; fromMonth: number; toMonth: number; chanceBp: number }
  | { kind: 'stockBelow'; who: string; product: ProductId; amount: number; fromMonth: number }
  | { kind: 'escalationAbove'; bp: number; fromMonth: number };

export type EventAction =
  | { kind: 'aidFreeze'; nationId: string; months: number }
  | { kind: 'aidResume'; nationId: string }
  | { kind: 'inputShock'; input: InputId; cutBp: number; months: number }
  | { kind: 'russianImports'; source: string; perMonth: number; months: number }
  | { kind: 'support'; nationId: string; deltaBp: number }
  | { kind: 'politicalCapital'; nationId: string; delta: number }
  | { kind: 'escalation'; deltaBp: number }
  | { kind: 'cohesion'; deltaBp: number }
  | { kind: 'funds'; nationId: string; deltaEur: number }
  | { kind: 'ukraineSupply'; product: ProductId; amount: number }
  | { kind: 'ukraineRequest'; requestId: string; product: ProductId; amount: number; byMonth: number }
  | { kind: 'summit'; pledgeDiscountBp: number; industrialPlans: boolean }
  | { kind: 'russianRecruits'; perMonth: number }
  | { kind: 'russianSanctions'; cutBp: number; months: number }
  | { kind: 'labour'; nationId: string; delta: number }
  | { kind: 'inputSupply'; input: InputId; deltaPerMonth: number }
  | { kind: 'offensiveSurge'; deltaBp: number; months: number };

export interface GameEvent {
  id: string;
  /** an era deck the seed draws from at the start, or '' for an event that is always in play */
  deck: string;
  title: string;
  text: string;
  source: SourceRef;
  trigger: EventTrigger;
  actions: EventAction[];
}

/** An era deck: of its events, the seed draws `draw` at the start; the others never happen. */
export interface Deck {
  id: string;
  title: string;
  draw: number;
}

export type ObjectiveKind = 'territoryLostMax' | 'avgFireRatioMax' | 'readinessKept' | 'cohesionMin' | 'outproduceRussia' | 'noDebt' | 'requestsMet';

export interface Objective {
  id: string;
  kind: ObjectiveKind;
  /** the figure that earns full marks (km², bp, count, month …) */
  target: number;
  /** the figure at which it earns nothing */
  failAt: number;
  weight: number;
  text: string;
}

/** Lines and firms: learning, shifts, indexation. */
export interface IndustryRules {
  /** efficiency (bp) by months in production; a new plant reaches full rate after ~24 months */
  learningCurve: Curve;
  /** months of learning lost when a shift of new workers joins a line */
  dilutionMonths: number;
  maxShifts: number;
  /** shifts a line built under a capacity clause is counted with */
  newLineShifts: number;
  /** indexed contracts pay this much more for each full year since signing */
  indexationBpPerYear: number;
}

/** How firms price and judge offers (GAME.md §5). */
export interface MarketRules {
  /** price index (bp) by months of backlog */
  demandPriceCurve: Curve;
  longOrderMonths: number;
  longOrderDiscountBp: number;
  veryLongOrderMonths: number;
  veryLongOrderDiscountBp: number;
  pooledDiscountBp: number;
  indexedDiscountBp: number;
  /** a home government leaning on its firm lowers the margin it insists on */
  homePressureBp: number;
  /** an offer this far below the asking price is rejected, not countered */
  insultFloorBp: number;
  rejectTrustBp: number;
  lowTrustBp: number;
  lowTrustAdvanceBp: number;
  /** trust a firm starts with in a buyer the scenario does not name */
  defaultTrustBp: number;
  /** an advance this large shortens the guarantee a firm needs */
  bigAdvanceBp: number;
  bigAdvanceGuaranteeCutMonths: number;
  /** price discount (bp) for each 10 % of the contract paid in advance, and its cap */
  advanceDiscountBpPerTenth: number;
  maxAdvanceDiscountBp: number;
  /** months a firm remembers a counter-offer a buyer walked away from */
  walkAwayMemoryMonths: number;
  /** what a firm with idle capacity comes down (bp) to win back a buyer who walked away */
  walkAwayConcessionBp: number;
  /** lead time added when a firm has no capacity at all for the product */
  noCapacityLeadMonths: number;
  maxPerMonth: number;
  maxMonths: number;
  maxPriceEur: number;
}

/** The front's explicit tables, so a student can read why ground changed hands. */
export interface FrontRules {
  /** Russian gain (km²) per sector per month by fire ratio (bp) */
  gainByRatio: Curve;
  /** ratios above this are read as this on the gain table */
  ratioCapBp: number;
  /** gain multiplier (bp) by Russian : Ukrainian troops (bp) */
  manpowerCurve: Curve;
  /** extra Russian effective fire (bp) by air-defence cover (bp of need) */
  airThreatByCover: Curve;
  airDefenceBaseUse: number;
  /** one more air-defence missile fired per this many bp of air threat */
  airDefencePerThreatBp: number;
  ruLossesPerKm2: number;
  /** one Russian casualty per this many Ukrainian rounds received */
  ruLossesPerRounds: number;
  uaLossesPerKm2: number;
  uaLossesPerRounds: number;
  fortifyPerQuietMonthBp: number;
  fortifyLossPerLosingMonthBp: number;
  fortificationMaxBp: number;
  gainNoiseBp: number;
  /** Ukraine spreads its fire with this extra weight on every sector */
  ukraineSpreadWeightBp: number;
  minTroops: number;
  /** a month's ratio counts at most this much in the average */
  averageRatioCapBp: number;
}

/** Support, capital, elections, pledges, drawdowns (GAME.md §6). */
export interface PoliticsRules {
  fatiguePerMonthBp: number;
  supportBaseBp: number;
  /** support closes 1/n of its gap to the target each month */
  supportDriftDivisor: number;
  escalationDecayBp: number;
  maxCapital: number;
  /** capital regained per month: one point per this much support */
  capitalPerSupportBp: number;
  electionRiskSupportBp: number;
  electionCutBp: number;
  electionKeepCapital: number;
  cohesionDriftDivisor: number;
  requestMetCohesionBp: number;
  requestMissedCohesionBp: number;
  /** pledge cost: base + (Δbp)² / divisor */
  pledgeBaseCost: number;
  pledgeCostDivisor: number;
  maxPledgeBp: number;
  pledgeSupportCostPerBp: number;
  /** capital for drawing below the readiness floor: this many points per whole floor crossed */
  drawdownCapitalPerFloor: number;
  drawdownSupportCostPerCapital: number;
  industrialPlanCost: number;
  industrialPlanCohesionBp: number;
}

export interface Rules {
  /** months an extra shift takes to come online (1–2) */
  shiftLeadMonths: number;
  weekendBonusBp: number;
  weekendAccidentBp: number;
  plantSlipChanceBp: number;
  plantSlipMinMonths: number;
  plantSlipMaxMonths: number;
  industrialPlanDiscountBp: number;
  cancelPenaltyBp: number;
  cancelTrustLossBp: number;
  latePaymentTrustLossBp: number;
  maxOffersPerFirmPerTurn: number;
  industry: IndustryRules;
  market: MarketRules;
  front: FrontRules;
  politics: PoliticsRules;
}

/** One move of the historical record, for the `historical` policy (and the `balanced` one, which makes the capacity moves early). */
export type HistoricalMove =
  | { kind: 'shifts'; fromMonth: number; nation: string; lineId: string; shifts: number }
  | { kind: 'plant'; fromMonth: number; nation: string; templateId: string }
  | { kind: 'weekends'; fromMonth: number; nation: string; lineId: string }
  | { kind: 'inputPlant'; fromMonth: number; nation: string; plantId: string }
  | {
      kind: 'order';
      month: number;
      nation: string;
      firmId: string;
      product: ProductId;
      buyers: { nationId: string; shareBp: number }[];
      perMonth: number;
      months: number;
      advanceBp: number;
      deliverTo: 'stock' | 'ukraine';
    };

/** What the allies really did, as data the `historical` policy plays (calibration-facts §1–§3, §7, §9). */
export interface HistoricalRecord {
  moves: HistoricalMove[];
  /** share of stock above the readiness floor each ally sends a month (the US sent the most) */
  drawdownShareBp: Record<string, number>;
  defaultDrawdownShareBp: number;
  /** share of free budget spent on short top-up orders each quarter */
  topUpBudgetShareBp: number;
  /** allies submit their industrial plans from this month */
  industrialPlansFromMonth: number;
}

/** The scenario's opening position: the first GameState is built from it (scenario/build-game.ts). */
export interface Opening {
  nations: NationState[];
  firms: FirmState[];
  lines: ProductionLine[];
  contracts: Contract[];
  sectors: SectorState[];
  ukraineStock: PerProduct;
  russiaStockShells: number;
  russiaRecruitsPerMonth: number;
  inputSupply: PerInput;
  /** input plants paid for before the start, still to open */
  inputPlants: { id: string; nationId: string; readyMonth: number; open: boolean }[];
  politics: Politics;
}

export interface ContentData {
  id: string;
  /** display only: not part of the content hash */
  title: string;
  startMonth: number;
  endMonth: number;
  products: ProductSpec[];
  inputs: InputSpec[];
  inputPlants: InputPlantSpec[];
  nations: NationSpec[];
  firms: FirmSpec[];
  templates: PlantTemplate[];
  sectors: SectorSpec[];
  ukraine: UkraineSpec;
  russia: RussiaSpec;
  events: GameEvent[];
  decks: Deck[];
  objectives: Objective[];
  /** score (0..100) from which the game counts as won */
  winScore: number;
  /** months one turn of play covers: orders are given in a turn's first month only */
  monthsPerTurn: number;
  playable: string[];
  rules: Rules;
  historical: HistoricalRecord;
  opening: Opening;
  /** display names of the lines the scenario opens with; lines built in play take their template's */
  plantNames: Record<string, string>;
  /** a class session's rules (share/class-file.ts); absent outside a class, so other scenarios' hashes do not move */
  classRules?: ClassRules;
}

/** An order kind a trainer has locked, for some nations or all of them. */
export interface OrderLock {
  order: NationOrderKind;
  /** the nations it binds; empty for every nation */
  nations: string[];
  /** drawdowns only: lock only what would leave a stock below its readiness floor */
  belowReadinessFloor: boolean;
}

/** What a class session adds to its scenario: locked levers and what the teams may see. Injects become events. */
export interface ClassRules {
  locks: OrderLock[];
  /** hide the intelligence on Russia (its output, stock and fire) from the teams */
  hideRussia: boolean;
  /** hide other teams' scores until the end */
  hideOtherScores: boolean;
  /** the events the trainer scheduled (the news shows them as the trainer's) */
  injects: string[];
  /** played at the front of the room: the trainer may pause, fire injects and reveal or hide information live (trainer orders are refused otherwise) */
  facilitated?: boolean;
}

/** The scenario's fixed content, read-only, with its hash. */
export type ScenarioContent = DeepReadonly<ContentData> & { readonly hash: string };

/** Look-ups by id, built once per content (the content is frozen, so they never go stale). */
interface Index {
  products: Map<string, DeepReadonly<ProductSpec>>;
  byRole: Map<ProductRole, readonly DeepReadonly<ProductSpec>[]>;
  nations: Map<string, DeepReadonly<NationSpec>>;
  firms: Map<string, DeepReadonly<FirmSpec>>;
  templates: Map<string, DeepReadonly<PlantTemplate>>;
  inputPlants: Map<string, DeepReadonly<InputPlantSpec>>;
}

const indexes = new WeakMap<ScenarioContent, Index>();

/** The last content asked about: a game asks about one content thousands of times a month (issue 14). */
let last: { c: ScenarioContent; index: Index } | null = null;

function indexOf(c: ScenarioContent): Index {
  if (last?.c === c) return last.index;
  let index = indexes.get(c);
  if (!index) {
    const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
    const roles: ProductRole[] = ['artillery', 'airDefence'];
    index = {
      products: byId(c.products),
      byRole: new Map(roles.map((r) => [r, c.products.filter((p) => p.role === r)])),
      nations: byId(c.nations),
      firms: byId(c.firms),
      templates: byId(c.templates),
      inputPlants: byId(c.inputPlants),
    };
    indexes.set(c, index);
  }
  last = { c, index };
  return index;
}

/** Products with a role, in the scenario's order. */
export function productsWithRole(c: ScenarioContent, role: ProductRole): readonly DeepReadonly<ProductSpec>[] {
  return indexOf(c).byRole.get(role) ?? [];
}

export function productSpec(c: ScenarioContent, id: ProductId): DeepReadonly<ProductSpec> | undefined {
  return indexOf(c).products.get(id);
}

export function nationSpec(c: ScenarioContent, id: string): DeepReadonly<NationSpec> | undefined {
  return indexOf(c).nations.get(id);
}

export function firmSpec(c: ScenarioContent, id: string): DeepReadonly<FirmSpec> | undefined {
  return indexOf(c).firms.get(id);
}

export function templateSpec(c: ScenarioContent, id: string): DeepReadonly<PlantTemplate> | undefined {
  return indexOf(c).templates.get(id);
}

export function inputPlantSpec(c: ScenarioContent, id: string): DeepReadonly<InputPlantSpec> | undefined {
  return indexOf(c).inputPlants.get(id);
}

/** A line's display name: its template's, or the one the scenario gives it. */
export function plantNameOf(c: ScenarioContent, line: { id: string; templateId: string }): string {
  return (line.templateId ? templateSpec(c, line.templateId)?.plantName : c.plantNames[line.id]) ?? line.id;
}

/** An empty count for every declared product. */
export function zeroPerProduct(c: ScenarioContent): PerProduct {
  const out: PerProduct = {};
  for (const p of c.products) out[p.id] = 0;
  return out;
}
