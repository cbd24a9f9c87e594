/**
 * Phase 6, Russia: production by year (about 2–2.5 M shells in 2023 and
 * 3–4.5 M in 2024 with refurbished rounds; calibration-facts §5, §11), a large
 * pre-war stock (~10 M left at the end of 2022) and imports that events
 * schedule (Iran ≥ 0.3 M in 2023; North Korea ~3–3.5 M in 2024).
 */
import { msg } from '../messages';
import type { ScenarioContent } from '../content';
import type { GameState, RatePoint } from '../types';
import type { PhaseContext } from './context';
import { pathEntryId, pointAt } from './scripted';

/** The rate in force in a month: the last point at or before it (paths are sorted). */
export function rateAt(path: readonly RatePoint[], month: number): number {
  return pointAt(path, month)?.perMonth ?? 0;
}

/**
 * Russian shells a month as the allies' intelligence reads it: last month's output, or, before
 * the first month has been played, the rate in force now. The news and the map both show this.
 */
export function russianOutputPerMonth(c: ScenarioContent, s: GameState): number {
  return s.turn > 0 ? s.russia.lastProduction : rateAt(c.russia.productionPath, s.month);
}

export function resolveRussia(ctx: PhaseContext): void {
  const { content: c, state: s, report: r } = ctx;
  const ru = s.russia;
  const production = rateAt(c.russia.productionPath, s.month);
  let imports = 0;
  const sources: string[] = [];
  const causes: string[] = ctx.pathChanges.has('russiaProduction') ? [pathEntryId('russiaProduction')] : [];
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
  if (r.on)
    r.add({
      id: 'russia:supply',
      kind: 'russia',
      subject: 'RU',
      message: msg('russia.supply', { production, imports, sources: sources.join(', '), stock: ru.stockShells }),
      delta: production + imports,
      causes,
    });
}
