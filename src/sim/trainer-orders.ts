/**
 * The trainer's orders in a facilitated game: fire an event of the scenario
 * now (an inject), pause and resume, reveal or hide information, lock or
 * unlock a lever (from the next order on, over the class file's locks). They are
 * orders like the nations' so that a replay records them and re-simulates
 * them: an inject changes the war, a lock what the nations may do, the others no figure. Outside a
 * class they are allowed (one device at the front of the room); in a class,
 * only when its file says it is facilitated, so a team's result code cannot
 * carry injects its trainer never fired.
 */
import type { ScenarioContent } from './content';
import { msg } from './messages';
import type { OrderResult } from './report';
import { applyAction } from './resolve/events';
import { TRAINER, type GameState, type OrderOf } from './types';

export type TrainerOrder = OrderOf<'inject'> | OrderOf<'facilitate'> | OrderOf<'lockLever'>;

export function isTrainerOrder(order: { kind: string }): order is TrainerOrder {
  return order.kind === 'inject' || order.kind === 'facilitate' || order.kind === 'lockLever';
}

export function applyTrainerOrder(c: ScenarioContent, s: GameState, order: TrainerOrder): OrderResult {
  if (order.actor !== TRAINER) return { order, ok: false, message: msg('trainer.only', { actor: order.actor }) };
  if (c.classRules && !c.classRules.facilitated) return { order, ok: false, message: msg('trainer.notFacilitated', {}) };
  if (order.kind === 'facilitate') return { order, ok: true, message: msg('trainer.facilitate', { action: order.action }) };
  if (order.kind === 'lockLever') return applyLeverLock(s, order);
  const event = c.events.find((e) => e.id === order.eventId);
  if (!event) return { order, ok: false, message: msg('trainer.unknownEvent', { event: order.eventId }) };
  if (s.firedEvents.includes(event.id)) return { order, ok: false, message: msg('trainer.alreadyFired', { event: event.id }) };
  // Forced on even if the seed shelved it: the trainer chose this event for the class.
  s.firedEvents.push(event.id);
  for (const a of event.actions) applyAction(c, s, a, event.id);
  return { order, ok: true, message: msg('trainer.injected', { event: event.id }) };
}

/** The trainer's latest word on a lever replaces any earlier one; the nations must be the game's. */
function applyLeverLock(s: GameState, order: OrderOf<'lockLever'>): OrderResult {
  const unknown = order.nations.find((id) => !s.nations.some((n) => n.id === id));
  if (unknown !== undefined) return { order, ok: false, message: msg('order.unknownActor', { actor: unknown }) };
  const nations = [...new Set(order.nations)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  s.leverLocks = [...s.leverLocks.filter((l) => l.lever !== order.lever), { lever: order.lever, locked: order.locked, nations }];
  return { order, ok: true, message: msg('trainer.lever', { lever: order.lever, locked: order.locked, nations }) };
}
