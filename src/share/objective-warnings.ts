/**
 * Objectives the player is about to lose, worked out during play from the
 * score's own rules (objectiveValue, attainmentBp) on the state as the
 * month's orders leave it: what the objective would earn if the game ended
 * like this. A figure the game only counts at the end (readiness, cohesion,
 * debt) warns while it is short; ground and the fire ratio warn once their
 * running figure is past the target; out-producing Russia once its month has
 * passed; a request of Ukraine's when it falls due before the next turn is
 * over and has not arrived. Data only: src/share/text/objectives.ts says it in English.
 */
import { belowReadinessFloor, objectiveValue, attainmentBp } from '../sim/score';
import type { DeepReadonly, Objective, ScenarioContent } from '../sim/content';
import type { GameState, ProductId } from '../sim/types';
import { pointsEarned } from './objective-points';

interface Base {
  /** the objective's id */
  objective: string;
  /** points lost if things stay as they are */
  points: number;
}

export type ObjectiveWarning =
  | (Base & { kind: 'readiness'; nations: string[] })
  | (Base & { kind: 'cohesion' | 'debt' | 'ground' | 'fireRatio' | 'outproduce'; value: number; target: number })
  | (Base & { kind: 'request'; request: string; product: ProductId; value: number; target: number; byMonth: number; gameEnds?: number });

type O = DeepReadonly<Objective>;

const pointsAt = (o: O, value: number) => pointsEarned({ attainmentBp: attainmentBp(value, o.target, o.failAt), weight: o.weight });

/** Open requests due before the end of the next turn (this month or the next, in monthly play), short of their amount: what meeting each would add. */
function requestWarnings(c: ScenarioContent, s: GameState, o: O): ObjectiveWarning[] {
  const met = objectiveValue(c, s, o);
  const points = pointsAt(o, met + 1) - pointsAt(o, met);
  if (points <= 0) return [];
  const soon = s.month + 2 * Math.max(1, c.monthsPerTurn) - 1;
  return s.requests
    .filter((r) => r.status === 'open' && r.byMonth <= soon && r.received < r.amount)
    .map((r) => ({
      kind: 'request',
      objective: o.id,
      points,
      request: r.id,
      product: r.product,
      value: r.received,
      target: r.amount,
      byMonth: r.byMonth,
      // Due after the game's last month, it cannot be missed in play: it counts only if met before the end (play-test).
      ...(r.byMonth > c.endMonth && { gameEnds: c.endMonth }),
    }));
}

function warningFor(c: ScenarioContent, s: GameState, o: O): ObjectiveWarning[] {
  if (o.kind === 'requestsMet') return requestWarnings(c, s, o);
  const value = objectiveValue(c, s, o);
  const lost = o.weight - pointsAt(o, value);
  if (lost <= 0) return [];
  const figure = { objective: o.id, points: lost, value, target: o.target };
  switch (o.kind) {
    case 'readinessKept':
      return [{ kind: 'readiness', objective: o.id, points: lost, nations: s.nations.filter((n) => belowReadinessFloor(c, n)).map((n) => n.id) }];
    case 'cohesionMin':
      return [{ kind: 'cohesion', ...figure }];
    case 'noDebt':
      return [{ kind: 'debt', ...figure }];
    case 'territoryLostMax':
      return [{ kind: 'ground', ...figure }];
    case 'avgFireRatioMax':
      // No month fought yet: the average is not a figure.
      return s.tally.fireRatioTurns ? [{ kind: 'fireRatio', ...figure }] : [];
    case 'outproduceRussia': {
      // Out-producing this month is the best still possible: the points lost even then.
      const best = o.weight - pointsAt(o, s.month);
      return s.tally.outproducedNewMonth < 0 && s.month > o.target && best > 0 ? [{ kind: 'outproduce', ...figure, points: best }] : [];
    }
  }
}

/** The objectives about to be lost in this state, the most points first. */
export function objectiveWarnings(c: ScenarioContent, s: GameState): ObjectiveWarning[] {
  return c.objectives.flatMap((o) => warningFor(c, s, o)).sort((a, b) => b.points - a.points);
}
