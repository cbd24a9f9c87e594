/**
 * The scenario's scripted paths: rates it fixes month by month (what Russia
 * makes and wants to fire, its ground pressure, what Ukraine wants to fire).
 * No decision moves them, so when one changes the report says so, with the
 * reason and source the scenario gives: a student should never see Russian
 * fire drop from 600,000 to 220,000 (June 2023, Ukraine's counter-offensive)
 * without being told it was written into the scenario.
 */
import type { ScenarioContent } from '../content';
import { msg } from '../messages';
import type { ReportBuilder } from '../report';
import type { GameState, RatePoint } from '../types';

/** The paths a month reads, by the name a report entry gives them. */
export const SCRIPTED_PATHS = {
  russiaProduction: (c: ScenarioContent) => c.russia.productionPath,
  russiaDefenceShare: (c: ScenarioContent) => c.russia.economy?.defenceSharePath ?? [],
  russiaFire: (c: ScenarioContent) => c.russia.fireDemandPath,
  russiaOffensive: (c: ScenarioContent) => c.russia.offensivePath,
  ukraineFire: (c: ScenarioContent) => c.ukraine.fireDemandPath,
} as const;

export type ScriptedPath = keyof typeof SCRIPTED_PATHS;

/** The point in force in a month: the last one at or before it, else the first. */
export function pointAt(path: readonly Readonly<RatePoint>[], month: number): Readonly<RatePoint> | undefined {
  let point = path[0];
  // Months increase along a path (validate.ts refuses one that does not), so the scan stops at the first later point.
  for (let i = 0; i < path.length && path[i]!.fromMonth <= month; i++) point = path[i];
  return point;
}

/** The report entry id of a path's change this month (the entry exists only in a month where it changes). */
export const pathEntryId = (path: ScriptedPath) => `path:${path}`;

/**
 * Adds an entry for each path whose rate changes this month, with the point's own reason and
 * source; returns the paths that changed, so the phases that read them can name the change.
 */
export function reportPathChanges(c: ScenarioContent, s: Pick<GameState, 'month' | 'russia'>, r: ReportBuilder): Set<ScriptedPath> {
  const changed = new Set<ScriptedPath>();
  if (!r.on) return changed;
  for (const path of Object.keys(SCRIPTED_PATHS) as ScriptedPath[]) {
    const points = SCRIPTED_PATHS[path](c);
    // The offensive path runs at this war's timing (the seed's offensiveDelay), the others at their dates.
    const at = s.month - (path === 'russiaOffensive' ? s.russia.offensiveDelay : 0);
    const now = pointAt(points, at);
    const before = pointAt(points, at - 1);
    if (!now || now.fromMonth !== at || !before || before.perMonth === now.perMonth) continue;
    changed.add(path);
    r.add({
      id: pathEntryId(path),
      kind: path.startsWith('russia') ? 'russia' : 'front',
      subject: path,
      message: msg('path.change', { path, fromPerMonth: before.perMonth, toPerMonth: now.perMonth, sinceMonth: s.month }),
      delta: now.perMonth - before.perMonth,
      causes: [],
      ...(now.source ? { source: { ...now.source } } : {}),
    });
  }
  return changed;
}
