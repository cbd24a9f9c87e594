/**
 * The quick capacity levers on an existing line: an extra shift (1–2 months,
 * overtime cost, labour-limited), weekend work (more output, higher cost,
 * accident risk) and reactivating a mothballed line (Stinger ≈ 30 months).
 */
import { findLine, findNation } from './find';
import { fmt, fmtEur, type OrderResult } from './report';
import { MAX_SHIFTS } from './production-line';
import { monthLabel } from './month';
import type { GameState, Order } from './types';

export function applyAddShift(s: GameState, order: Extract<Order, { kind: 'addShift' }>): OrderResult {
  const nation = findNation(s, order.nationId);
  const line = findLine(s, order.lineId);
  if (!nation) return { order, ok: false, reason: `unknown nation "${order.nationId}"` };
  if (!line) return { order, ok: false, reason: `unknown line "${order.lineId}"` };
  if (line.status !== 'running') return { order, ok: false, reason: `${line.plantName} is ${line.status}, not running` };
  if (line.shifts + line.pendingShifts.length >= MAX_SHIFTS)
    return { order, ok: false, reason: `${line.plantName} already runs or has ordered ${MAX_SHIFTS} shifts` };
  const labour = findNation(s, line.nationId)!;
  if (labour.freeLabour < line.workersPerShift)
    return {
      order,
      ok: false,
      reason: `not enough skilled workers in ${labour.name}: a shift needs ${fmt(line.workersPerShift)}, ${fmt(labour.freeLabour)} free`,
    };
  if (nation.fundsEur < line.overtimeEurPerMonth)
    return { order, ok: false, reason: `${nation.name} cannot pay the overtime premium of ${fmtEur(line.overtimeEurPerMonth)} a month` };
  labour.freeLabour -= line.workersPerShift;
  const readyMonth = s.month + s.rules.shiftLeadMonths;
  line.pendingShifts.push({ readyMonth, payer: nation.id });
  return { order, ok: true, reason: `extra shift at ${line.plantName} from ${monthLabel(readyMonth)}, ${fmtEur(line.overtimeEurPerMonth)} a month` };
}

export function applyWeekend(s: GameState, order: Extract<Order, { kind: 'weekendWork' }>): OrderResult {
  const nation = findNation(s, order.nationId);
  const line = findLine(s, order.lineId);
  if (!nation) return { order, ok: false, reason: `unknown nation "${order.nationId}"` };
  if (!line) return { order, ok: false, reason: `unknown line "${order.lineId}"` };
  if (line.status !== 'running') return { order, ok: false, reason: `${line.plantName} is ${line.status}, not running` };
  if (order.on === line.weekend) return { order, ok: false, reason: `weekend work at ${line.plantName} is already ${line.weekend ? 'on' : 'off'}` };
  if (!order.on && line.weekendPayer !== nation.id) return { order, ok: false, reason: `${nation.name} does not pay for weekend work at ${line.plantName}` };
  line.weekend = order.on;
  line.weekendPayer = order.on ? nation.id : '';
  return { order, ok: true, reason: `weekend work at ${line.plantName} ${order.on ? 'starts' : 'stops'}` };
}

export function applyReactivate(s: GameState, order: Extract<Order, { kind: 'reactivateLine' }>): OrderResult {
  const nation = findNation(s, order.nationId);
  const line = findLine(s, order.lineId);
  if (!nation) return { order, ok: false, reason: `unknown nation "${order.nationId}"` };
  if (!line) return { order, ok: false, reason: `unknown line "${order.lineId}"` };
  if (line.status !== 'mothballed') return { order, ok: false, reason: `${line.plantName} is ${line.status}, not mothballed` };
  if (nation.fundsEur < line.reactivationCostEur)
    return { order, ok: false, reason: `${nation.name} cannot pay ${fmtEur(line.reactivationCostEur)} to reactivate ${line.plantName}` };
  nation.fundsEur -= line.reactivationCostEur;
  line.status = 'reactivating';
  line.readyMonth = s.month + line.reactivationMonths;
  return {
    order,
    ok: true,
    reason: `${line.plantName} reactivating: first output ${monthLabel(line.readyMonth)} (${line.reactivationMonths} months: obsolete parts, retired staff)`,
  };
}
