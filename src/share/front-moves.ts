/**
 * Where the front moved in the last turn played (one month, or a quarter's
 * three): the sectors the headlines name and the map marks. One rule for
 * both, so the page and the map never disagree.
 */
import type { TurnReport } from '../sim/report';

/** Less than this (km², either way) is the front's daily churn, not a move a student should look for on the map. */
export const MOVED_KM2 = 10;

export interface SectorMove {
  sector: string;
  /** km² Russia gained (negative: Ukraine regained) */
  gainKm2: number;
}

/** The reports of the last turn played, oldest first: the months since the turn's first month. */
export function lastTurnReports(reports: readonly TurnReport[], c: { readonly startMonth: number; readonly monthsPerTurn: number }): TurnReport[] {
  const last = reports.at(-1);
  if (!last) return [];
  const per = Math.max(1, c.monthsPerTurn);
  const start = last.month - ((last.month - c.startMonth) % per);
  return reports.filter((r) => r.month >= start);
}

/** Each sector's move over those months, in the report's sector order. */
export function turnMoves(turn: readonly TurnReport[]): SectorMove[] {
  const moves = new Map<string, number>();
  for (const r of turn)
    for (const e of r.entries)
      if (e.message.id === 'front.sector') moves.set(e.message.params.sector, (moves.get(e.message.params.sector) ?? 0) + e.message.params.gainKm2);
  return [...moves].map(([sector, gainKm2]) => ({ sector, gainKm2 }));
}

/** The sectors whose line moved at least MOVED_KM2, largest move first (ties in sector order). */
export function movedSectors(moves: readonly SectorMove[]): SectorMove[] {
  return moves
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => Math.abs(m.gainKm2) >= MOVED_KM2)
    .sort((a, b) => Math.abs(b.m.gainKm2) - Math.abs(a.m.gainKm2) || a.i - b.i)
    .map(({ m }) => m);
}

/** The sectors that moved in the last turn played, largest move first: what the map marks and the headlines name. */
export function movedLastTurn(reports: readonly TurnReport[], c: { readonly startMonth: number; readonly monthsPerTurn: number }): SectorMove[] {
  return movedSectors(turnMoves(lastTurnReports(reports, c)));
}
