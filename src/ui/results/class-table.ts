/**
 * The table the dashboard draws, derived from the verdicts so far and the
 * class being marked: the class's scenario and seed are applied here, so a
 * trainer can change them without the games being played again. Kept for
 * as long as neither changes (the view is drawn on every change of the page).
 */
import { applyClassFilter, type ClassFilter } from '../../share/results/class-filter';
import { groupResults, type Refused, type ResultsGroup } from '../../share/results/groups';
import type { Verdict } from '../../share/results/verdict';
import { parseSeed } from '../../share/seed-code';
import type { ResultsClass } from './results-slice';

export interface ClassTable {
  groups: ResultsGroup[];
  refused: Refused[];
  /** verified games handed in again by the same team, each shown once */
  again: number;
  /** submissions answered, of all handed in */
  done: number;
  total: number;
  /** why the class's seed as typed is not a seed (it is then not applied) */
  seedProblem: string | null;
}

let last: { verdicts: readonly (Verdict | null)[]; cls: ResultsClass; table: ClassTable } | null = null;

export function classTable(verdicts: readonly (Verdict | null)[], cls: ResultsClass): ClassTable {
  if (last && last.verdicts === verdicts && last.cls === cls) return last.table;
  const seed = cls.seedText.trim() ? parseSeed(cls.seedText) : null;
  const filter: ClassFilter = { scenarioId: cls.scenarioId || undefined, seed: seed?.ok ? seed.seed.code : undefined };
  const answered = verdicts.filter((v): v is Verdict => v !== null);
  const table = {
    ...groupResults(answered.map((v) => applyClassFilter(v, filter))),
    done: answered.length,
    total: verdicts.length,
    seedProblem: seed && !seed.ok ? seed.error : null,
  };
  last = { verdicts, cls, table };
  return table;
}
