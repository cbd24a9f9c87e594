/**
 * The resolver's one copy per turn, written out per entity: about ten times
 * faster than a generic deep copy, which is what lets batch runs play
 * thousands of campaigns (npm run bench). TypeScript rejects a copy that
 * forgets a field; tests/property checks that resolving never writes to the
 * input. The scenario's content is not in the state, so nothing here is
 * shared by convention: every field is copied, except finished contracts,
 * which never change again.
 */
import type { Contract, FirmState, GameState, InputMarket, NationState, ProductionLine, RussiaState, SectorState, Tally, UkrainianRequest } from './types';

/** `held`: what it holds for Ukraine, copied or shared by the caller. */
const nationWith = (n: NationState, held: NationState['heldForUkraine']): NationState => ({
  id: n.id,
  defenceShareBp: n.defenceShareBp,
  munitionsShareBp: n.munitionsShareBp,
  fundsEur: n.fundsEur,
  debtEur: n.debtEur,
  stock: { ...n.stock },
  heldForUkraine: held,
  politicalCapital: n.politicalCapital,
  supportBp: n.supportBp,
  warFatigueBp: n.warFatigueBp,
  aidFrozenUntil: n.aidFrozenUntil,
  freeLabour: n.freeLabour,
  industrialPlan: n.industrialPlan,
});
const nation = (n: NationState): NationState => nationWith(n, { ...n.heldForUkraine });

const firm = (f: FirmState): FirmState => ({ id: f.id, trustBp: { ...f.trustBp }, cashEur: f.cashEur, leftCounters: f.leftCounters.map((l) => ({ ...l })) });

function line(l: ProductionLine): ProductionLine {
  return {
    id: l.id,
    firmId: l.firmId,
    templateId: l.templateId,
    nationId: l.nationId,
    product: l.product,
    status: l.status,
    readyMonth: l.readyMonth,
    capacityPerShift: l.capacityPerShift,
    shifts: l.shifts,
    pendingShifts: l.pendingShifts.map((p) => ({ readyMonth: p.readyMonth, payer: p.payer })),
    shiftPayers: [...l.shiftPayers],
    weekend: l.weekend,
    weekendPayer: l.weekendPayer,
    learningMonths: l.learningMonths,
    workersPerShift: l.workersPerShift,
    upkeepEurPerMonth: l.upkeepEurPerMonth,
    variableCostEur: l.variableCostEur,
    overtimeEurPerMonth: l.overtimeEurPerMonth,
    reactivationMonths: l.reactivationMonths,
    reactivationCostEur: l.reactivationCostEur,
    accidentUntil: l.accidentUntil,
    slipDrawn: l.slipDrawn,
    slipChanceBp: l.slipChanceBp,
  };
}

/** Finished contracts never change again, so they are shared. */
function contract(c: Contract): Contract {
  if (c.status !== 'active') return c;
  return {
    id: c.id,
    firmId: c.firmId,
    product: c.product,
    buyers: c.buyers,
    perMonth: c.perMonth,
    months: c.months,
    unitPriceEur: c.unitPriceEur,
    advanceEur: c.advanceEur,
    advanceLeftEur: c.advanceLeftEur,
    capacityClause: c.capacityClause,
    indexed: c.indexed,
    deliverTo: c.deliverTo,
    signedMonth: c.signedMonth,
    firstDeliveryMonth: c.firstDeliveryMonth,
    delivered: c.delivered,
    capacityLineId: c.capacityLineId,
    status: c.status,
  };
}

const sector = (x: SectorState): SectorState => ({
  id: x.id,
  ukraineHeldKm2: x.ukraineHeldKm2,
  fortificationBp: x.fortificationBp,
  ukraineTroops: x.ukraineTroops,
  russiaTroops: x.russiaTroops,
  russianFireShareBp: x.russianFireShareBp,
  lastRatioBp: x.lastRatioBp,
  lastRussianFire: x.lastRussianFire,
  lastUkrainianFire: x.lastUkrainianFire,
  lastGainKm2: x.lastGainKm2,
});

const russia = (r: RussiaState): RussiaState => ({
  stockShells: r.stockShells,
  manpowerBp: r.manpowerBp,
  importsBp: r.importsBp,
  offensiveDelay: r.offensiveDelay,
  surges: r.surges.map((x) => ({ deltaBp: x.deltaBp, untilMonth: x.untilMonth, eventId: x.eventId })),
  imports: r.imports.map((i) => ({ source: i.source, eventId: i.eventId, perMonth: i.perMonth, untilMonth: i.untilMonth })),
  recruitsPerMonth: r.recruitsPerMonth,
  lastProduction: r.lastProduction,
  lastImports: r.lastImports,
  newCapacity: r.newCapacity,
  refurbCapacity: r.refurbCapacity,
  refurbPool: r.refurbPool,
  lastNew: r.lastNew,
  lastRefurb: r.lastRefurb,
  sanctions: r.sanctions.map((x) => ({ cutBp: x.cutBp, untilMonth: x.untilMonth, eventId: x.eventId })),
  doctrine: r.doctrine,
});

