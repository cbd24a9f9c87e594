/**
 * Money the allies spent in a month, read from the states before and after it
 * (the resolver keeps no such tally, and the results table must not need the
 * month's full report): what they had, plus the month's budgets and the
 * grants its events brought, less what they have left. A debt a nation runs
 * up with a firm counts as spent: the shells were bought.
 */
import type { ScenarioContent } from '../../sim/content';
import { monthlyBudgetEur } from '../../sim/resolve/budget';
import type { GameState, NationState } from '../../sim/types';

export interface MonthLedger {
  /** the month's budgets, all nations */
  incomeEur: number;
  /** funds events added (or took) at the month's end */
  grantsEur: number;
  spentEur: number;
}

const net = (n: NationState) => n.fundsEur - n.debtEur;

/** Funds the events first fired in this month moved, per nation. */
function grantsOf(c: ScenarioContent, before: GameState, after: GameState): Map<string, number> {
  const out = new Map<string, number>();
  for (const id of after.firedEvents.slice(before.firedEvents.length))
    for (const a of c.events.find((e) => e.id === id)?.actions ?? [])
      // A cut larger than a nation's funds stops at zero in the resolver; no shipped scenario cuts funds, so none is clipped here.
      if (a.kind === 'funds') out.set(a.nationId, (out.get(a.nationId) ?? 0) + a.deltaEur);
  return out;
}

export function monthLedger(c: ScenarioContent, before: GameState, after: GameState): MonthLedger {
  const grants = grantsOf(c, before, after);
  let incomeEur = 0;
  let grantsEur = 0;
  let spentEur = 0;
  after.nations.forEach((n, i) => {
    const was = before.nations[i]!;
    // The budget phase runs after the month's pledges and before its elections: the defence share
    // it used is the one the month ends with, the munitions share the one it began with.
    const income = monthlyBudgetEur(c, { ...n, munitionsShareBp: was.munitionsShareBp });
    const grant = grants.get(n.id) ?? 0;
    incomeEur += income;
    grantsEur += grant;
    spentEur += net(was) + income + grant - net(n);
  });
  return { incomeEur, grantsEur, spentEur };
}
