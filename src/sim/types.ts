/**
 * The game's vocabulary. Every quantity is an integer: euros, rounds, missiles,
 * kilograms, workers, km², or basis points (1 % = 100 bp). Months are absolute
 * month indexes (year × 12 + month − 1), see month.ts.
 *
 * Two halves: what a scenario fixes is `ScenarioContent` (content.ts: deeply
 * read-only, hashed once), and what a month changes is `GameState` (here).
 * Products and inputs are ids the scenario declares, never literals in a rule.
 */
import type { Message } from './messages';

/** A product id declared in the scenario's `products` (e.g. "shell", "stinger"). */
export type ProductId = string;
/** An input id declared in the scenario's `inputs` (e.g. "propellant"). */
export type InputId = string;

/** A count per product id; every declared product has an entry. */
export type PerProduct = Record<ProductId, number>;
/** A count per input id; every declared input has an entry. */
export type PerInput = Record<InputId, number>;

/** The source of a political constraint or event, shown to the player. */
export interface SourceRef {
  /** an article file in shared/sources, or `calibration-facts.md §N` */
  file: string;
  outlet: string;
  date: string;
}

/** What changes about an allied nation; its fixed figures are in `NationSpec`. */
export interface NationState {
  id: string;
  /** current defence spending, share of GDP */
  defenceShareBp: number;
  /** share of the defence budget that this game's levers (munitions for Ukraine) may use */
  munitionsShareBp: number;
  /** money available to spend now */
  fundsEur: number;
  /** money owed to firms that could not be paid on delivery */
  debtEur: number;
  stock: PerProduct;
  /** deliveries held back by an aid freeze, released when it ends */
  heldForUkraine: PerProduct;
  /** 0..rules.politics.maxCapital */
  politicalCapital: number;
  /** 0..10000 */
  supportBp: number;
  /** 0..10000, grows each month of war; lowers support */
  warFatigueBp: number;
  /** last month (inclusive) of an aid freeze, or -1 */
  aidFrozenUntil: number;
  /** skilled workers not yet on a line */
  freeLabour: number;
  /** submitted its defence-industrial plan: cheaper capacity investment */
  industrialPlan: boolean;
}

export type LineStatus = 'mothballed' | 'reactivating' | 'building' | 'running';

export interface PendingShift {
  readyMonth: number;
  /** nation paying the overtime premium */
  payer: string;
}

