/**
 * Why alliance cohesion moved over the last turn, from its reports: Ukraine's
 * requests met or missed, events that set it, pledges and defence-industrial
 * plans (the rules in src/sim/resolve/politics.ts, src/sim/politics.ts and
 * the events' `cohesion` actions), and the rest: the monthly drift towards the
 * allies' average public support. A play-tester saw cohesion fall with no
 * reason given anywhere during play.
 */
import type { ScenarioContent } from '../sim/content';
import type { TurnReport } from '../sim/report';

export interface CohesionStory {
  fromBp: number;
  toBp: number;
  /** each part in basis points, signed; `drift` is what the others leave (clamping at 0 % and 100 % included) */
  requestsBp: number;
  eventsBp: number;
  pledgesBp: number;
  plansBp: number;
  driftBp: number;
}

/** `before` is the report of the month before the turn, or none on the first turn (then the scenario's start). */
export function cohesionStory(c: ScenarioContent, turn: readonly TurnReport[], before: TurnReport | undefined): CohesionStory | null {
  const last = turn.at(-1);
  if (!last) return null;
  const fromBp = before?.summary.cohesionBp ?? c.opening.politics.cohesionBp;
  const toBp = last.summary.cohesionBp;
  let requestsBp = 0;
  let eventsBp = 0;
  let pledgesBp = 0;
  let plansBp = 0;
  for (const r of turn) {
    for (const e of r.entries) {
      if (e.message.id === 'politics.request') requestsBp += (e.message.params as { cohesionBp: number }).cohesionBp;
      if (e.kind === 'event') for (const a of c.events.find((x) => `event:${x.id}` === e.id)?.actions ?? []) if (a.kind === 'cohesion') eventsBp += a.deltaBp;
    }
    for (const o of r.orders) {
      if (!o.ok) continue;
      if (o.message.id === 'pledge.made') pledgesBp += (o.message.params as { cohesionBp: number }).cohesionBp;
      if (o.message.id === 'plan.submitted') plansBp += (o.message.params as { cohesionBp: number }).cohesionBp;
    }
  }
  const driftBp = toBp - fromBp - requestsBp - eventsBp - pledgesBp - plansBp;
  return { fromBp, toBp, requestsBp, eventsBp, pledgesBp, plansBp, driftBp };
}
