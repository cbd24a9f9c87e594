/**
 * What a capacity lever would add before the player pulls it, and what would
 * bind it: the decisions panel shows it next to "+ shift" and "+ weekends"
 * (issue: a shift that "lowered" output because no contract called for it).
 * It reads the state only; the resolver's industry phase applies the same caps
 * (contracts first, then inputs across all lines, then labour and money at the order).
 */
import { productSpec, type ScenarioContent } from './content';
import { applyBp } from './int-math';
import { findNation } from './find';
import { efficiencyBp } from './production-line';
import { inputSupply } from './resolve/industry';
import type { GameState, InputId, ProductionLine } from './types';

export type LeverCap =
  | { kind: 'none' }
  /** the firm's contracts already take less than its lines can make; `later`: the first of its signed contracts that starts after the lever would */
  | { kind: 'contract'; firm: string; calledFor: number; canMake: number; later?: { month: number; perMonth: number } }
  /** an input is already short across all lines */
  | { kind: 'input'; input: InputId; supply: number; need: number }
  | { kind: 'labour'; nation: string; need: number; free: number };

export interface LeverOutlook {
  /** units a month the lever adds at the line's rate */
  adds: number;
  /** of those, what the firm's contracts call for beyond what its lines make already (≤ adds): the rest is made for no one */
  uses: number;
  fromMonth: number;
  binds: LeverCap;
}

const isFirmLine = (l: ProductionLine, line: ProductionLine) => l.firmId === line.firmId && l.product === line.product;

/** Units a month the line makes at its shifts, weekend and efficiency, if running. */
function rate(c: ScenarioContent, l: ProductionLine, shifts: number, weekend: boolean): number {
  if (l.status !== 'running') return 0;
  const base = applyBp(l.capacityPerShift * shifts, efficiencyBp(c, l));
  return weekend ? base + applyBp(base, c.rules.weekendBonusBp) : base;
}

/** The firm's first signed contract for the line's product whose deliveries start after `month` (a new order may start months ahead). */
function startsAfter(s: GameState, line: ProductionLine, month: number): { month: number; perMonth: number } | undefined {
  let first: { month: number; perMonth: number } | undefined;
  for (const k of s.contracts)
    if (
      k.status === 'active' &&
      k.firmId === line.firmId &&
      k.product === line.product &&
      k.firstDeliveryMonth > month &&
      (!first || k.firstDeliveryMonth < first.month)
    )
      first = { month: k.firstDeliveryMonth, perMonth: k.perMonth };
  return first;
}

/** What the firm's active contracts call for a month from `month` on. */
function calledFor(s: GameState, line: ProductionLine, month: number): number {
  let total = 0;
  for (const k of s.contracts) {
    if (k.status === 'active' && k.firmId === line.firmId && k.product === line.product && k.firstDeliveryMonth <= month && k.delivered < k.perMonth * k.months)
      total += k.perMonth;
  }
  return total;
}

function inputCap(c: ScenarioContent, s: GameState, line: ProductionLine, extra: number): LeverCap {
  const needs = productSpec(c, line.product)!.inputsPerUnit;
  for (const input of c.inputs) {
    const per = needs[input.id] ?? 0;
    if (per === 0) continue;
    let need = extra * per;
    for (const l of s.lines) need += rate(c, l, l.shifts, l.weekend) * (productSpec(c, l.product)!.inputsPerUnit[input.id] ?? 0);
    const supply = inputSupply(s, input.id);
    if (need > supply) return { kind: 'input', input: input.id, supply, need };
  }
  return { kind: 'none' };
}

function bindsAt(c: ScenarioContent, s: GameState, line: ProductionLine, opts: { adds: number; month: number }): { binds: LeverCap; uses: number } {
  let canMake = 0;
  for (const l of s.lines)
    if (isFirmLine(l, line)) canMake += rate(c, l, l.shifts + l.pendingShifts.filter((p) => p.readyMonth <= opts.month).length, l.weekend);
  const called = calledFor(s, line, opts.month);
  if (called <= canMake) {
    const later = startsAfter(s, line, opts.month);
    return { binds: { kind: 'contract', firm: line.firmId, calledFor: called, canMake, ...(later && { later }) }, uses: 0 };
  }
  const uses = Math.min(opts.adds, called - canMake);
  return { binds: inputCap(c, s, line, uses), uses };
}

/** An extra shift: its output, when it starts, and what would hold it back. */
export function shiftOutlook(c: ScenarioContent, s: GameState, line: ProductionLine): LeverOutlook {
  const fromMonth = s.month + c.rules.shiftLeadMonths;
  const adds = applyBp(line.capacityPerShift, efficiencyBp(c, { ...line, learningMonths: Math.max(0, line.learningMonths - c.rules.industry.dilutionMonths) }));
  const labour = findNation(s, line.nationId);
  const { binds, uses } = bindsAt(c, s, line, { adds, month: fromMonth });
  if (labour && labour.freeLabour < line.workersPerShift)
    return { adds, uses, fromMonth, binds: { kind: 'labour', nation: labour.id, need: line.workersPerShift, free: labour.freeLabour } };
  return { adds, uses, fromMonth, binds };
}

/** Weekend work: more output from this month, unless nothing calls for it. */
export function weekendOutlook(c: ScenarioContent, s: GameState, line: ProductionLine): LeverOutlook {
  const adds = applyBp(rate(c, line, line.shifts, false), c.rules.weekendBonusBp);
  return { adds, fromMonth: s.month, ...bindsAt(c, s, line, { adds, month: s.month }) };
}
