/**
 * Phase 2, budget: each nation's monthly envelope is GDP × defence share ×
 * the share its munitions effort may use; the defence share follows the
 * historical path by year unless a pledge already raised it (source 003:
 * 23 of 32 allies at 2 % by 2024, 6 before 2022). Overtime premiums are paid.
 */
import { nationSpec, type DeepReadonly, type NationSpec, type ScenarioContent } from '../content';
import { findNation } from '../find';
import { msg } from '../messages';
import { yearOf } from '../month';
import type { NationState } from '../types';
import type { PhaseContext } from './context';

/** Euros a month: gdpMEur × 10^6 × share/10^4 × munitions/10^4 / 12. */
export function monthlyBudgetEur(c: ScenarioContent, n: NationState): number {
  const spec = nationSpec(c, n.id)!;
  return Math.floor((spec.gdpMEur * n.defenceShareBp * n.munitionsShareBp) / 1200);
}

export function scheduledShareBp(n: DeepReadonly<NationSpec>, year: number): number {
  let share = 0;
  for (const p of n.sharePath) if (p.year <= year) share = p.shareBp;
  return share;
}

/**
 * What moved a nation's monthly envelope: the historical share rising this month, a pledge it
 * made this month, or an election last month (elections resolve after the budget, so a cut
 * shows in the next month's envelope; the entry is in last month's report).
 */
function incomeCauses(ctx: PhaseContext, i: number, rose: boolean): string[] {
  const { content: c, state: s } = ctx;
  const id = s.nations[i]!.id;
  // Plain pushes, not a filter, a map and three spreads for every nation each month (issue 14, report on : off).
  const causes: string[] = rose ? [`share:${id}`] : [];
  for (const x of ctx.orderEntries) if (x.order.kind === 'pledge' && x.order.actor === id) causes.push(x.id);
  if (c.nations[i]!.electionMonths.includes(s.month - 1)) causes.push(`election:${id}`);
  return causes;
}

export function resolveBudget(ctx: PhaseContext): void {
  const { content: c, state: s, report: r } = ctx;
  const year = yearOf(s.month);
  s.nations.forEach((n, i) => {
    const scheduled = scheduledShareBp(c.nations[i]!, year);
    const rose = scheduled > n.defenceShareBp;
    if (rose) {
      n.defenceShareBp = scheduled;
      if (r.on)
        r.add({ id: `share:${n.id}`, kind: 'budget', subject: n.id, message: msg('budget.share', { nation: n.id, shareBp: scheduled }), delta: 0, causes: [] });
    }
    const income = monthlyBudgetEur(c, n);
    n.fundsEur += income;
    // Debts to firms are paid first from new money.
    const repay = Math.min(n.debtEur, n.fundsEur);
    n.debtEur -= repay;
    n.fundsEur -= repay;
    if (r.on)
      r.add({
        id: `budget:${n.id}`,
        kind: 'budget',
        subject: n.id,
        message: msg('budget.month', { nation: n.id, incomeEur: income, repaidEur: repay }),
        delta: income,
        causes: incomeCauses(ctx, i, rose),
      });
  });
  for (const line of s.lines) {
    const payers = [...line.shiftPayers];
    if (line.weekend) payers.push(line.weekendPayer);
    for (const payer of payers) {
      const n = findNation(s, payer);
      if (!n) continue;
      n.fundsEur -= line.overtimeEurPerMonth;
      if (n.fundsEur < 0) {
        n.debtEur -= n.fundsEur;
        n.fundsEur = 0;
      }
    }
  }
}
