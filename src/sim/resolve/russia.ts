/**
 * Phase 6, Russia: production by year (about 2–2.5 M shells in 2023 and
 * 3–4.5 M in 2024 with refurbished rounds; calibration-facts §5, §11), a large
 * pre-war stock (~10 M left at the end of 2022) and imports that events
 * schedule (Iran ≥ 0.3 M in 2023; North Korea ~3–3.5 M in 2024).
 */
import { yearOf } from '../month';
import { fmt } from '../report';
import type { GameState, RatePoint } from '../types';
import type { PhaseContext } from './context';

export function rateForYear(path: readonly RatePoint[], year: number): number {
  let rate = 0;
  for (const p of path) if (p.year <= year) rate = p.perMonth;
  return rate;
}

export function resolveRussia(s: GameState, ctx: PhaseContext): void {
  const ru = s.russia;
  const production = rateForYear(ru.productionPath, yearOf(s.month));
  let imports = 0;
  const sources: string[] = [];
  const causes: string[] = [];
  for (const imp of ru.imports) {
    if (imp.untilMonth >= s.month) {
      imports += imp.perMonth;
      sources.push(imp.source);
      causes.push(`event:${imp.eventId}`);
    }
  }
  ru.imports = ru.imports.filter((imp) => imp.untilMonth > s.month);
  ru.stockShells += production + imports;
  ru.lastProduction = production;
  ru.lastImports = imports;
  s.tally.russiaShellsLastMonth = production;
  if (ctx.report.on)
    ctx.report.add({
      id: 'russia:supply',
      kind: 'russia',
      subject: 'RU',
      text:
        `Russia made ${fmt(production)} shells` + (imports ? ` and imported ${fmt(imports)} (${sources.join(', ')})` : '') + `; stock ${fmt(ru.stockShells)}`,
      delta: production + imports,
      causes,
    });
}
