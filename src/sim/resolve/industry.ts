/**
 * Phase 4, industry: lines make what their firm's contracts call for, up to
 * capacity × shifts × efficiency (+ weekend work), scaled down when an input
 * binds (propellant: >70 % of Europe's cotton linters came from China;
 * explosives: no US TNT since 1986; calibration-facts §1, §4). What a unit
 * needs is its product's `inputsPerUnit`. Every line that is not mothballed
 * pays upkeep, idle or not.
 */
import { nationSpec, productSpec, zeroPerProduct, type ScenarioContent } from '../content';
import { dueThisMonth } from '../contract-schedule';
import { applyBp, BP, ratioBp } from '../int-math';
import { findFirm } from '../find';
import { msg } from '../messages';
import type { ReportEntry } from '../report';
import { efficiencyBp, lineCapacity, recordOutput } from '../production-line';
import { withStream } from '../rng';
import type { GameState, InputId, PerInput, ProductionLine } from '../types';
import { FirmProductMap, type PhaseContext } from './context';

export function inputSupply(s: GameState, input: InputId): number {
  let cut = 0;
  for (const shock of s.inputs.shocks) if (shock.input === input && shock.untilMonth >= s.month) cut += shock.cutBp;
  return applyBp(s.inputs.supplyPerMonth[input] ?? 0, Math.max(0, BP - cut));
}

function dueByFirmProduct(s: GameState): FirmProductMap<number> {
  const due = new FirmProductMap<number>();
  for (const c of s.contracts) {
    const d = dueThisMonth(c, s.month);
    if (d > 0) due.set(c.firmId, c.product, (due.get(c.firmId, c.product) ?? 0) + d);
  }
  return due;
}

/** Planned output per line: capacity, but no more than its firm's orders call for; weekend accidents drawn here. */
function planOutput(ctx: PhaseContext): { planned: Map<ProductionLine, number>; possible: Map<ProductionLine, number>; demand: PerInput } {
  const { content: c, state: s, report: r } = ctx;
  const planned = new Map<ProductionLine, number>();
  const possible = new Map<ProductionLine, number>();
  const left = dueByFirmProduct(s);
  const demand: PerInput = {};
  for (const input of c.inputs) demand[input.id] = 0;
  withStream(s, 'industry', (rng) => {
    for (const line of s.lines) {
      const cap = lineCapacity(c, line, s.month);
      if (cap === 0) continue;
      if (line.weekend && rng.chance(c.rules.weekendAccidentBp)) {
        line.accidentUntil = s.month + 1;
        if (r.on)
          r.add({
            id: `accident:${line.id}`,
            kind: 'production',
            subject: line.id,
            message: msg('production.accident', { line: line.id }),
            delta: 0,
            causes: [],
          });
        continue;
      }
      const due = left.get(line.firmId, line.product) ?? 0;
      const units = Math.min(cap, due);
      left.set(line.firmId, line.product, due - units);
      planned.set(line, units);
      possible.set(line, cap);
      const needs = productSpec(c, line.product)!.inputsPerUnit;
      for (const input of c.inputs) demand[input.id]! += units * (needs[input.id] ?? 0);
    }
  });
  return { planned, possible, demand };
}

/** Share of plan each input allows (bp), with a report entry for each that binds. */
function inputScales(ctx: PhaseContext, demand: PerInput): PerInput {
  const { content: c, state: s, report: r } = ctx;
  const scaleBp: PerInput = {};
  for (const { id } of c.inputs) {
    scaleBp[id] = BP;
    const supply = inputSupply(s, id);
    if (demand[id]! <= supply) continue;
    scaleBp[id] = ratioBp(supply, demand[id]!);
    if (r.on)
      r.add({
        id: `input:${id}`,
        kind: 'input',
        subject: id,
        message: msg('production.inputBinds', { input: id, supply, need: demand[id]!, scaleBp: scaleBp[id] }),
        delta: supply - demand[id]!,
        causes: s.inputs.shocks.filter((k) => k.input === id && k.untilMonth >= s.month).map((k) => `event:${k.source}`),
      });
  }
  return scaleBp;
}

/** The region a nation's output counts under in the summaries. */
export function regionOf(c: ScenarioContent, nationId: string): string {
  return nationSpec(c, nationId)?.region ?? '';
}

export function resolveIndustry(ctx: PhaseContext): void {
  const { content: c, state: s, report: r } = ctx;
  const { planned, possible, demand } = planOutput(ctx);
  const scaleBp = inputScales(ctx, demand);
  let artillery = 0;
  const made = zeroPerProduct(c);
  const byRegion: Record<string, number> = {};
  for (const line of s.lines) {
    const firm = findFirm(s, line.firmId)!;
    if (line.status !== 'mothballed') firm.cashEur -= line.upkeepEurPerMonth;
    const plan = planned.get(line);
    if (plan === undefined) continue;
    const spec = productSpec(c, line.product)!;
    let scale = BP;
    let binding: InputId | '' = '';
    const causes: string[] = [];
    for (const { id } of c.inputs) {
      if ((spec.inputsPerUnit[id] ?? 0) > 0 && scaleBp[id]! < scale) {
        scale = scaleBp[id]!;
        binding = id;
        causes.push(`input:${id}`);
      }
    }
    const units = applyBp(plan, scale);
    const efficiency = efficiencyBp(c, line);
    firm.cashEur -= units * line.variableCostEur;
    recordOutput(line, units);
    made[line.product]! += units;
    if (spec.role === 'artillery') {
      const rounds = applyBp(units, spec.fireValueBp);
      artillery += rounds;
      const region = regionOf(c, line.nationId);
      byRegion[region] = (byRegion[region] ?? 0) + rounds;
    }
    let pool = ctx.output.get(line.firmId, line.product);
    if (!pool) ctx.output.set(line.firmId, line.product, (pool = { units: 0, entries: [], made: [] }));
    pool.units += units;
    if (r.on) {
      // What held the line below what it could make: the words a student needs to act on it (one literal, no spread: issue 14).
      const input = units < plan ? binding : '';
      const params = {
        line: line.id,
        product: line.product,
        units,
        idle: plan === 0 ? 1 : 0,
        shifts: line.shifts,
        weekend: line.weekend ? 1 : 0,
        efficiencyBp: efficiency,
        firm: line.firmId,
        possible: possible.get(line)!,
        uncontracted: possible.get(line)! - plan,
        input,
        inputShort: input ? demand[input]! - inputSupply(s, input) : 0,
      };
      const entry: ReportEntry = { id: `prod:${line.id}`, kind: 'production', subject: line.id, message: msg('production.made', params), delta: units, causes };
      pool.entries.push(r.add(entry));
      ctx.made.push({ entry, line });
      pool.made.push(units);
    }
  }
  s.tally.natoArtilleryLastMonth = artillery;
  s.tally.madeLastMonth = made;
  s.tally.artilleryByRegionLastMonth = byRegion;
  s.tally.artilleryProduced += artillery;
}
