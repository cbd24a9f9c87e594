/**
 * The order a Why? lists an entry's causes in: by size, the largest first,
 * each with its share, when the report weighs them (entry.weights); the small
 * ones folded into one expandable line. Folding only ever hides causes smaller
 * than every cause shown, so a 262,000-shell drawdown is never "…and 3 more"
 * while 750-shell deliveries are listed. Causes the report does not weigh keep
 * the report's order, the first few shown.
 */
import type { ReportEntry } from '../../sim';

export interface RankedCause {
  id: string;
  /** its part of the entry's change, in the entry's unit (signed), when weighed */
  weight?: number;
  /** its share of all the parts, in whole per cent (absent when not weighed) */
  sharePct?: number;
}

export interface RankedCauses {
  shown: RankedCause[];
  folded: RankedCause[];
  /** what the folded causes add up to, in whole per cent (null when not weighed) */
  foldedSharePct: number | null;
}

/** Show the largest until they account for this share of the whole, and any cause of at least NOTABLE_PCT… */
const COVER_PCT = 90;
const NOTABLE_PCT = 5;
/** …but never more than this many before folding, and fold at least two (one cause is shown, not folded). */
const MAX_SHOWN = 5;
const MAX_SHOWN_UNWEIGHED = 6;

const pct = (part: number, whole: number) => (whole > 0 ? Math.round((part * 100) / whole) : 0);

export function rankCauses(e: Pick<ReportEntry, 'causes' | 'weights'>): RankedCauses {
  const weights = e.weights?.length === e.causes.length ? e.weights : undefined;
  if (!weights) {
    const all = e.causes.map((id) => ({ id }));
    return split(all, all.length > MAX_SHOWN_UNWEIGHED + 1 ? MAX_SHOWN_UNWEIGHED : all.length, null);
  }
  const total = weights.reduce((s, w) => s + Math.abs(w), 0);
  const ranked = e.causes
    .map((id, i) => ({ id, weight: weights[i]!, sharePct: pct(Math.abs(weights[i]!), total), i }))
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.i - b.i)
    .map(({ id, weight, sharePct }) => ({ id, weight, sharePct }));
  let shown = 0;
  let covered = 0;
  const more = () => shown === 0 || pct(covered, total) < COVER_PCT || ranked[shown]!.sharePct >= NOTABLE_PCT;
  while (shown < ranked.length && shown < MAX_SHOWN && more()) covered += Math.abs(ranked[shown++]!.weight);
  if (ranked.length - shown < 2) shown = ranked.length;
  return split(ranked, shown, pct(total - covered, total));
}

function split(all: RankedCause[], shown: number, foldedPct: number | null): RankedCauses {
  const folded = all.slice(shown);
  return { shown: all.slice(0, shown), folded, foldedSharePct: folded.length && foldedPct !== null ? foldedPct : null };
}

/** An entry's causes over the months of a turn: each one's weights summed, and month by month (0 where it played no part). */
export interface CausesOverTurn {
  sums: Map<string, number>;
  byMonth: Map<string, number[]>;
}

/** Sums the weighed causes of one entry over a turn's months (a month whose entry weighs no causes adds nothing). */
export function causesOverTurn(entries: readonly (Pick<ReportEntry, 'causes' | 'weights'> | undefined)[]): CausesOverTurn {
  const sums = new Map<string, number>();
  const byMonth = new Map<string, number[]>();
  entries.forEach((e, i) => {
    if (!e || e.weights?.length !== e.causes.length) return;
    e.causes.forEach((c, k) => {
      const w = e.weights![k]!;
      sums.set(c, (sums.get(c) ?? 0) + w);
      if (!byMonth.has(c)) byMonth.set(c, new Array<number>(entries.length).fill(0));
      byMonth.get(c)![i] = w;
    });
  });
  return { sums, byMonth };
}
