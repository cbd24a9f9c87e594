/** Report entries by id across the months played: ids repeat from month to month, and a cause may be last month's news. */
import type { ReportEntry } from '../../sim';
import type { ResolvedMonth } from '../../store/game-store';

export interface FoundEntry {
  entry: ReportEntry;
  /** the index in the history of the month it was reported in */
  month: number;
}

/** An entry by id, looked for in the month `from` first, then in earlier months. */
export function findEntry(history: readonly ResolvedMonth[], id: string, from = history.length - 1): FoundEntry | undefined {
  for (let i = from; i >= 0; i--) {
    const entry = history[i]!.report.entries.find((x) => x.id === id);
    if (entry) return { entry, month: i };
  }
  return undefined;
}
