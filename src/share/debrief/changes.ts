/**
 * One changed decision: what the players could have ordered differently in
 * one month. Each kind plans that month's orders from the players' own (the
 * state the month began with, their recorded orders): drawing stocks down to
 * the readiness floors, stopping at the floors, more shifts and weekend work (where orders use them),
 * a long pooled contract, the balanced policy's month, or meeting one of
 * Ukraine's requests from stocks.
 */
import { nationSpec, productsWithRole, productSpec, type ScenarioContent } from '../../sim/content';
import { shiftOutlook, weekendOutlook } from '../../sim/capacity-outlook';
import { copyState } from '../../sim/copy-state';
import { findNation } from '../../sim/find';
import { POLICIES } from '../../sim/policies';
import { applyOrder } from '../../sim/resolve/orders';
import { previewOrders } from '../../sim/resolve-turn';
import type { GameState, Order } from '../../sim/types';

export type ChangeKind = 'drawToFloors' | 'stopAtFloors' | 'capacity' | 'longContract' | 'balancedMonth' | 'meetRequest';

export interface Change {
  kind: ChangeKind;
  /** the month changed, as a turn (0 = the first month) */
  turn: number;
  /** for `meetRequest`: the request */
  request?: string;
}

/** What a changed month starts from. */
export interface MonthPlan {
  content: ScenarioContent;
  /** the state the month began with */
  state: GameState;
  /** the players' orders that month */
  recorded: readonly Order[];
  humanNations: readonly string[];
}

/** A contract lasting at least this long counts as long: firms build new lines only on years of orders. */
const LONG_CONTRACT_MONTHS = 36;

/** The state as the players' recorded orders leave it: extra orders are sized on it. */
const afterRecorded = (p: MonthPlan): GameState => previewOrders(p.content, p.state, p.recorded).state;

/** Sends, from each of the players' nations, every shell above its readiness floor. */
function drawdownsToFloors(p: MonthPlan): Order[] {
  const s = afterRecorded(p);
  const out: Order[] = [];
  for (const id of p.humanNations) {
    const n = findNation(s, id);
    const floor = nationSpec(p.content, id)?.readinessFloor;
    if (!n || !floor) continue;
    for (const product of productsWithRole(p.content, 'artillery')) {
      const amount = n.stock[product.id]! - floor[product.id]!;
      if (amount > 0) out.push({ kind: 'drawdown', actor: id, product: product.id, amount });
    }
  }
  return out;
}

/** The players' orders with each drawdown cut at the readiness floor (none below it). */
function cappedAtFloors(p: MonthPlan): Order[] {
  const work = copyState(p.state);
  const out: Order[] = [];
  for (const order of p.recorded) {
    let o = order;
    if (order.kind === 'drawdown') {
      const n = findNation(work, order.actor);
      const floor = nationSpec(p.content, order.actor)?.readinessFloor[order.product] ?? 0;
      const spare = n ? n.stock[order.product]! - floor : 0;
      if (spare <= 0) continue;
      o = { ...order, amount: Math.min(order.amount, spare) };
    }
    applyOrder(p.content, work, o);
    out.push(o);
  }
  return out;
}

/**
 * Every extra shift and weekend work on the players' running lines that its firm's contracts would
 * use, each sized on the state the ones before it leave (a second shift at a firm whose orders the
 * first already fills would add nothing, and "what would have helped" must not advise it).
 */
function capacityOrders(p: MonthPlan): Order[] {
  const c = p.content;
  const work = copyState(afterRecorded(p));
  const artillery = new Set(productsWithRole(c, 'artillery').map((x) => x.id));
  const out: Order[] = [];
  const give = (order: Order) => {
    if (applyOrder(c, work, order).ok) out.push(order);
  };
  for (const line of work.lines) {
    if (line.status !== 'running' || !p.humanNations.includes(line.nationId)) continue;
    while (line.shifts + line.pendingShifts.length < c.rules.industry.maxShifts && shiftOutlook(c, work, line).uses > 0) {
      const before = line.pendingShifts.length;
      give({ kind: 'addShift', actor: line.nationId, lineId: line.id });
      if (line.pendingShifts.length === before) break;
    }
    if (!line.weekend && artillery.has(line.product) && weekendOutlook(c, work, line).uses > 0)
      give({ kind: 'weekendWork', actor: line.nationId, lineId: line.id, on: true });
  }
  return out;
}

/** The long pooled orders the balanced policy would place this month (and nothing else it would do). */
function longContracts(p: MonthPlan): Order[] {
  return POLICIES.balanced(p.content, afterRecorded(p), p.humanNations).filter((o) => o.kind === 'offer' && o.offer.months >= LONG_CONTRACT_MONTHS);
}

/** What still lacks for a request, sent from the players' stocks with most above their floors. */
function requestDrawdowns(p: MonthPlan, requestId: string): Order[] {
  const s = afterRecorded(p);
  const request = s.requests.find((r) => r.id === requestId && r.status === 'open');
  if (!request || !productSpec(p.content, request.product)) return [];
  const spare = p.humanNations
    .map((id) => ({ id, units: (findNation(s, id)?.stock[request.product] ?? 0) - (nationSpec(p.content, id)?.readinessFloor[request.product] ?? 0) }))
    .filter((x) => x.units > 0)
    .sort((a, b) => b.units - a.units || (a.id < b.id ? -1 : 1));
  let left = request.amount - request.received;
  const out: Order[] = [];
  for (const x of spare) {
    if (left <= 0) break;
    const amount = Math.min(left, x.units);
    out.push({ kind: 'drawdown', actor: x.id, product: request.product, amount });
    left -= amount;
  }
  return out;
}

/** The players' orders for the changed month. */
export function changedOrders(change: Change, p: MonthPlan): Order[] {
  switch (change.kind) {
    case 'drawToFloors':
      return [...p.recorded, ...drawdownsToFloors(p)];
    case 'stopAtFloors':
      return cappedAtFloors(p);
    case 'capacity':
      return [...p.recorded, ...capacityOrders(p)];
    case 'longContract':
      return [...p.recorded, ...longContracts(p)];
    case 'balancedMonth':
      return POLICIES.balanced(p.content, p.state, p.humanNations);
    case 'meetRequest':
      return [...p.recorded, ...requestDrawdowns(p, change.request ?? '')];
  }
}
