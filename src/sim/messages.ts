/**
 * Messages as data: the simulation never writes prose. A report entry, an
 * order's result and a firm's reason carry a message id and its parameters;
 * the UI's formatter (src/ui/text/messages.ts) turns them into English, and a
 * translation would turn them into anything else. Parameters are ids (nation,
 * firm, line, product, sector, event, contract …) and integers whose unit is
 * in their name (`…Eur`, `…Bp`, `…Month`, `…Km2`; bare counts are units).
 */
import type { DoctrineMode, ProductId } from './types';

type Id = string;

/** The terms of an offer that move a firm's price. */
export type PriceTerm = 'months' | 'pooled' | 'indexed' | 'advance';

export interface MessageParams {
  // Any order
  'order.gameOver': Record<string, never>;
  'order.unknownKind': { kind: string };
  'order.unknownActor': { actor: Id };
  'order.notANation': { actor: Id };
  'order.unknownLine': { line: Id };
  'order.unknownTemplate': { template: Id };
  'order.unknownContract': { contract: Id };
  'order.unknownFirm': { firm: Id };
  'order.unknownProduct': { product: Id };
  'order.badAmount': Record<string, never>;
  'order.locked': { kind: string; nation: Id; belowReadinessFloor: boolean };
  // The trainer's orders in a facilitated game
  'trainer.only': { actor: Id };
  'trainer.notFacilitated': Record<string, never>;
  'trainer.facilitate': { action: string };
  'trainer.unknownEvent': { event: Id };
  'trainer.alreadyFired': { event: Id };
  'trainer.injected': { event: Id };
  'trainer.lever': { lever: string; locked: boolean; nations: Id[] };
  // Drawdowns, pledges, plans
  'drawdown.frozen': { nation: Id };
  'drawdown.balks': { nation: Id; escalationBp: number };
  'drawdown.hardFloor': { nation: Id; product: ProductId; spare: number };
  'drawdown.noCapital': { nation: Id; product: ProductId; belowFloor: number; capital: number; has: number };
  'drawdown.sent': { nation: Id; product: ProductId; amount: number; belowFloor: number; capital: number };
  'pledge.mustRaise': { nation: Id; currentBp: number };
  'pledge.tooHigh': { maxBp: number };
  'pledge.noCapital': { nation: Id; deltaBp: number; cost: number; has: number };
  'pledge.made': { nation: Id; shareBp: number; cost: number; cohesionBp: number };
  'plan.notOpen': Record<string, never>;
  'plan.already': { nation: Id };
  'plan.noCapital': { nation: Id; cost: number; has: number };
  'plan.submitted': { nation: Id; discountBp: number; cohesionBp: number; backed: boolean };
  // Offers and contracts
  'offer.outOfRange': { field: string; min: number; max: number };
  'offer.noBuyer': Record<string, never>;
  'offer.unknownBuyer': { nation: Id };
  'offer.buyerTwice': { nation: Id };
  'offer.badShare': Record<string, never>;
  'offer.sharesSum': { totalBp: number };
  'offer.actorNotBuyer': { actor: Id };
  'offer.cannotPayAdvance': { nation: Id; partEur: number; hasEur: number };
  'offer.noConsent': { nation: Id };
  'offer.rounds': { max: number };
  'offer.answered': { firm: Id; verdict: 'counter' | 'reject' };
  'offer.signed': { firm: Id; contract: Id };
  'cancel.notActive': { contract: Id; status: string };
  'cancel.notBuyer': { nation: Id; contract: Id };
  'cancel.done': { contract: Id; penaltyEur: number; advanceKeptEur: number; firm: Id; nation: Id };
  // A firm's reasons
  'firm.unknown': Record<string, never>;
  'firm.noTrust': { firm: Id; nations: string };
  'firm.wantsAdvance': { advanceBp: number };
  'firm.noCapacity': { product: ProductId };
  'firm.volumeExisting': { free: number };
  'firm.volumeNewLine': { addable: number; max: number };
  'firm.guarantee': { months: number; free: number; addable: number };
  'firm.priceInsult': { offeredEur: number; askEur: number };
  'firm.price': { askEur: number; backlogMonths: number };
  'firm.accepts': { firm: Id };
  /** a term of the offer that lowered the price, and by how much */
  'firm.termCredit': { term: PriceTerm; eur: number };
  /** a term not used yet and what it would take off the price */
  'firm.lever': { term: PriceTerm; savesEur: number; months: number; advanceBp: number };
  /** the buyer walked away from a counter-offer: a firm with idle lines comes down (`eur` > 0), a full one does not */
  'firm.walkedAway': { firm: Id; month: number; eur: number };
  // Capacity levers and plants
  'line.notRunning': { line: Id; status: string };
  'shift.atMax': { line: Id; max: number };
  'shift.noWorkers': { labourNation: Id; need: number; free: number };
  'shift.noMoney': { nation: Id; eur: number };
  'shift.ordered': { line: Id; readyMonth: number; eur: number };
  'weekend.already': { line: Id; on: number };
  'weekend.notPayer': { nation: Id; line: Id };
  'weekend.set': { line: Id; on: number };
  'reactivate.notMothballed': { line: Id; status: string };
  'reactivate.noMoney': { nation: Id; line: Id; eur: number };
  'reactivate.started': { line: Id; readyMonth: number; months: number };
  'plant.alreadyFunded': { template: Id; status: string };
  'plant.noMoney': { nation: Id; template: Id; costEur: number; hasEur: number };
  'plant.funded': { nation: Id; template: Id; costEur: number; readyMonth: number };
  'order.unknownInputPlant': { plant: Id };
  'inputPlant.alreadyFunded': { plant: Id; nation: Id };
  'inputPlant.noMoney': { nation: Id; plant: Id; costEur: number; hasEur: number };
  'inputPlant.funded': { nation: Id; plant: Id; costEur: number; readyMonth: number; input: Id; addsPerMonth: number };
  'inputPlant.opens': { plant: Id; nation: Id; input: Id; addsPerMonth: number; supply: number };
  // The month's report
  'budget.share': { nation: Id; shareBp: number };
  'budget.month': { nation: Id; incomeEur: number; repaidEur: number };
  'construction.slip': { line: Id; months: number; readyMonth: number };
  'construction.waitsLabour': { line: Id; need: number; labourNation: Id; free: number };
  'construction.opens': { line: Id };
  'construction.shift': { line: Id; shifts: number; efficiencyBp: number; wasBp: number };
  'production.accident': { line: Id };
  'production.repaired': { line: Id };
  'production.learning': { line: Id; efficiencyBp: number; wasBp: number };
  'production.inputBinds': { input: Id; supply: number; need: number; scaleBp: number };
  /**
   * `possible`: what shifts, weekends and efficiency allow; `uncontracted`: the part no contract of
   * the line's `firm` calls for; `input`: the input that scaled it down ('' if none), `inputShort`
   * the shortfall of that input across all lines.
   */
  'production.made': {
    line: Id;
    product: ProductId;
    units: number;
    idle: number;
    shifts: number;
    weekend: number;
    efficiencyBp: number;
    firm: Id;
    possible: number;
    uncontracted: number;
    input: Id;
    inputShort: number;
  };
  'delivery.late': { nation: Id; firm: Id; debtEur: number };
  /** a contract's deliveries start this month: its firm's lines are called on for more */
  'contract.starts': { contract: Id; firm: Id; product: ProductId; perMonth: number; months: number };
  'delivery.made': { firm: Id; product: ProductId; units: number; to: 'stock' | 'held' | 'ukraine'; nation: Id; contract: Id };
  'russia.supply': { production: number; imports: number; sources: string; stock: number };
  'russia.fire': { fired: number; demand: number; stock: number; reserveMonths: number; rebuildBp: number };
  'russia.economy': { made: number; capacity: number; refurbished: number; pool: number; imports: number; sources: string; stock: number };
  'russia.doctrine': {
    mode: DoctrineMode;
    changed: boolean;
    ukraineFiredBp: number;
    ratioBp: number;
    ukraineStockTenths: number;
    russiaStockTenths: number;
    offensiveBelowBp: number;
    offensiveRatioBp: number;
    buildUpMonths: number;
    rebuildBelowMonths: number;
  };
  /** a scripted path (resolve/scripted.ts) changes its rate this month */
  'path.change': { path: string; fromPerMonth: number; toPerMonth: number; sinceMonth: number };
  'front.air': { product: ProductId; stock: number; need: number; threatBp: number; fired: number };
  'front.ownOutput': { product: ProductId; units: number };
  'front.fired': { start: number; received: number; fired: number; demand: number; left: number; rationBp: number };
  'front.sector': { sector: Id; ratioBp: number; ruFire: number; uaFire: number; gainKm2: number; pressed: 'no' | 'concentrated' | 'feint' };
  // The parts of a sector's gain (front-factors.ts): each `gainKm2` is the km² that part adds for Russia (negative: it saved ground)
  'front.base': { sector: Id; ruFire: number; uaFire: number; ratioBp: number; gainKm2: number };
  'front.short': { sector: Id; fired: number; wanted: number; gainKm2: number };
  'front.focus': { sector: Id; target: Id; pressed: 'concentrated' | 'feint'; ruFire: number; evenFire: number; gainKm2: number };
  'front.airHere': { sector: Id; threatBp: number; gainKm2: number };
  'front.pressure': { sector: Id; offensiveBp: number; gainKm2: number };
  /** this war's Russian manpower, drawn by the seed: bp of the scripted pressure */
  'front.manpower': { sector: Id; manpowerBp: number; gainKm2: number };
  'front.surge': { sector: Id; event: Id; deltaBp: number; gainKm2: number };
  'front.doctrine': { sector: Id; mode: DoctrineMode; deltaBp: number; gainKm2: number };
  'politics.electionCut': { nation: Id; supportBp: number; cutBp: number; fromEur: number; toEur: number };
  'politics.electionKeep': { nation: Id; capital: number };
  'politics.release': { nation: Id; product: ProductId; held: number };
  'politics.request': { request: Id; product: ProductId; amount: number; byMonth: number; met: number; received: number; cohesionBp: number };
  event: { event: Id };
}

export type MessageId = keyof MessageParams;

/** A message id with its parameters. */
export type Message = { [K in MessageId]: { id: K; params: MessageParams[K] } }[MessageId];

/** Builds a message; the parameters are checked against the id. */
export function msg<K extends MessageId>(id: K, params: MessageParams[K]): Message {
  return { id, params } as Message;
}
