/**
 * The game's vocabulary. Every quantity is an integer: euros, rounds, missiles,
 * kilograms, workers, km², or basis points (1 % = 100 bp). Months are absolute
 * month indexes (year × 12 + month − 1), see month.ts.
 */

/** A product the allies can buy. Shells are 155 mm rounds; Stingers are missiles. */
export type Product = 'shell' | 'stinger';
export const PRODUCTS: readonly Product[] = ['shell', 'stinger'];

/** Inputs that can bind production (propellant from cotton linters, explosive fill, seeker rare earths). */
export type Input = 'propellant' | 'explosive' | 'rareEarth';
export const INPUTS: readonly Input[] = ['explosive', 'propellant', 'rareEarth'];

/** The source of a political constraint or event, shown to the player. */
export interface SourceRef {
  /** an article file in shared/sources, or `calibration-facts.md §N` */
  file: string;
  outlet: string;
  date: string;
}

export type PerProduct = Record<Product, number>;
export type PerInput = Record<Input, number>;

/** Defence spending as a share of GDP, from a given year on. */
export interface SharePoint {
  year: number;
  shareBp: number;
}

export interface Nation {
  id: string;
  name: string;
  /** GDP in millions of euros */
  gdpMEur: number;
  /** current defence spending, share of GDP */
  defenceShareBp: number;
  /** scheduled shares by year (the historical path); pledges raise the floor of this path */
  sharePath: SharePoint[];
  /** share of the defence budget that this game's levers (ammunition for Ukraine) may use */
  munitionsShareBp: number;
  /** money available to spend now */
  fundsEur: number;
  /** money owed to firms that could not be paid on delivery */
  debtEur: number;
  stock: PerProduct;
  /** drawing below this costs political capital and support */
  readinessFloor: PerProduct;
  /** drawing below this is blocked */
  hardFloor: PerProduct;
  /** deliveries held back by an aid freeze, released when it ends */
  heldForUkraine: PerProduct;
  /** 0..100 */
  politicalCapital: number;
  /** 0..10000 */
  supportBp: number;
  /** 0..10000, grows each month of war; lowers support */
  warFatigueBp: number;
  electionMonths: number[];
  /** last month (inclusive) of an aid freeze, or -1 */
  aidFrozenUntil: number;
  /** escalation level (bp) past which this nation refuses escalating deliveries */
  escalationToleranceBp: number;
  /** skilled workers not yet on a line */
  freeLabour: number;
  labourGrowthPerMonth: number;
  /** submitted its defence-industrial plan: cheaper capacity investment */
  industrialPlan: boolean;
}

export type LineStatus = 'mothballed' | 'reactivating' | 'building' | 'running';

export interface PendingShift {
  readyMonth: number;
  /** nation paying the overtime premium */
  payer: string;
}

export interface ProductionLine {
  id: string;
  firmId: string;
  plantName: string;
  /** nation whose labour pool staffs the line */
  nationId: string;
  product: Product;
  status: LineStatus;
  /** month the line becomes ready when building or reactivating */
  readyMonth: number;
  capacityPerShift: number;
  shifts: number;
  pendingShifts: PendingShift[];
  /** nations paying the overtime premium of each active extra shift */
  shiftPayers: string[];
  weekend: boolean;
  /** nation paying for weekend work, when on */
  weekendPayer: string;
  /** months of production since the line was last re-tasked or diluted (learning curve) */
  learningMonths: number;
  workersPerShift: number;
  upkeepEurPerMonth: number;
  variableCostEur: number;
  /** overtime premium per month of an extra shift or of weekend work */
  overtimeEurPerMonth: number;
  inputsPerUnit: PerInput;
  /** months from a reactivation order to first output (Stinger restart ≈ 30) */
  reactivationMonths: number;
  reactivationCostEur: number;
  /** months idle by an accident during weekend work */
  accidentUntil: number;
  /** whether the completion slip has been drawn already */
  slipDrawn: boolean;
  /** chance its completion slips (expansions of running plants slip less than new plants) */
  slipChanceBp: number;
}

/** A plant a firm can build, as listed in the scenario. */
export interface PlantTemplate {
  id: string;
  firmId: string;
  plantName: string;
  nationId: string;
  product: Product;
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
  inputsPerUnit: PerInput;
}

export interface Firm {
  id: string;
  name: string;
  nationId: string;
  /** pre-war unit price per product; demand pushes it up */
  basePriceEur: PerProduct;
  /** margin the firm wants over its unit cost */
  minMarginBp: number;
  /** years of guaranteed offtake (in months) before it builds new capacity on its own money */
  guaranteeMonths: number;
  /** earliest delivery after signing, with an empty order book */
  baseLeadMonths: number;
  /** trust in each buyer, 0..10000 */
  trustBp: Record<string, number>;
  cashEur: number;
  templates: string[];
}