const inputs = (m: InputMarket): InputMarket => ({
  supplyPerMonth: { ...m.supplyPerMonth },
  shocks: m.shocks.map((k) => ({ input: k.input, cutBp: k.cutBp, untilMonth: k.untilMonth, source: k.source })),
  plants: m.plants.map((x) => ({ id: x.id, nationId: x.nationId, readyMonth: x.readyMonth, open: x.open })),
});

const request = (r: UkrainianRequest): UkrainianRequest => ({
  id: r.id,
  product: r.product,
  amount: r.amount,
  byMonth: r.byMonth,
  received: r.received,
  status: r.status,
});

const tally = (t: Tally): Tally => ({ ...t, madeLastMonth: { ...t.madeLastMonth }, artilleryByRegionLastMonth: { ...t.artilleryByRegionLastMonth } });

/** What the two copies below make differently: each its own, or shared with the state copied. */
type Parts = Pick<
  GameState,
  'nations' | 'firms' | 'contracts' | 'sectors' | 'russia' | 'inputs' | 'firedEvents' | 'shelvedEvents' | 'leverLocks' | 'rng' | 'tally'
>;

/** A state from `s`, with `p` for the parts that differ and its own copy of the rest. */
function withParts(s: GameState, p: Parts): GameState {
  return {
    rulesVersion: s.rulesVersion,
    scenarioId: s.scenarioId,
    contentHash: s.contentHash,
    seed: s.seed,
    turn: s.turn,
    month: s.month,
    nations: p.nations,
    firms: p.firms,
    lines: s.lines.map(line),
    contracts: p.contracts,
    nextContractNo: s.nextContractNo,
    nextLineNo: s.nextLineNo,
    offersThisTurn: { ...s.offersThisTurn },
    sectors: p.sectors,
    ukraine: { stock: { ...s.ukraine.stock } },
    russia: p.russia,
    inputs: p.inputs,
    politics: { ...s.politics },
    firedEvents: p.firedEvents,
    shelvedEvents: p.shelvedEvents,
    requests: s.requests.map(request),
    leverLocks: p.leverLocks,
    rng: p.rng,
    tally: p.tally,
    finished: s.finished,
  };
}

export function copyState(s: GameState): GameState {
  return withParts(s, {
    nations: s.nations.map(nation),
    firms: s.firms.map(firm),
    contracts: s.contracts.map(contract),
    sectors: s.sectors.map(sector),
    russia: russia(s.russia),
    inputs: inputs(s.inputs),
    firedEvents: [...s.firedEvents],
    shelvedEvents: [...s.shelvedEvents],
    leverLocks: s.leverLocks.map((l) => ({ ...l, nations: [...l.nations] })),
    rng: { industry: [...s.rng.industry], front: [...s.rng.front], events: [...s.rng.events], politics: [...s.rng.politics], ai: [...s.rng.ai] },
    tally: tally(s.tally),
  });
}

/** A firm as an order may change it: its cash. Trust moves only on a cancellation, and a counter-offer remembered replaces the list (contract.ts). */
const firmForOrders = (f: FirmState): FirmState => ({ id: f.id, trustBp: f.trustBp, cashEur: f.cashEur, leftCounters: f.leftCounters });

/** A nation as an order may change it: all but what it holds for Ukraine, which only deliveries fill. */
const nationForOrders = (n: NationState): NationState => nationWith(n, n.heldForUkraine);

/**
 * The copy a policy plans on (policies/planner.ts). What a nation's order may write (resolve/orders.ts
 * and the rules it calls) is copied as copyState copies it: nations, firms, lines, the list of
 * contracts, offer rounds, Ukraine's stock, requests, politics, the list of input plants and the
 * tally's counts. What no nation's order writes is shared with `s`: the front, Russia, the random
 * streams, the event lists, the lever locks, the input market's supply and shocks, the tally's
 * per-product records, what nations hold for Ukraine, the firms' trust and remembered counters, and
 * the contracts themselves; of these, only a cancellation writes trust and contracts. An order
 * that may write more (a cancellation, a trainer's) needs `copyState` first: the planner takes one
 * before such an order. The whole copy was a ninth of the balanced policy's planning (issue 14);
 * tests/property checks that planning never writes to the state it was given.
 */
export function copyForOrders(s: GameState): GameState {
  return withParts(s, {
    nations: s.nations.map(nationForOrders),
    firms: s.firms.map(firmForOrders),
    contracts: s.contracts.slice(),
    sectors: s.sectors,
    russia: s.russia,
    inputs: { supplyPerMonth: s.inputs.supplyPerMonth, shocks: s.inputs.shocks, plants: s.inputs.plants.slice() },
    firedEvents: s.firedEvents,
    shelvedEvents: s.shelvedEvents,
    leverLocks: s.leverLocks,
    rng: s.rng,
    tally: { ...s.tally },
  });
}