/** A line in the state: lines are built during play, so each carries its own figures. */
export interface ProductionLine {
  id: string;
  firmId: string;
  /** the plant template it was built from during play, or '' for a line the scenario opens with (names are content: see plantNameOf) */
  templateId: string;
  /** nation whose labour pool staffs the line */
  nationId: string;
  product: ProductId;
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

/** What changes about a firm: its trust in each buyer, its cash, and the counter-offers buyers left unanswered. */
export interface FirmState {
  id: string;
  /** trust in each buyer, 0..10000 */
  trustBp: Record<string, number>;
  cashEur: number;
  /** the last counter-offer each buyer left unanswered, per product: a firm remembers a walked-away offer */
  leftCounters: LeftCounter[];
}

/** A counter-offer the proposing buyer did not take up in the month it was made. */
export interface LeftCounter {
  nationId: string;
  product: ProductId;
  month: number;
  askEur: number;
}

export interface Buyer {
  nationId: string;
  shareBp: number;
}

export type ContractStatus = 'active' | 'completed' | 'cancelled';
export type Destination = 'stock' | 'ukraine';

export interface Contract {
  id: string;
  firmId: string;
  product: ProductId;
  buyers: Buyer[];
  perMonth: number;
  months: number;
  unitPriceEur: number;
  advanceEur: number;
  /** advance not yet set against deliveries */
  advanceLeftEur: number;
  capacityClause: boolean;
  indexed: boolean;
  deliverTo: Destination;
  signedMonth: number;
  firstDeliveryMonth: number;
  delivered: number;
  /** line built under the capacity clause, if any */
  capacityLineId: string;
  status: ContractStatus;
}

export interface Offer {
  firmId: string;
  product: ProductId;
  buyers: Buyer[];
  perMonth: number;
  months: number;
  unitPriceEur: number;
  /** advance payment as a share of total value */
  advanceBp: number;
  capacityClause: boolean;
  indexed: boolean;
  deliverTo: Destination;
}

export type Verdict = 'accept' | 'counter' | 'reject';

export interface FirmAnswer {
  verdict: Verdict;
  /** why, as messages (message ids with parameters) */
  reasons: Message[];
  /** the terms the firm would sign, when it counters */
  counter: Offer | null;
  /** the firm's asking price for this offer */
  askPriceEur: number;
}

/** What changes in a front sector; its name and the map site are content. */
export interface SectorState {
  id: string;
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

export interface UkraineState {
  stock: PerProduct;
}

/** A rate that holds from a month on, until the next point: a path through time. */
export interface RatePoint {
  fromMonth: number;
  perMonth: number;
  /** why the rate changes here, for the report (prose: not hashed) */
  text?: string;
  source?: SourceRef;
}

export interface RussiaState {
  stockShells: number;
  /** this war's Russian manpower, drawn by the seed at the start: bp of the scripted ground pressure */
  manpowerBp: number;
  /** this war's imports, drawn by the seed at the start: bp of every shipment the news schedules */
  importsBp: number;
  /** this war's offensive timing, drawn by the seed at the start: months the offensive path's changes come late (negative: early) */
  offensiveDelay: number;
  /** offensives that events start: extra ground pressure (bp) until a month */
  surges: { deltaBp: number; untilMonth: number; eventId: string }[];
  /** imports scheduled by events: rounds per month until the given month */
  imports: { source: string; eventId: string; perMonth: number; untilMonth: number }[];
  recruitsPerMonth: number;
  /** shells made last month: new and refurbished (`lastNew` + `lastRefurb` with an economy) */
  lastProduction: number;
  lastImports: number;
  /** the war economy (content russia.economy): capacities in shells a month, the old rounds left, last month's split */
  newCapacity: number;
  refurbCapacity: number;
  refurbPool: number;
  lastNew: number;
  lastRefurb: number;
  /** sanctions and input shocks: a share of new output lost until a month */
  sanctions: { cutBp: number; untilMonth: number; eventId: string }[];
  /** the doctrine's choice this month (content russia.doctrine) */
  doctrine: DoctrineMode;
}

/** What Russia's doctrine is doing: pressing where Ukraine is short, grinding on, digging in against a stocked Ukraine, or saving shells. */
export type DoctrineMode = 'offensive' | 'attrition' | 'digIn' | 'rebuild';

export interface InputMarket {
  /** kg (or units for rare earths) available to Western lines per month */
  supplyPerMonth: PerInput;
  /** supply shocks: share of supply removed until a month */
  shocks: { input: InputId; cutBp: number; untilMonth: number; source: string }[];
  /** input plants a state has paid for (content inputPlants): open once their month comes, adding to supply */
  plants: { id: string; nationId: string; readyMonth: number; open: boolean }[];
}

export interface UkrainianRequest {
  id: string;
  product: ProductId;
  amount: number;
  byMonth: number;
  /** delivered towards it since it was made */
  received: number;
  status: 'open' | 'met' | 'missed';
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
  /** artillery rounds the allies' lines made last month, in rounds of the scenario's reference calibre */
  natoArtilleryLastMonth: number;
  /** of which, per region of the making nation */
  artilleryByRegionLastMonth: Record<string, number>;
  /** units made last month, per product */
  madeLastMonth: PerProduct;
  /** Russian shells made last month, new and refurbished (imports not counted) */
  russiaShellsLastMonth: number;
  /** of which from new production only: the count by which NATO's Secretary General claimed in Nov 2025 that NATO out-produces Russia */
  russiaNewShellsLastMonth: number;
  /** first month NATO out-produced Russia (new and refurbished), or -1 */
  outproducedMonth: number;
  /** first month NATO out-produced Russia's new production alone, or -1 */
  outproducedNewMonth: number;
  /** artillery rounds made by the allies' lines, whole game */
  artilleryProduced: number;
  artilleryFiredUkraine: number;
  shellsFiredRussia: number;
  /** artillery that reached Ukraine from outside the allies' lines (own output, third countries) */
  artilleryFromElsewhere: number;
  airDefenceFired: number;
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

/** Everything a month changes. The scenario's fixed content is never here. */
export interface GameState {
  rulesVersion: number;
  scenarioId: string;
  /** the hash of the content this state belongs to (outcome-relevant parts only) */
  contentHash: string;
  seed: string;
  turn: number;
  month: number;
  nations: NationState[];
  firms: FirmState[];
  lines: ProductionLine[];
  contracts: Contract[];
  nextContractNo: number;
  nextLineNo: number;
  /** offer rounds made this turn, per `firm:actor` */
  offersThisTurn: Record<string, number>;
  sectors: SectorState[];
  ukraine: UkraineState;
  russia: RussiaState;
  inputs: InputMarket;
  politics: Politics;
  firedEvents: string[];
  /** events of era decks the seed did not draw: they never fire in this game */
  shelvedEvents: string[];
  requests: UkrainianRequest[];
  /** the trainer's live locks and unlocks, one per lever, latest decision only; empty outside a live class */
  leverLocks: LeverLock[];
  rng: RngState;
  tally: Tally;
  finished: boolean;
}

/** Who gives an order: a nation id, or the trainer for class controls. */
export type Actor = string;
export const TRAINER: Actor = 'trainer';

/** Orders; every one names its actor. */
export type Order =
  | { kind: 'offer'; actor: Actor; offer: Offer }
  | { kind: 'cancelContract'; actor: Actor; contractId: string }
  | { kind: 'addShift'; actor: Actor; lineId: string }
  | { kind: 'weekendWork'; actor: Actor; lineId: string; on: boolean }
  | { kind: 'fundPlant'; actor: Actor; templateId: string }
  | { kind: 'fundInputPlant'; actor: Actor; plantId: string }
  | { kind: 'reactivateLine'; actor: Actor; lineId: string }
  | { kind: 'drawdown'; actor: Actor; product: ProductId; amount: number }
  | { kind: 'pledge'; actor: Actor; shareBp: number }
  | { kind: 'industrialPlan'; actor: Actor }
  | { kind: 'inject'; actor: Actor; eventId: string }
  | { kind: 'facilitate'; actor: Actor; action: FacilitatorAction }
  | { kind: 'lockLever'; actor: Actor; lever: NationOrderKind; nations: string[]; locked: boolean };

/**
 * What the trainer does at the front of the room, recorded among the orders so
 * that a replay of a facilitated game carries it and still verifies. Pausing
 * and what is shown change no figure; an inject (its own order) does.
 */
export type FacilitatorAction = 'pause' | 'resume' | 'revealRussia' | 'hideRussia' | 'revealScores' | 'hideScores';
export const FACILITATOR_ACTIONS: readonly FacilitatorAction[] = ['pause', 'resume', 'revealRussia', 'hideRussia', 'revealScores', 'hideScores'];

export type OrderKind = Order['kind'];
/** The levers a nation pulls: what a class may lock (the trainer's own orders are not locked). */
export const NATION_ORDER_KINDS = [
  'offer',
  'cancelContract',
  'addShift',
  'weekendWork',
  'fundPlant',
  'fundInputPlant',
  'reactivateLine',
  'drawdown',
  'pledge',
  'industrialPlan',
] as const;
export type NationOrderKind = (typeof NATION_ORDER_KINDS)[number];

/**
 * A lever the trainer locked or unlocked during the game (a `lockLever` order). It decides for its
 * lever over the class file's locks: a live unlock frees a lever the file locked.
 */
export interface LeverLock {
  lever: NationOrderKind;
  locked: boolean;
  /** the nations a lock binds; empty for every nation */
  nations: string[];
}
export type OrderOf<K extends OrderKind> = Extract<Order, { kind: K }>;