export interface Buyer {
  nationId: string;
  shareBp: number;
}

export type ContractStatus = 'active' | 'completed' | 'cancelled';

export interface Contract {
  id: string;
  firmId: string;
  product: Product;
  buyers: Buyer[];
  perMonth: number;
  months: number;
  unitPriceEur: number;
  advanceEur: number;
  /** advance not yet set against deliveries */
  advanceLeftEur: number;
  capacityClause: boolean;
  indexed: boolean;
  deliverTo: 'stock' | 'ukraine';
  signedMonth: number;
  firstDeliveryMonth: number;
  delivered: number;
  /** line built under the capacity clause, if any */
  capacityLineId: string;
  status: ContractStatus;
}

export interface Offer {
  firmId: string;
  product: Product;
  buyers: Buyer[];
  perMonth: number;
  months: number;
  unitPriceEur: number;
  /** advance payment as a share of total value */
  advanceBp: number;
  capacityClause: boolean;
  indexed: boolean;
  deliverTo: 'stock' | 'ukraine';
}

export type Verdict = 'accept' | 'counter' | 'reject';

export interface Reason {
  code: string;
  text: string;
}

export interface FirmAnswer {
  verdict: Verdict;
  reasons: Reason[];
  /** the terms the firm would sign, when it counters */
  counter: Offer | null;
  /** the firm's asking price for this offer */
  askPriceEur: number;
}

export interface Sector {
  id: string;
  name: string;
  /** km² Ukraine holds in this sector's operational area */
  ukraineHeldKm2: number;
  fortificationBp: number;
  ukraineTroops: number;
  russiaTroops: number;
  /** share of Russia's fire its doctrine put here last month */
  russianFireShareBp: number;
  lastRatioBp: number;
  lastRussianFire: number;
  lastUkrainianFire: number;
  lastGainKm2: number;
}

export interface Ukraine {
  stock: PerProduct;
  /** rounds per month Ukraine's doctrine wants to fire, all sectors, by month */
  fireDemandPath: RatePoint[];
  /** Ukraine never fires more than this share of its stock in a month (it keeps a reserve) */
  rationBp: number;
  /** Stingers Ukraine needs on hand before Russian aviation stays out of range */
  airDefenceNeed: number;
  ownProductionPerMonth: number;
  recruitsPerMonth: number;
}

/** A rate that holds from a month on, until the next point: a path through time. */
export interface RatePoint {
  fromMonth: number;
  perMonth: number;
}

export interface Russia {
  stockShells: number;
  productionPath: RatePoint[];
  fireDemandPath: RatePoint[];
  /**
   * How hard Russia pushes on the ground besides artillery (infantry assaults,
   * glide bombs, drones), in bp: a multiplier on gains. Calibration-facts §10:
   * gains do not track the shell ratio alone.
   */
  offensivePath: RatePoint[];
  /** offensives that events start: extra ground pressure (bp) until a month */
  surges: { deltaBp: number; untilMonth: number; eventId: string }[];
  /** imports scheduled by events: rounds per month until the given month */
  imports: { source: string; eventId: string; perMonth: number; untilMonth: number }[];
  /** share of fire moved to the sector where its ratio is best */
  concentrationBp: number;
  /** chance the doctrine feints into another sector */
  feintChanceBp: number;
  recruitsPerMonth: number;
  /** monthly fire reserve: Russia never plans to fire more than stock / this */
  stockMonthsReserve: number;
  lastProduction: number;
  lastImports: number;
}

export interface InputMarket {
  /** kg (or units for rare earths) available to Western lines per month */
  supplyPerMonth: PerInput;
  /** supply shocks: share of supply removed until a month */
  shocks: { input: Input; cutBp: number; untilMonth: number; source: string }[];
}

export type EventTrigger =
  | { kind: 'month'; month: number }
  | { kind: 'window'; fromMonth: number; toMonth: number; chanceBp: number }
  | { kind: 'stockBelow'; who: string; product: Product; amount: number; fromMonth: number }
  | { kind: 'escalationAbove'; bp: number };

export type EventAction =
  | { kind: 'aidFreeze'; nationId: string; months: number }
  | { kind: 'inputShock'; input: Input; cutBp: number; months: number }
  | { kind: 'russianImports'; source: string; perMonth: number; months: number }
  | { kind: 'support'; nationId: string; deltaBp: number }
  | { kind: 'politicalCapital'; nationId: string; delta: number }
  | { kind: 'escalation'; deltaBp: number }
  | { kind: 'cohesion'; deltaBp: number }
  | { kind: 'funds'; nationId: string; deltaEur: number }
  | { kind: 'ukraineSupply'; product: Product; amount: number }
  | { kind: 'ukraineRequest'; requestId: string; product: Product; amount: number; byMonth: number }
  | { kind: 'summit'; pledgeDiscountBp: number; industrialPlans: boolean }
  | { kind: 'russianRecruits'; perMonth: number }
  | { kind: 'labour'; nationId: string; delta: number }
  | { kind: 'inputSupply'; input: Input; deltaPerMonth: number }
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

