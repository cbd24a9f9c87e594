/**
 * New plants: capex, build months (14–36), seeded slips at completion, then a
 * ramp along the learning curve (~24 months to full rate; calibration-facts §11).
 */
import { applyBp, BP } from './int-math';
import { findNation, findTemplate } from './find';
import { fmtEur, type OrderResult } from './report';
import { monthLabel } from './month';
import type { GameState, Order, PlantTemplate, ProductionLine } from './types';

export function newLineFromTemplate(s: GameState, t: PlantTemplate): ProductionLine {
  const line: ProductionLine = {
    id: `${t.id}-${s.nextLineNo++}`,
    firmId: t.firmId,
    plantName: t.plantName,
    nationId: t.nationId,
    product: t.product,
    status: 'building',
    readyMonth: s.month + t.buildMonths,
    capacityPerShift: t.capacityPerShift,
    shifts: t.shifts,
    pendingShifts: [],
    shiftPayers: [],
    weekend: false,
    weekendPayer: '',
    learningMonths: 0,
    workersPerShift: t.workersPerShift,
    upkeepEurPerMonth: t.upkeepEurPerMonth,
    variableCostEur: t.variableCostEur,
    overtimeEurPerMonth: t.overtimeEurPerMonth,
    inputsPerUnit: { ...t.inputsPerUnit },
    reactivationMonths: 0,
    reactivationCostEur: 0,
    accidentUntil: -1,
    slipDrawn: false,
    slipChanceBp: t.slipChanceBp,
  };
  s.lines.push(line);
  return line;
}

/** Capex after the industrial-plan discount (GAME.md §6: a plan unlocks cheaper capacity investment). */
export function plantCostEur(s: GameState, nationId: string, t: PlantTemplate): number {
  const nation = findNation(s, nationId);
  return nation?.industrialPlan ? applyBp(t.capexEur, BP - s.rules.industrialPlanDiscountBp) : t.capexEur;
}

/** A state pays for a plant outright: no contract needed, the firm builds it. */
export function applyFundPlant(s: GameState, order: Extract<Order, { kind: 'fundPlant' }>): OrderResult {
  const nation = findNation(s, order.nationId);
  if (!nation) return { order, ok: false, reason: `unknown nation "${order.nationId}"` };
  const t = findTemplate(s, order.templateId);
  if (!t) return { order, ok: false, reason: `unknown plant template "${order.templateId}"` };
  const cost = plantCostEur(s, nation.id, t);
  if (nation.fundsEur < cost)
    return { order, ok: false, reason: `${nation.name} cannot pay ${fmtEur(cost)} for ${t.plantName} (has ${fmtEur(nation.fundsEur)})` };
  nation.fundsEur -= cost;
  const line = newLineFromTemplate(s, t);
  return { order, ok: true, reason: `${nation.name} funds ${t.plantName} (${fmtEur(cost)}), due ${monthLabel(line.readyMonth)} if it does not slip` };
}
