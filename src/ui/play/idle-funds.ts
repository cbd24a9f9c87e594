/**
 * Funds lying idle: a nation holding a year of its budget or more while its
 * contracts and shifts spend less than it receives a month (student play-test
 * of the lesson scenario: €11.9 bn piled up, and nothing said that money buys
 * nothing until it is committed).
 */
import { applyBp, monthlyBudgetEur, type GameState, type NationState, type ScenarioContent } from '../../sim';

/** A year of budget: less is a reserve for the advances that contracts ask (5 to 30 % of their value). */
const IDLE_MONTHS = 12;

export interface IdleFunds {
  /** months of its budget the funds hold */
  months: number;
  /** what its contracts (at their unit price) and overtime spend a month */
  spendEur: number;
  budgetEur: number;
}

/** The nation's idle funds as the month's orders leave it (`st`), or null when they are not idle. */
export function idleFunds(c: ScenarioContent, st: GameState, nation: NationState): IdleFunds | null {
  const budgetEur = monthlyBudgetEur(c, nation);
  if (budgetEur <= 0 || nation.fundsEur < IDLE_MONTHS * budgetEur) return null;
  let spendEur = 0;
  for (const k of st.contracts) {
    const share = k.status === 'active' ? k.buyers.find((b) => b.nationId === nation.id)?.shareBp : undefined;
    if (share) spendEur += applyBp(k.perMonth * k.unitPriceEur, share);
  }
  for (const line of st.lines) {
    const shifts = line.shiftPayers.filter((p) => p === nation.id).length + (line.weekend && line.weekendPayer === nation.id ? 1 : 0);
    spendEur += shifts * line.overtimeEurPerMonth;
  }
  if (spendEur >= budgetEur) return null;
  return { months: Math.floor(nation.fundsEur / budgetEur), spendEur, budgetEur };
}
