/**
 * The class a trainer is marking: its scenario and seed. A verified game of
 * another scenario or seed is another class's (or a student who played the
 * wrong war), and is refused as such rather than ranked beside the others.
 */
import type { Verdict } from './verdict';

export interface ClassFilter {
  scenarioId?: string;
  /** the seed's canonical code */
  seed?: string;
}

export function applyClassFilter(v: Verdict, filter: ClassFilter): Verdict {
  if (!v.ok) return v;
  const { result } = v;
  const claimed = { team: result.team, scenarioId: result.scenarioId, seed: result.seed };
  if (filter.scenarioId && result.scenarioId !== filter.scenarioId)
    return { source: v.source, ok: false, ...claimed, refusal: { kind: 'otherScenario', scenarioId: result.scenarioId, classScenarioId: filter.scenarioId } };
  if (filter.seed && result.seed !== filter.seed)
    return { source: v.source, ok: false, ...claimed, refusal: { kind: 'otherSeed', seed: result.seed, classSeed: filter.seed } };
  return v;
}
