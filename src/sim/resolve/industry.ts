/**
 * Phase 4, industry: lines make what their firm's contracts call for, up to
 * capacity × shifts × efficiency (+ weekend work), scaled down when an input
 * binds (propellant: >70 % of Europe's cotton linters came from China;
 * explosives: no US TNT since 1986; calibration-facts §1, §4). Every line that
 * is not mothballed pays upkeep, idle or not.
 */
import { applyBp, BP, ratioBp } from '../int-math';
import { findFirm } from '../find';
import { efficiencyBp, lineCapacity } from '../production-line';
import { fmt, fmtBp } from '../report';
import { withStream } from '../rng';
import { INPUTS, type Contract, type GameState, type Input, type PerInput, type ProductionLine } from '../types';
import { outputKey, type PhaseContext } from './context';

/** Units a contract may receive this month: its schedule to date, less what it already got. */
export function dueThisMonth(c: Contract, month: number): number {
  if (c.status !== 'active' || month < c.firstDeliveryMonth) return 0;
  const scheduled = Math.min(c.perMonth * (month - c.firstDeliveryMonth + 1), c.perMonth * c.months);
  return scheduled - c.delivered;
}

/** Lines here count as North American output; all others as European. */
export const NORTH_AMERICA: readonly string[] = ['CA', 'US'];

export function inputSupply(s: GameState, input: Input): number {
  let cut = 0;
  for (const shock of s.inputs.shocks) if (shock.input === input && shock.untilMonth >= s.month) cut += shock.cutBp;
  return applyBp(s.inputs.supplyPerMonth[input], Math.max(0, BP - cut));
}

export function resolveIndustry(s: GameState, ctx: PhaseContext): void {
  const r = ctx.report;
  const due = new Map<string, number>();
  for (const c of s.contracts) {
    const d = dueThisMonth(c, s.month);
    if (d > 0) {
      const key = outputKey(c.firmId, c.product);
      due.set(key, (due.get(key) ?? 0) + d);
    }
  }

  // Planned output per line: capacity, but no more than its firm's orders call for.
  const planned = new Map<ProductionLine, number>();
  const left = new Map(due);
  const demand: PerInput = { explosive: 0, propellant: 0, rareEarth: 0 };
  withStream(s, 'industry', (rng) => {
    for (const line of s.lines) {
      const cap = lineCapacity(line, s.month, s.rules.weekendBonusBp);
      if (cap === 0) continue;
      if (line.weekend && rng.chance(s.rules.weekendAccidentBp)) {
        line.accidentUntil = s.month + 1;
        if (r.on)
          r.add({
            id: `accident:${line.id}`,
            kind: 'production',
            subject: line.id,
            text: `Accident during weekend work at ${line.plantName}: the line stops for two months`,
            delta: 0,
            causes: [],
          });
        continue;
      }
      const key = outputKey(line.firmId, line.product);
      const units = Math.min(cap, left.get(key) ?? 0);
      left.set(key, (left.get(key) ?? 0) - units);
      planned.set(line, units);
      for (const input of INPUTS) demand[input] += units * line.inputsPerUnit[input];
    }
  });

  const scaleBp: PerInput = { explosive: BP, propellant: BP, rareEarth: BP };
  for (const input of INPUTS) {
    const supply = inputSupply(s, input);
    if (demand[input] > supply) {
      scaleBp[input] = ratioBp(supply, demand[input]);
      if (r.on)
        r.add({
          id: `input:${input}`,
          kind: 'input',
          subject: input,
          text: `${input} binds: ${fmt(supply)} available for ${fmt(demand[input])} needed, lines make ${fmtBp(scaleBp[input])} of plan`,
          delta: supply - demand[input],
          causes: s.inputs.shocks.filter((k) => k.input === input && k.untilMonth >= s.month).map((k) => `event:${k.source}`),
        });
    }
  }

  let shells = 0;
  let northAmerica = 0;
  let stingers = 0;
  for (const line of s.lines) {
    const firm = findFirm(s, line.firmId)!;
    if (line.status !== 'mothballed') firm.cashEur -= line.upkeepEurPerMonth;
    const plan = planned.get(line);
    if (plan === undefined) continue;
    let scale = BP;
    const causes: string[] = [];
    for (const input of INPUTS) {
      if (line.inputsPerUnit[input] > 0 && scaleBp[input] < scale) {
        scale = scaleBp[input];
        causes.push(`input:${input}`);
      }
    }
    const units = applyBp(plan, scale);
    firm.cashEur -= units * line.variableCostEur;
    if (units > 0) line.learningMonths++;
    if (line.product === 'shell') shells += units;
    else stingers += units;
    if (line.product === 'shell' && NORTH_AMERICA.includes(line.nationId)) northAmerica += units;
    const key = outputKey(line.firmId, line.product);
    const pool = ctx.output.get(key) ?? { units: 0, entries: [] };
    pool.units += units;
    if (r.on) {
      const why =
        plan === 0
          ? 'no contract calls for output: idle, still paying upkeep'
          : `${line.shifts} shift(s)${line.weekend ? ' + weekends' : ''} at ${fmtBp(efficiencyBp(line))} efficiency`;
      pool.entries.push(
        r.add({
          id: `prod:${line.id}`,
          kind: 'production',
          subject: line.id,
          text: `${line.plantName} made ${fmt(units)} ${line.product}s (${why})`,
          delta: units,
          causes,
        }),
      );
    }
    ctx.output.set(key, pool);
  }
  s.tally.natoShellsLastMonth = shells;
  s.tally.northAmericaShellsLastMonth = northAmerica;
  s.tally.stingersLastMonth = stingers;
  s.tally.shellsProduced += shells;
}
