/**
 * What the trainer's live controls have set so far in a game: paused or not,
 * and what the teams see. Worked out from the trainer's orders, played and
 * pending (sim/trainer-orders.ts), starting from the class file's visibility,
 * so a replay shows what the class saw month by month.
 */
import type { ScenarioContent } from '../sim/content';
import type { Order } from '../sim/types';

export interface Facilitation {
  paused: boolean;
  russiaHidden: boolean;
  scoresHidden: boolean;
}

/** Whether the trainer's live controls are allowed: outside a class, or in a class whose file says it is facilitated. */
export function canFacilitate(c: ScenarioContent): boolean {
  return !c.classRules || c.classRules.facilitated === true;
}

export function facilitationOf(c: ScenarioContent, orders: Iterable<readonly Order[]>): Facilitation {
  const f: Facilitation = { paused: false, russiaHidden: c.classRules?.hideRussia ?? false, scoresHidden: c.classRules?.hideOtherScores ?? false };
  for (const list of orders)
    for (const o of list) {
      if (o.kind !== 'facilitate') continue;
      if (o.action === 'pause' || o.action === 'resume') f.paused = o.action === 'pause';
      else if (o.action === 'revealRussia' || o.action === 'hideRussia') f.russiaHidden = o.action === 'hideRussia';
      else f.scoresHidden = o.action === 'hideScores';
    }
  return f;
}