export interface UkrainianRequest {
  id: string;
  product: Product;
  amount: number;
  byMonth: number;
  /** delivered towards it since it was made */
  received: number;
  status: 'open' | 'met' | 'missed';
}

export type ObjectiveKind = 'territoryLostMax' | 'avgFireRatioMax' | 'readinessKept' | 'cohesionMin' | 'outproduceRussia' | 'noDebt' | 'requestsMet';

export interface Objective {
  id: string;
  kind: ObjectiveKind;
  /** the figure that earns full marks (km², bp, count …) */
  target: number;
  /** the figure at which it earns nothing */
  failAt: number;
  weight: number;
  text: string;
}

export interface Politics {
  escalationBp: number;
  cohesionBp: number;
  /** last month (inclusive) of an open summit, or -1 */
  summitUntil: number;
  /** political capital discount on pledges during a summit */
  summitDiscountBp: number;
  industrialPlansOpen: boolean;
}

/** Running totals the score and metrics are computed from. */
export interface Tally {
  russianGainKm2: number;
  fireRatioSumBp: number;
  fireRatioTurns: number;
  natoShellsLastMonth: number;
  /** of which from lines in the United States and Canada */
  northAmericaShellsLastMonth: number;
  stingersLastMonth: number;
  russiaShellsLastMonth: number;
  /** first month NATO out-produced Russia, or -1 */
  outproducedMonth: number;
  shellsProduced: number;
  shellsFiredUkraine: number;
  shellsFiredRussia: number;
  /** shells that reached Ukraine from outside the allies' lines (own output, third countries) */
  shellsFromElsewhere: number;
  stingersFired: number;
  ukraineLosses: number;
  russiaLosses: number;
  floorBreaches: number;
}

export interface RngState {
  industry: number[];
  front: number[];
  events: number[];
  politics: number[];
  ai: number[];
}
export type RngStream = keyof RngState;

export interface Rules {
  /** months an extra shift takes to come online (1–2) */
  shiftLeadMonths: number;
  /** extra output from weekend work */
  weekendBonusBp: number;
  /** chance per month of an accident on a line working weekends */
  weekendAccidentBp: number;
  /** chance a plant's completion slips, and the slip range */
  plantSlipChanceBp: number;
  plantSlipMinMonths: number;
  plantSlipMaxMonths: number;
  /** capex discount for nations that submitted an industrial plan */
  industrialPlanDiscountBp: number;
  /** penalty on cancelling: share of the remaining contract value */
  cancelPenaltyBp: number;
  cancelTrustLossBp: number;
  latePaymentTrustLossBp: number;
  maxOffersPerFirmPerTurn: number;
}

export interface GameState {
  rulesVersion: number;
  scenarioId: string;
  scenarioHash: string;
  seed: string;
  turn: number;
  startMonth: number;
  month: number;
  endMonth: number;
  nations: Nation[];
  firms: Firm[];
  lines: ProductionLine[];
  templates: PlantTemplate[];
  contracts: Contract[];
  nextContractNo: number;
  nextLineNo: number;
  /** offers made this turn, per firm:buyer */
  offersThisTurn: Record<string, number>;
  sectors: Sector[];
  ukraine: Ukraine;
  russia: Russia;
  inputs: InputMarket;
  politics: Politics;
  events: GameEvent[];
  decks: Deck[];
  firedEvents: string[];
  /** events of era decks the seed did not draw: they never fire in this game */
  shelvedEvents: string[];
  requests: UkrainianRequest[];
  objectives: Objective[];
  /** score (0..100) from which the game counts as won */
  winScore: number;
  playable: string[];
  rules: Rules;
  rng: RngState;
  tally: Tally;
  finished: boolean;
}

export type Order =
  | { kind: 'offer'; offer: Offer }
  | { kind: 'cancelContract'; nationId: string; contractId: string }
  | { kind: 'addShift'; nationId: string; lineId: string }
  | { kind: 'weekendWork'; nationId: string; lineId: string; on: boolean }
  | { kind: 'fundPlant'; nationId: string; templateId: string }
  | { kind: 'reactivateLine'; nationId: string; lineId: string }
  | { kind: 'drawdown'; nationId: string; product: Product; amount: number }
  | { kind: 'pledge'; nationId: string; shareBp: number }
  | { kind: 'industrialPlan'; nationId: string };

export type OrderKind = Order['kind'];
