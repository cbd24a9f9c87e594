/**
 * "Send every ally down to its readiness floor": one drawdown for each nation
 * played here that holds more of a product than its readiness floor, of
 * exactly what it holds above it, so that no capital is spent and no floor is
 * breached (GAME.md §6: allies at the limit of their stocks). Whether each
 * one may send (an aid freeze, a government that balks at the escalation the
 * nations before it add) is the resolver's own answer, never a guess here.
 */
import { nationSpec, type ScenarioContent } from '../sim/content';
import type { OrderResult } from '../sim/report';
import { previewOrders } from '../sim/resolve-turn';
import type { GameState, Order, ProductId } from '../sim/types';

/** What a floor plan needs of the game store: the month's start, its pending orders and the state they leave. */
export interface MonthOrders {
  content: ScenarioContent;
  game: GameState;
  pending: readonly Order[];
  preview: { state: GameState };
  /** the nations whose orders the device takes now */
  seat: readonly string[];
}

/** One nation's part of the plan: what it holds, its floor, what it would send and the answer it would get. */
export interface FloorStep {
  nation: string;
  stock: number;
  floor: number;
  amount: number;
  result: OrderResult;
}

/** The drawdowns, nation by nation in the scenario's order, from the stocks as `state` leaves them. */
export function floorOrders(c: ScenarioContent, state: GameState, humanNations: readonly string[], product: ProductId): Order[] {
  return state.nations
    .filter((n) => humanNations.includes(n.id))
    .flatMap((n): Order[] => {
      const above = (n.stock[product] ?? 0) - (nationSpec(c, n.id)?.readinessFloor[product] ?? 0);
      return above > 0 ? [{ kind: 'drawdown', actor: n.id, product, amount: above }] : [];
    });
}

/**
 * The plan before it is confirmed: each drawdown with the answer it gets when given in turn after the
 * month's pending orders, as the resolver applies a month's orders in the order given (a refused one
 * changes nothing, so those after it are answered as if it had not been given).
 */
export function floorPlan(g: MonthOrders, product: ProductId): FloorStep[] {
  const orders = floorOrders(g.content, g.preview.state, g.seat, product);
  const results = previewOrders(g.content, g.game, [...g.pending, ...orders]).results.slice(g.pending.length);
  return orders.map((order, i) => {
    const nation = g.preview.state.nations.find((n) => n.id === order.actor)!;
    const floor = nationSpec(g.content, nation.id)?.readinessFloor[product] ?? 0;
    return { nation: nation.id, stock: nation.stock[product] ?? 0, floor, amount: order.kind === 'drawdown' ? order.amount : 0, result: results[i]! };
  });
}
