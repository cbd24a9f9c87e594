/**
 * Phase 1, orders: each order is checked and applied in the order given. An
 * invalid order is rejected with a reason and changes nothing.
 */
import { applyCancel, applyOffer } from '../contract';
import { applyAddShift, applyReactivate, applyWeekend } from '../capacity-levers';
import { applyDrawdown, applyIndustrialPlan, applyPledge } from '../politics';
import { applyFundPlant } from '../plant';
import type { OrderResult } from '../report';
import type { GameState, Order } from '../types';

export function applyOrder(s: GameState, order: Order): OrderResult {
  if (s.finished) return { order, ok: false, reason: 'the game is over' };
  switch (order.kind) {
    case 'offer':
      return applyOffer(s, order);
    case 'cancelContract':
      return applyCancel(s, order);
    case 'addShift':
      return applyAddShift(s, order);
    case 'weekendWork':
      return applyWeekend(s, order);
    case 'fundPlant':
      return applyFundPlant(s, order);
    case 'reactivateLine':
      return applyReactivate(s, order);
    case 'drawdown':
      return applyDrawdown(s, order);
    case 'pledge':
      return applyPledge(s, order);
    case 'industrialPlan':
      return applyIndustrialPlan(s, order);
    default:
      return { order, ok: false, reason: `unknown order kind "${(order as { kind: unknown }).kind}"` };
  }
}
