/**
 * Phase 5, deliveries: each firm's output goes to its contracts in signing
 * order (late buyers queue). Buyers pay on delivery, the advance first; a buyer
 * who cannot pay runs a debt and loses the firm's trust. Deliveries meant for
 * Ukraine from a nation whose aid is frozen are held until the freeze ends
 * (Dec 2023–Apr 2024: no new US packages; calibration-facts §9).
 */
import { applyBp, BP, clamp, splitByWeights } from '../int-math';
import { findFirm, findNation } from '../find';
import { creditRequests, escalationOf } from '../politics';
import { fmt, fmtEur } from '../report';
import type { Contract, GameState } from '../types';
import { outputKey, type PhaseContext } from './context';
import { dueThisMonth } from './industry';

/** Indexed contracts pay 3 % more for each full year since signing. */
const INDEXATION_BP_PER_YEAR = 300;

export function unitPriceNow(c: Contract, month: number): number {
  if (!c.indexed) return c.unitPriceEur;
  const years = Math.floor((month - c.signedMonth) / 12);
  return applyBp(c.unitPriceEur, BP + INDEXATION_BP_PER_YEAR * years);
}

export function resolveDeliveries(s: GameState, ctx: PhaseContext): void {
  const r = ctx.report;
  for (const c of s.contracts) {
    const due = dueThisMonth(c, s.month);
    if (due === 0) continue;
    const pool = ctx.output.get(outputKey(c.firmId, c.product));
    if (!pool || pool.units === 0) continue;
    const give = Math.min(due, pool.units);
    pool.units -= give;
    c.delivered += give;
    if (c.delivered === c.perMonth * c.months) c.status = 'completed';
    const firm = findFirm(s, c.firmId)!;

    const value = give * unitPriceNow(c, s.month);
    const fromAdvance = Math.min(c.advanceLeftEur, value);
    c.advanceLeftEur -= fromAdvance;
    firm.cashEur += value - fromAdvance;
    const parts = splitByWeights(
      give,
      c.buyers.map((b) => b.shareBp),
    );
    const bills = splitByWeights(
      value - fromAdvance,
      c.buyers.map((b) => b.shareBp),
    );
    const deliveryId = `deliv:${c.id}`;
    c.buyers.forEach((b, i) => {
      const nation = findNation(s, b.nationId)!;
      const part = parts[i]!;
      const bill = bills[i]!;
      if (nation.fundsEur >= bill) nation.fundsEur -= bill;
      else {
        nation.debtEur += bill - nation.fundsEur;
        nation.fundsEur = 0;
        firm.trustBp[nation.id] = clamp((firm.trustBp[nation.id] ?? 5000) - s.rules.latePaymentTrustLossBp, 0, BP);
        if (r.on)
          r.add({
            id: `late:${c.id}:${nation.id}`,
            kind: 'payment',
            subject: nation.id,
            text: `${nation.name} could not pay ${firm.name} in full: debt now ${fmtEur(nation.debtEur)}, trust falls`,
            delta: -bill,
            causes: [`budget:${nation.id}`],
          });
      }
      if (part === 0) return;
      let where: string;
      if (c.deliverTo === 'stock') {
        nation.stock[c.product] += part;
        where = `${nation.name}'s stock`;
      } else if (nation.aidFrozenUntil >= s.month) {
        nation.heldForUkraine[c.product] += part;
        where = `a depot: ${nation.name}'s aid is frozen`;
      } else {
        s.ukraine.stock[c.product] += part;
        s.politics.escalationBp = clamp(s.politics.escalationBp + escalationOf(c.product, part), 0, BP);
        creditRequests(s, c.product, part);
        where = 'Ukraine';
        if (r.on) ctx.toUkraine.push(`${deliveryId}:${nation.id}`);
      }
      if (r.on)
        r.add({
          id: `${deliveryId}:${nation.id}`,
          kind: 'delivery',
          subject: c.id,
          text: `${firm.name} delivered ${fmt(part)} ${c.product}s to ${where} under ${c.id}`,
          delta: part,
          causes: pool.entries,
        });
    });
  }
}
