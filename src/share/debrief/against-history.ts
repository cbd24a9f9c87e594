/** The war's figures beside the same figures on the allies' own course (the historical policy on the same seed). */
import type { Metrics } from '../../sim/metrics';

/** A figure of the war beside the same figure on the allies' own course. */
export interface HistoryRow {
  metric: 'territory' | 'fireRatio' | 'belowFloor' | 'cohesion';
  mine: number;
  theirs: number;
}

/** For each figure, whether a lower value is the better one. */
const LOWER_IS_BETTER: Record<HistoryRow['metric'], boolean> = { territory: true, fireRatio: true, belowFloor: true, cohesion: false };

/** The war's figures beside the allies' course, split into where the player did better and worse. */
export function againstHistory(mine: Metrics, theirs: Metrics): { better: HistoryRow[]; worse: HistoryRow[] } {
  const rows: HistoryRow[] = [
    { metric: 'territory', mine: mine.territoryLostKm2, theirs: theirs.territoryLostKm2 },
    { metric: 'fireRatio', mine: mine.avgFireRatioBp, theirs: theirs.avgFireRatioBp },
    { metric: 'belowFloor', mine: mine.nationsBelowFloor, theirs: theirs.nationsBelowFloor },
    { metric: 'cohesion', mine: mine.cohesionBp, theirs: theirs.cohesionBp },
  ];
  const better = rows.filter((r) => (LOWER_IS_BETTER[r.metric] ? r.mine < r.theirs : r.mine > r.theirs));
  const worse = rows.filter((r) => (LOWER_IS_BETTER[r.metric] ? r.mine > r.theirs : r.mine < r.theirs));
  return { better, worse };
}
