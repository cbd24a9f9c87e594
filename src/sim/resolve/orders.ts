/**
 * Phase 1, orders: each order is checked and applied in the order given. An
 * invalid order is refused with a reason and changes nothing. Every order
 * names its actor; here the actor must be a nation of the game (the trainer's
 * class controls are not nation orders), and each order's own rules say what
 * that nation may do (only a buyer cancels, only the payer stops weekends …).
 */
import { applyCancel, applyOffer } from '../contract';
import { applyAddShift, applyReactivate, applyWeekend } from '../capacity-levers';
import type { ScenarioContent } from '../content';
import { findNation } from '../find';
import { lockOn } from '../locks';
import { msg } from '../messages';
import { applyDrawdown, applyIndustrialPlan, applyPledge } from '../politics';
import { applyFundPlant } from '../plant';
import { applyFundInputPlant } from '../input-plant';
import { applyTrainerOrder, isTrainerOrder } from '../trainer-orders';
import type { OrderResult } from '../report';
import { TRAINER, type FirmAnswer, type GameState, type NationState, type Order } from '../types';

/** What an order's rule gets: the content, the working state, the order and the nation giving it. */
export interface OrderArgs<O extends Order = Order> {
  c: ScenarioContent;
  s: GameState;
  order: O;
  nation: NationState;
}

/**
 * `judged`: the firm's answer to this very offer on this very state, when the caller has just asked
 * for it (a policy reads the answer before it gives the order: issue 14). Nothing else may pass it.
 */
export function applyOrder(c: ScenarioContent, s: GameState, order: Order, judged?: FirmAnswer): OrderResult {
  if (s.finished) return { order, ok: false, message: msg('order.gameOver', {}) };
  const actor = (order as { actor?: unknown }).actor;
  if (typeof actor !== 'string') return { order, ok: false, message: msg('order.unknownActor', { actor: String(actor) }) };
  if (isTrainerOrder(order)) return applyTrainerOrder(c, s, order);
  const nation = findNation(s, actor);
  if (!nation) return { order, ok: false, message: msg(actor === TRAINER ? 'order.notANation' : 'order.unknownActor', { actor }) };
  const lock = lockOn(c, s, order, nation);
  if (lock) return { order, ok: false, message: msg('order.locked', { kind: order.kind, nation: nation.id, belowReadinessFloor: lock.belowReadinessFloor }) };
  switch (order.kind) {
    case 'offer':
      return applyOffer({ c, s, order, nation }, judged);
    case 'cancelContract':
      return applyCancel({ c, s, order, nation });
    case 'addShift':
      return applyAddShift({ c, s, order, nation });
    case 'weekendWork':
      return applyWeekend({ c, s, order, nation });
    case 'fundPlant':
      return applyFundPlant({ c, s, order, nation });
    case 'fundInputPlant':
      return applyFundInputPlant({ c, s, order, nation });
    case 'reactivateLine':
      return applyReactivate({ c, s, order, nation });
    case 'drawdown':
      return applyDrawdown({ c, s, order, nation });
    case 'pledge':
      return applyPledge({ c, s, order, nation });
    case 'industrialPlan':
      return applyIndustrialPlan({ c, s, order, nation });
    default:
      return { order, ok: false, message: msg('order.unknownKind', { kind: String((order as { kind: unknown }).kind) }) };
  }
}
