/**
 * Phase 6, Russia: production by year (about 2–2.5 M shells in 2023 and
 * 3–4.5 M in 2024 with refurbished rounds; calibration-facts §5, §11), made by
 * its war economy (new lines that follow the defence budget, old rounds
 * refurbished while they last, sanctions that slow the new lines) or by the
 * scenario's script; a large pre-war stock (~10 M left at the end of 2022) and
 * imports that events schedule (Iran ≥ 0.3 M in 2023; North Korea ~3–3.5 M in 2024).
 */
import { applyBp, BP, clamp } from '../int-math';
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
  if (s.turn > 0) return s.russia.lastProduction;
  const e = c.russia.economy;
  // Before the first month: what its lines and depots make at the start.
  return e
    ? s.russia.newCapacity + Math.min(s.russia.refurbCapacity, applyBp(s.russia.refurbPool, e.refurbPoolRateBp))
    : rateAt(c.russia.productionPath, s.month);
}

/** New and refurbished shells this month, from the economy, or the scripted path without one. */
function madeThisMonth(ctx: PhaseContext): { made: number; causes: string[] } {
  const { content: c, state: s } = ctx;
  const e = c.russia.economy;
  const ru = s.russia;
  if (!e) {
    const made = rateAt(c.russia.productionPath, s.month);
    ru.lastNew = made;
    ru.lastRefurb = 0;
    return { made, causes: ctx.pathChanges.has('russiaProduction') ? [pathEntryId('russiaProduction')] : [] };
  }
  // New lines follow the budget of `leadMonths` ago, growing or shrinking at most `newRampPerMonth`.
  const target = rateAt(e.defenceSharePath, s.month - e.leadMonths) * e.newShellsPerShareBp;
  ru.newCapacity += clamp(target - ru.newCapacity, -e.newRampPerMonth, e.newRampPerMonth);
  let cut = 0;
  for (const x of ru.sanctions) if (x.untilMonth >= s.month) cut += x.cutBp;
  const sanctions = ru.sanctions.filter((x) => x.untilMonth >= s.month).map((x) => `event:${x.eventId}`);
  ru.sanctions = ru.sanctions.filter((x) => x.untilMonth > s.month);
  const harder = c.russia.doctrine && ru.doctrine === 'rebuild' ? c.russia.doctrine.rebuildOutputBp : 0;
  const made = applyBp(applyBp(ru.newCapacity, BP + harder), Math.max(0, BP - cut));
  // Depots bring back old rounds at their crews' pace, but never more than a share of what is left.
  ru.refurbCapacity = Math.min(e.refurbMaxPerMonth, ru.refurbCapacity + e.refurbRampPerMonth);
  const refurb = Math.min(ru.refurbCapacity, applyBp(ru.refurbPool, e.refurbPoolRateBp));
  ru.refurbPool -= refurb;
  ru.lastNew = made;
  ru.lastRefurb = refurb;
  const causes = [
    ...(ctx.pathChanges.has('russiaDefenceShare') ? [pathEntryId('russiaDefenceShare')] : []),
    ...(harder ? ['russia:doctrine'] : []),
    ...sanctions,
  ];
  return { made: made + refurb, causes };
}

export function resolveRussia(ctx: PhaseContext): void {
  const { content: c, state: s, report: r } = ctx;
  const ru = s.russia;
  const { made: production, causes } = madeThisMonth(ctx);
  let imports = 0;
  const sources: string[] = [];
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
  s.tally.russiaNewShellsLastMonth = ru.lastNew;
  if (r.on)
    r.add({
      id: 'russia:supply',
      kind: 'russia',
      subject: 'RU',
      message: c.russia.economy
        ? msg('russia.economy', {
            made: ru.lastNew,
            capacity: ru.newCapacity,
            refurbished: ru.lastRefurb,
            pool: ru.refurbPool,
            imports,
            sources: sources.join(', '),
            stock: ru.stockShells,
          })
        : msg('russia.supply', { production, imports, sources: sources.join(', '), stock: ru.stockShells }),
      delta: production + imports,
      causes,
      ...(c.russia.economy ? { source: { ...c.russia.economy.source } } : {}),
    });
}
