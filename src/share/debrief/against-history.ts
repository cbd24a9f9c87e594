/** The war's figures beside the same figures on the allies' own course (the historical policy on the same seed). */
import type { Metrics } from '../../sim/metrics';

/** A figure of the war beside the same figure on the allies' own course. */
export interface HistoryRow {
  metric: 'territory' | 'fireRatio' | 'natoMade' | 'belowFloor' | 'cohesion';
  mine: number;
  theirs: number;
}

/** For each figure, whether a lower value is the better one. */
const LOWER_IS_BETTER: Record<HistoryRow['metric'], boolean> = { territory: true, fireRatio: true, natoMade: false, belowFloor: true, cohesion: false };

/** The step a player reads each figure in (a ratio to 0.1:1, cohesion to 0.1 %): a difference finer than that is no difference on screen. */
const READ_STEP: Record<Exclude<HistoryRow['metric'], 'natoMade'>, number> = { territory: 1, fireRatio: 1000, belowFloor: 1, cohesion: 10 };

/** The war's figures beside the allies' course, split into where the player did better and worse (as read on screen). */
export function againstHistory(mine: Metrics, theirs: Metrics): { better: HistoryRow[]; worse: HistoryRow[] } {
  const rows: HistoryRow[] = [
    { metric: 'territory', mine: mine.territoryLostKm2, theirs: theirs.territoryLostKm2 },
    { metric: 'fireRatio', mine: mine.avgFireRatioBp, theirs: theirs.avgFireRatioBp },
    { metric: 'natoMade', mine: mine.natoArtilleryMade, theirs: theirs.natoArtilleryMade },
    { metric: 'belowFloor', mine: mine.nationsBelowFloor, theirs: theirs.nationsBelowFloor },
    { metric: 'cohesion', mine: mine.cohesionBp, theirs: theirs.cohesionBp },
  ];
  // How much better the player did, in steps as read: positive is better.
  const gain = (r: HistoryRow) => {
    // Rounds made count in whole percent of the allies' course: a few thousand either way is the same industry.
    if (r.metric === 'natoMade') return Math.trunc(((r.mine - r.theirs) * 100) / Math.max(1, r.theirs));
    const [m, t] = [Math.floor(r.mine / READ_STEP[r.metric]), Math.floor(r.theirs / READ_STEP[r.metric])];
    return LOWER_IS_BETTER[r.metric] ? t - m : m - t;
  };
  const better = rows.filter((r) => gain(r) > 0);
  const worse = rows.filter((r) => gain(r) < 0);
  return { better, worse };
}
