/**
 * Phase 3, construction: plants and reactivated lines that reach their date
 * may slip (announced targets often arrive 12–24 months late; calibration-facts
 * §11), then open if the nation has the skilled workers to staff them. Ordered
 * extra shifts come online and dilute the line's learning. Labour pools grow.
 * Explosive and propellant plants a state paid for open (input-plant.ts).
 */
import { findNation } from '../find';
import { openInputPlants } from '../input-plant';
import { msg } from '../messages';
import { efficiencyBp, joinShift, openLine } from '../production-line';
import { withStream, type Stream } from '../rng';
import type { ProductionLine } from '../types';
import type { PhaseContext } from './context';

/**
 * A line whose date has come: slip (drawn once), wait for workers, or open.
 * Returns false when it slipped or waits: its ordered shifts then wait a month too.
 */
function complete(ctx: PhaseContext, line: ProductionLine, rng: Stream): boolean {
  const { content: c, state: s, report: r } = ctx;
  if (line.status === 'building' && !line.slipDrawn) {
    line.slipDrawn = true;
    if (rng.chance(line.slipChanceBp)) {
      const slip = rng.int(c.rules.plantSlipMinMonths, c.rules.plantSlipMaxMonths);
      line.readyMonth += slip;
      if (r.on)
        r.add({
          id: `slip:${line.id}`,
          kind: 'construction',
          subject: line.id,
          message: msg('construction.slip', { line: line.id, months: slip, readyMonth: line.readyMonth }),
          delta: slip,
          causes: [],
        });
      return false;
    }
  }
  const labour = findNation(s, line.nationId)!;
  const need = line.workersPerShift * line.shifts;
  if (labour.freeLabour < need) {
    line.readyMonth = s.month + 1;
    if (r.on)
      r.add({
        id: `labour:${line.id}`,
        kind: 'construction',
        subject: line.id,
        message: msg('construction.waitsLabour', { line: line.id, need, labourNation: labour.id, free: labour.freeLabour }),
        delta: 0,
        causes: [],
      });
    return false;
  }
  labour.freeLabour -= need;
  openLine(line);
  if (r.on)
    r.add({ id: `open:${line.id}`, kind: 'construction', subject: line.id, message: msg('construction.opens', { line: line.id }), delta: 0, causes: [] });
  return true;
}

/** Ordered shifts whose month has come join the line and dilute its learning. */
function openShifts(ctx: PhaseContext, line: ProductionLine): void {
  const { content: c, state: s, report: r } = ctx;
  for (let i = 0; i < line.pendingShifts.length;) {
    const p = line.pendingShifts[i]!;
    if (p.readyMonth > s.month) {
      i++;
      continue;
    }
    line.pendingShifts.splice(i, 1);
    const wasBp = efficiencyBp(c, line);
    joinShift(c, line, p);
    if (r.on)
      r.add({
        id: `shift:${line.id}:${line.shifts}`,
        kind: 'construction',
        subject: line.id,
        message: msg('construction.shift', { line: line.id, shifts: line.shifts, efficiencyBp: efficiencyBp(c, line), wasBp }),
        delta: 1,
        causes: [],
      });
  }
}

export function resolveConstruction(ctx: PhaseContext): void {
  const { content: c, state: s } = ctx;
  s.nations.forEach((n, i) => (n.freeLabour += c.nations[i]!.labourGrowthPerMonth));
  withStream(s, 'industry', (rng) => {
    for (const line of s.lines) {
      const due = (line.status === 'building' || line.status === 'reactivating') && line.readyMonth <= s.month;
      if (due && !complete(ctx, line, rng)) continue;
      openShifts(ctx, line);
    }
  });
  openInputPlants(c, s, ctx.report);
}
