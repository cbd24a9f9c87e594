/**
 * Hashes. `hashValue` hashes any plain data through a canonical serialisation
 * (object keys sorted, arrays in order): used once per game for the content.
 * `hashState` hashes a GameState every turn, so it walks the state's fields in
 * a fixed order and mixes numbers straight into the hash, without building a
 * string (the canonical walk cost more than resolving a month). Records keyed
 * by id (stocks, trust) are walked in sorted key order, so two states hash
 * alike exactly when they hold the same values, whatever order their keys were
 * inserted in. tests/property checks that changing any leaf of a state changes
 * its hash.
 */
import type { Contract, GameState, NationState, ProductionLine, SectorState, Tally } from './types';

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonicalJson(value[i]);
    return out + ']';
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let out = '{';
  let first = true;
  for (const k of keys) {
    const v = obj[k];
    if (v === undefined) continue;
    out += (first ? '' : ',') + JSON.stringify(k) + ':' + canonicalJson(v);
    first = false;
  }
  return out + '}';
}

/**
 * cyrb53 (public domain, bryc) as a running hash: Math.imul only, so it is
 * exact in every engine. Integers are fed as two 32-bit halves.
 */
export class Hasher {
  private h1: number;
  private h2: number;
  constructor(seed = 0) {
    this.h1 = 0xdeadbeef ^ seed;
    this.h2 = 0x41c6ce57 ^ seed;
  }
  private word(w: number): void {
    this.h1 = Math.imul(this.h1 ^ w, 2654435761);
    this.h2 = Math.imul(this.h2 ^ w, 1597334677);
  }
  str(text: string): this {
    for (let i = 0; i < text.length; i++) this.word(text.charCodeAt(i));
    // A length marker keeps "ab","c" apart from "a","bc".
    this.word(0x10000 + text.length);
    return this;
  }
  int(n: number): this {
    const hi = Math.floor(n / 4294967296);
    this.word((n - hi * 4294967296) | 0);
    this.word(hi | 0);
    return this;
  }
  bool(b: boolean): this {
    this.word(b ? 0x20001 : 0x20000);
    return this;
  }
  ints(list: readonly number[]): this {
    this.int(list.length);
    for (const n of list) this.int(n);
    return this;
  }
  strs(list: readonly string[]): this {
    this.int(list.length);
    for (const t of list) this.str(t);
    return this;
  }
  /** A record of counts, in sorted key order. */
  counts(record: Readonly<Record<string, number>>): this {
    const keys = Object.keys(record);
    if (keys.length > 1) keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    this.int(keys.length);
    for (const k of keys) this.str(k).int(record[k]!);
    return this;
  }
  digest(): string {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    const hi = (h2 >>> 0) & 0x1fffff;
    return hi.toString(16).padStart(6, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
  }
}

/** The hash of any plain data (a scenario's content, a file): 14 hex digits. */
export function hashValue(value: unknown): string {
  return new Hasher().str(canonicalJson(value)).digest();
}

function nation(h: Hasher, n: NationState): void {
  h.str(n.id).int(n.defenceShareBp).int(n.munitionsShareBp).int(n.fundsEur).int(n.debtEur).counts(n.stock).counts(n.heldForUkraine);
  h.int(n.politicalCapital).int(n.supportBp).int(n.warFatigueBp).int(n.aidFrozenUntil).int(n.freeLabour).bool(n.industrialPlan);
}

function line(h: Hasher, l: ProductionLine): void {
  h.str(l.id).str(l.firmId).str(l.templateId).str(l.nationId).str(l.product).str(l.status).int(l.readyMonth).int(l.capacityPerShift).int(l.shifts);
  h.int(l.pendingShifts.length);
  for (const p of l.pendingShifts) h.int(p.readyMonth).str(p.payer);
  h.strs(l.shiftPayers).bool(l.weekend).str(l.weekendPayer).int(l.learningMonths).int(l.workersPerShift).int(l.upkeepEurPerMonth);
  h.int(l.variableCostEur)
    .int(l.overtimeEurPerMonth)
    .int(l.reactivationMonths)
    .int(l.reactivationCostEur)
    .int(l.accidentUntil)
    .bool(l.slipDrawn)
    .int(l.slipChanceBp);
}

function contract(h: Hasher, c: Contract): void {
  h.str(c.id).str(c.firmId).str(c.product).int(c.buyers.length);
  for (const b of c.buyers) h.str(b.nationId).int(b.shareBp);
  h.int(c.perMonth).int(c.months).int(c.unitPriceEur).int(c.advanceEur).int(c.advanceLeftEur).bool(c.capacityClause).bool(c.indexed).str(c.deliverTo);
  h.int(c.signedMonth).int(c.firstDeliveryMonth).int(c.delivered).str(c.capacityLineId).str(c.status);
}

function sector(h: Hasher, x: SectorState): void {
  h.str(x.id).int(x.ukraineHeldKm2).int(x.fortificationBp).int(x.ukraineTroops).int(x.russiaTroops).int(x.russianFireShareBp);
  h.int(x.lastRatioBp).int(x.lastRussianFire).int(x.lastUkrainianFire).int(x.lastGainKm2);
}

function tally(h: Hasher, t: Tally): void {
  h.int(t.russianGainKm2)
    .int(t.fireRatioSumBp)
    .int(t.fireRatioTurns)
    .int(t.natoArtilleryLastMonth)
    .counts(t.artilleryByRegionLastMonth)
    .counts(t.madeLastMonth);
  h.int(t.russiaShellsLastMonth)
    .int(t.russiaNewShellsLastMonth)
    .int(t.outproducedMonth)
    .int(t.outproducedNewMonth)
    .int(t.artilleryProduced)
    .int(t.artilleryFiredUkraine)
    .int(t.shellsFiredRussia);
  h.int(t.artilleryFromElsewhere).int(t.airDefenceFired).int(t.ukraineLosses).int(t.russiaLosses).int(t.floorBreaches);
}

/** The hash of a game state: 14 hex digits. It covers the content through `contentHash`. */
export function hashState(s: GameState): string {
  const h = new Hasher();
  h.int(s.rulesVersion).str(s.scenarioId).str(s.contentHash).str(s.seed).int(s.turn).int(s.month);
  h.int(s.nations.length);
  for (const n of s.nations) nation(h, n);
  h.int(s.firms.length);
  for (const f of s.firms) {
    h.str(f.id).counts(f.trustBp).int(f.cashEur).int(f.leftCounters.length);
    for (const l of f.leftCounters) h.str(l.nationId).str(l.product).int(l.month).int(l.askEur);
  }
  h.int(s.lines.length);
  for (const l of s.lines) line(h, l);
  h.int(s.contracts.length);
  for (const c of s.contracts) contract(h, c);
  h.int(s.nextContractNo).int(s.nextLineNo).counts(s.offersThisTurn);
  h.int(s.sectors.length);
  for (const x of s.sectors) sector(h, x);
  h.counts(s.ukraine.stock);
  const ru = s.russia;
  h.int(ru.stockShells).int(ru.manpowerBp).int(ru.importsBp).int(ru.offensiveDelay).int(ru.surges.length);
  for (const x of ru.surges) h.int(x.deltaBp).int(x.untilMonth).str(x.eventId);
  h.int(ru.imports.length);
  for (const x of ru.imports) h.str(x.source).str(x.eventId).int(x.perMonth).int(x.untilMonth);
  h.int(ru.recruitsPerMonth).int(ru.lastProduction).int(ru.lastImports);
  h.int(ru.newCapacity).int(ru.refurbCapacity).int(ru.refurbPool).int(ru.lastNew).int(ru.lastRefurb).int(ru.sanctions.length).str(ru.doctrine);
  for (const x of ru.sanctions) h.int(x.cutBp).int(x.untilMonth).str(x.eventId);
  h.counts(s.inputs.supplyPerMonth).int(s.inputs.shocks.length);
  for (const k of s.inputs.shocks) h.str(k.input).int(k.cutBp).int(k.untilMonth).str(k.source);
  h.int(s.inputs.plants.length);
  for (const x of s.inputs.plants) h.str(x.id).str(x.nationId).int(x.readyMonth).bool(x.open);
  const p = s.politics;
  h.int(p.escalationBp).int(p.cohesionBp).int(p.summitUntil).int(p.summitDiscountBp).bool(p.industrialPlansOpen);
  h.strs(s.firedEvents).strs(s.shelvedEvents).int(s.requests.length);
  for (const r of s.requests) h.str(r.id).str(r.product).int(r.amount).int(r.byMonth).int(r.received).str(r.status);
  for (const stream of [s.rng.ai, s.rng.events, s.rng.front, s.rng.industry, s.rng.politics]) h.ints(stream);
  // Hashed only once a trainer has locked or unlocked a lever live, so every game without one keeps its hash (and the golden replays theirs).
  if (s.leverLocks.length) {
    h.str('leverLocks').int(s.leverLocks.length);
    for (const l of s.leverLocks) h.str(l.lever).bool(l.locked).strs(l.nations);
  }
  tally(h, s.tally);
  return h.bool(s.finished).digest();
}
