/**
 * What a changed month did that the players' month did not: the orders that
 * took effect in one and not the other (a refused order, or an offer the firm
 * only countered, changes nothing and is left out), gathered by what they do.
 */
import type { ScenarioContent } from '../../sim/content';
import { previewOrders } from '../../sim/resolve-turn';
import type { GameState, Order, OrderOf, ProductId } from '../../sim/types';

export interface ContractSigned {
  firm: string;
  product: ProductId;
  perMonth: number;
  months: number;
  buyers: string[];
  capacityClause: boolean;
  /** what it delivered by the end of the game played this way, once that game has run */
  delivered?: number;
}

export interface MonthDiff {
  /** units sent from stocks beyond the players' own drawdowns (negative: held back), per nation and product */
  drawn: { nation: string; product: ProductId; units: number }[];
  /** extra shifts ordered, per line */
  shifts: { line: string; count: number }[];
  /** lines put on weekend work */
  weekends: string[];
  contracts: ContractSigned[];
  /** plant templates funded */
  plants: string[];
  /** explosive and propellant plants funded */
  inputPlants: string[];
  pledges: { nation: string; shareBp: number }[];
  /** nations submitting a defence-industrial plan */
  plans: string[];
  /** how many of the players' orders that took effect the changed month no longer gives */
  dropped: number;
}

/** The orders of a month that took effect, in the order given. */
function effective(c: ScenarioContent, state: GameState, orders: readonly Order[]): Order[] {
  const { results } = previewOrders(c, state, orders);
  return results.filter((r) => r.ok && (r.order.kind !== 'offer' || r.message.id === 'offer.signed')).map((r) => r.order);
}

function drawnBy(orders: readonly Order[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const o of orders) if (o.kind === 'drawdown') out.set(`${o.actor}|${o.product}`, (out.get(`${o.actor}|${o.product}`) ?? 0) + o.amount);
  return out;
}

/** Orders of `a` not in `b`, counting repeats (two added shifts on a line are two orders). */
function without(a: readonly Order[], b: readonly Order[]): Order[] {
  const left = new Map<string, number>();
  for (const o of b) left.set(JSON.stringify(o), (left.get(JSON.stringify(o)) ?? 0) + 1);
  return a.filter((o) => {
    const key = JSON.stringify(o);
    const n = left.get(key) ?? 0;
    if (n > 0) left.set(key, n - 1);
    return n === 0;
  });
}

function diffDrawn(changed: readonly Order[], recorded: readonly Order[]): MonthDiff['drawn'] {
  const after = drawnBy(changed);
  const before = drawnBy(recorded);
  const keys = [...new Set([...after.keys(), ...before.keys()])].sort();
  return keys
    .map((k) => {
      const [nation, product] = k.split('|') as [string, string];
      return { nation, product, units: (after.get(k) ?? 0) - (before.get(k) ?? 0) };
    })
    .filter((x) => x.units !== 0);
}

function contractOf(o: OrderOf<'offer'>): ContractSigned {
  const f = o.offer;
  return {
    firm: f.firmId,
    product: f.product,
    perMonth: f.perMonth,
    months: f.months,
    buyers: f.buyers.map((b) => b.nationId),
    capacityClause: f.capacityClause,
  };
}

export function monthDiff(c: ScenarioContent, state: GameState, recorded: readonly Order[], changed: readonly Order[]): MonthDiff {
  const mine = effective(c, state, recorded);
  const theirs = effective(c, state, changed);
  const added = without(theirs, mine).filter((o) => o.kind !== 'drawdown');
  const shifts = new Map<string, number>();
  for (const o of added) if (o.kind === 'addShift') shifts.set(o.lineId, (shifts.get(o.lineId) ?? 0) + 1);
  return {
    drawn: diffDrawn(theirs, mine),
    shifts: [...shifts].map(([line, count]) => ({ line, count })),
    weekends: added.flatMap((o) => (o.kind === 'weekendWork' && o.on ? [o.lineId] : [])),
    contracts: added.flatMap((o) => (o.kind === 'offer' ? [contractOf(o)] : [])),
    plants: added.flatMap((o) => (o.kind === 'fundPlant' ? [o.templateId] : [])),
    inputPlants: added.flatMap((o) => (o.kind === 'fundInputPlant' ? [o.plantId] : [])),
    pledges: added.flatMap((o) => (o.kind === 'pledge' ? [{ nation: o.actor, shareBp: o.shareBp }] : [])),
    plans: added.flatMap((o) => (o.kind === 'industrialPlan' ? [o.actor] : [])),
    dropped: without(mine, theirs).filter((o) => o.kind !== 'drawdown').length,
  };
}

/** Whether the changed month does anything the players' month did not. */
export function changesAnything(d: MonthDiff): boolean {
  return d.drawn.length + d.shifts.length + d.weekends.length + d.contracts.length + d.plants.length + d.pledges.length + d.plans.length + d.dropped > 0;
}
