/**
 * The quick capacity levers on an existing line: an extra shift (1–2 months,
 * overtime cost, labour-limited), weekend work (more output, higher cost,
 * accident risk) and reactivating a mothballed line (Stinger ≈ 30 months).
 */
import { findLine, findNation } from './find';
import { msg } from './messages';
import { refused, type OrderResult } from './report';
import type { OrderArgs } from './resolve/orders';
import type { OrderOf, ProductionLine } from './types';

type LineOrder = OrderOf<'addShift'> | OrderOf<'weekendWork'> | OrderOf<'reactivateLine'>;

/** The order's line, or the refusal when it names none. */
function lineOf(args: OrderArgs<LineOrder>): ProductionLine | OrderResult {
  const line = findLine(args.s, args.order.lineId);
  return line ?? { order: args.order, ok: false, message: msg('order.unknownLine', { line: args.order.lineId }) };
}

export function applyAddShift(args: OrderArgs<OrderOf<'addShift'>>): OrderResult {
  const { c, s, order, nation } = args;
  const line = lineOf(args);
  if ('ok' in line) return line;
  const max = c.rules.industry.maxShifts;
  if (line.status !== 'running') return refused(order, msg('line.notRunning', { line: line.id, status: line.status }));
  if (line.shifts + line.pendingShifts.length >= max) return refused(order, msg('shift.atMax', { line: line.id, max }));
  const labour = findNation(s, line.nationId)!;
  if (labour.freeLabour < line.workersPerShift)
    return refused(order, msg('shift.noWorkers', { labourNation: labour.id, need: line.workersPerShift, free: labour.freeLabour }));
  if (nation.fundsEur < line.overtimeEurPerMonth) return refused(order, msg('shift.noMoney', { nation: nation.id, eur: line.overtimeEurPerMonth }));
  labour.freeLabour -= line.workersPerShift;
  const readyMonth = s.month + c.rules.shiftLeadMonths;
  line.pendingShifts.push({ readyMonth, payer: nation.id });
  return { order, ok: true, message: msg('shift.ordered', { line: line.id, readyMonth, eur: line.overtimeEurPerMonth }) };
}

export function applyWeekend(args: OrderArgs<OrderOf<'weekendWork'>>): OrderResult {
  const { order, nation } = args;
  const line = lineOf(args);
  if ('ok' in line) return line;
  if (line.status !== 'running') return refused(order, msg('line.notRunning', { line: line.id, status: line.status }));
  if (order.on === line.weekend) return refused(order, msg('weekend.already', { line: line.id, on: line.weekend ? 1 : 0 }));
  if (!order.on && line.weekendPayer !== nation.id) return refused(order, msg('weekend.notPayer', { nation: nation.id, line: line.id }));
  line.weekend = order.on;
  line.weekendPayer = order.on ? nation.id : '';
  return { order, ok: true, message: msg('weekend.set', { line: line.id, on: order.on ? 1 : 0 }) };
}

export function applyReactivate(args: OrderArgs<OrderOf<'reactivateLine'>>): OrderResult {
  const { s, order, nation } = args;
  const line = lineOf(args);
  if ('ok' in line) return line;
  if (line.status !== 'mothballed') return { order, ok: false, message: msg('reactivate.notMothballed', { line: line.id, status: line.status }) };
  if (nation.fundsEur < line.reactivationCostEur)
    return { order, ok: false, message: msg('reactivate.noMoney', { nation: nation.id, line: line.id, eur: line.reactivationCostEur }) };
  nation.fundsEur -= line.reactivationCostEur;
  line.status = 'reactivating';
  line.readyMonth = s.month + line.reactivationMonths;
  return { order, ok: true, message: msg('reactivate.started', { line: line.id, readyMonth: line.readyMonth, months: line.reactivationMonths }) };
}
