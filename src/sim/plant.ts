/**
 * New plants: capex, build months (14–36), seeded slips at completion, then a
 * ramp along the learning curve (~24 months to full rate; calibration-facts §11).
 */
import { templateSpec, type DeepReadonly, type PlantTemplate, type ScenarioContent } from './content';
import { applyBp, BP } from './int-math';
import { msg } from './messages';
import type { OrderResult } from './report';
import type { OrderArgs } from './resolve/orders';
import type { GameState, NationState, OrderOf, ProductionLine } from './types';

export function newLineFromTemplate(s: GameState, t: DeepReadonly<PlantTemplate>): ProductionLine {
  const line: ProductionLine = {
    id: `${t.id}-${s.nextLineNo++}`,
    firmId: t.firmId,
    templateId: t.id,
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
    reactivationMonths: 0,
    reactivationCostEur: 0,
    accidentUntil: -1,
    slipDrawn: false,
    slipChanceBp: t.slipChanceBp,
  };
  s.lines.push(line);
  return line;
}

/** Capex after the industrial-plan discount (GAME.md §6: a plan unlocks cheaper capacity investment), for any plant a state pays for. */
export function planDiscountedEur(c: ScenarioContent, nation: NationState | undefined, capexEur: number): number {
  return nation?.industrialPlan ? applyBp(capexEur, BP - c.rules.industrialPlanDiscountBp) : capexEur;
}

export function plantCostEur(c: ScenarioContent, nation: NationState | undefined, t: DeepReadonly<PlantTemplate>): number {
  return planDiscountedEur(c, nation, t.capexEur);
}

/** A state pays for a plant outright: no contract needed, the firm builds it. */
export function applyFundPlant({ c, s, order, nation }: OrderArgs<OrderOf<'fundPlant'>>): OrderResult {
  const t = templateSpec(c, order.templateId);
  if (!t) return { order, ok: false, message: msg('order.unknownTemplate', { template: order.templateId }) };
  // A plant is one site: once it is being built (by a state or under a capacity clause), it cannot be funded again.
  const built = s.lines.find((l) => l.templateId === t.id);
  if (built) return { order, ok: false, message: msg('plant.alreadyFunded', { template: t.id, status: built.status }) };
  const cost = plantCostEur(c, nation, t);
  if (nation.fundsEur < cost)
    return { order, ok: false, message: msg('plant.noMoney', { nation: nation.id, template: t.id, costEur: cost, hasEur: nation.fundsEur }) };
  nation.fundsEur -= cost;
  const line = newLineFromTemplate(s, t);
  return { order, ok: true, message: msg('plant.funded', { nation: nation.id, template: t.id, costEur: cost, readyMonth: line.readyMonth }) };
}
