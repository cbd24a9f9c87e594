/**
 * Which sectors "moved" last month: the ones the headlines name and the map
 * marks. One rule for both, so the page and the map never disagree.
 */

/** Less than this (km², either way) is the front's daily churn, not a move a student should look for on the map. */
export const MOVED_KM2 = 10;

/** The ids of the sectors whose line moved at least MOVED_KM2 last month, largest move first (ties in sector order). */
export function movedSectors(sectors: readonly { id: string; lastGainKm2: number }[]): string[] {
  return sectors
    .map((s, i) => ({ id: s.id, km2: Math.abs(s.lastGainKm2), i }))
    .filter((s) => s.km2 >= MOVED_KM2)
    .sort((a, b) => b.km2 - a.km2 || a.i - b.i)
    .map((s) => s.id);
}
