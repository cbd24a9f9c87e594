/**
 * Phase 3, construction: plants and reactivated lines that reach their date
 * may slip (announced targets often arrive 12–24 months late; calibration-facts
 * §11), then open if the nation has the skilled workers to staff them. Ordered
 * extra shifts come online and dilute the line's learning. Labour pools grow.
 */
import { findNation } from '../find';
import { monthLabel } from '../month';
import { DILUTION_MONTHS } from '../production-line';
import { fmt } from '../report';
import { withStream } from '../rng';
import type { GameState } from '../types';
import type { PhaseContext } from './context';

export function resolveConstruction(s: GameState, ctx: PhaseContext): void {
  const r = ctx.report;
  for (const n of s.nations) n.freeLabour += n.labourGrowthPerMonth;
  withStream(s, 'industry', (rng) => {
    for (const line of s.lines) {
      if ((line.status === 'building' || line.status === 'reactivating') && line.readyMonth <= s.month) {
        if (line.status === 'building' && !line.slipDrawn) {
          line.slipDrawn = true;
          if (rng.chance(line.slipChanceBp)) {
            const slip = rng.int(s.rules.plantSlipMinMonths, s.rules.plantSlipMaxMonths);
            line.readyMonth += slip;
            if (r.on)
              r.add({
                id: `slip:${line.id}`,
                kind: 'construction',
                subject: line.id,
                text: `${line.plantName} slips ${slip} months: now due ${monthLabel(line.readyMonth)}`,
                delta: slip,
                causes: [],
              });
            continue;
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
              text: `${line.plantName} is ready but waits for ${fmt(need)} skilled workers (${labour.name} has ${fmt(labour.freeLabour)} free)`,
              delta: 0,
              causes: [],
            });
          continue;
        }
        labour.freeLabour -= need;
        line.status = 'running';
        line.learningMonths = 0;
        if (r.on)
          r.add({
            id: `open:${line.id}`,
            kind: 'construction',
            subject: line.id,
            text: `${line.plantName} starts production; it ramps to full rate over about two years`,
            delta: 0,
            causes: [],
          });
      }
      for (let i = 0; i < line.pendingShifts.length;) {
        const p = line.pendingShifts[i]!;
        if (p.readyMonth > s.month) {
          i++;
          continue;
        }
        line.pendingShifts.splice(i, 1);
        line.shifts++;
        line.shiftPayers.push(p.payer);
        line.learningMonths = Math.max(0, line.learningMonths - DILUTION_MONTHS);
        if (r.on)
          r.add({
            id: `shift:${line.id}:${line.shifts}`,
            kind: 'construction',
            subject: line.id,
            text: `${line.plantName} now runs ${line.shifts} shifts; new crews lower its efficiency for a while`,
            delta: 1,
            causes: [],
          });
      }
    }
  });
}
