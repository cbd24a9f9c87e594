/**
 * Phase 2, budget: each nation's monthly envelope is GDP × defence share ×
 * the share its munitions effort may use; the defence share follows the
 * historical path by year unless a pledge already raised it (source 003:
 * 23 of 32 allies at 2 % by 2024, 6 before 2022). Overtime premiums are paid.
 */
import { findNation } from '../find';
import { yearOf } from '../month';
import { fmtBp, fmtEur, type ReportBuilder } from '../report';
import type { GameState, Nation } from '../types';

/** Euros a month: gdpMEur × 10^6 × share/10^4 × munitions/10^4 / 12. */
export function monthlyBudgetEur(n: Nation): number {
  return Math.floor((n.gdpMEur * n.defenceShareBp * n.munitionsShareBp) / 1200);
}

export function scheduledShareBp(n: Nation, year: number): number {
  let share = 0;
  for (const p of n.sharePath) if (p.year <= year) share = p.shareBp;
  return share;
}

export function resolveBudget(s: GameState, r: ReportBuilder): void {
  const year = yearOf(s.month);
  for (const n of s.nations) {
    const scheduled = scheduledShareBp(n, year);
    if (scheduled > n.defenceShareBp) {
      n.defenceShareBp = scheduled;
      if (r.on)
        r.add({ id: `share:${n.id}`, kind: 'budget', subject: n.id, text: `${n.name} now spends ${fmtBp(scheduled)} of GDP on defence`, delta: 0, causes: [] });
    }
    const income = monthlyBudgetEur(n);
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
        text: `${n.name}: ${fmtEur(income)} for munitions this month` + (repay ? `, ${fmtEur(repay)} repaid to firms` : ''),
        delta: income,
        causes: n.defenceShareBp !== scheduled ? [] : [`share:${n.id}`],
      });
  }
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
