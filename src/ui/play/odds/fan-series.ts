/** The forecast's fan charts as series for the chart drawer: the p90, p50 and p10 lines and the band between them. */
import type { Band } from '../../../sim';
import type { Series } from '../../report/charts-view';

/** A fan's lines, upper first (p90, p50, p10), so the band between the first and the last is always shaded; named for the player. */
export function fanSeries(o: { id: string; title: string; bands: readonly Band[]; color: string; higherIsBetter: boolean }): Series {
  const line = (p: 'p10' | 'p50' | 'p90') => o.bands.map((b) => b[p]);
  const named = (p: 'p10' | 'p90') => ((p === 'p90') === o.higherIsBetter ? `hopeful (${p})` : `gloomy (${p})`);
  return {
    id: o.id,
    title: o.title,
    lines: [
      { label: named('p90'), values: line('p90'), color: o.color, dash: [4, 4] },
      { label: 'likely (p50)', values: line('p50'), color: o.color },
      { label: named('p10'), values: line('p10'), color: o.color, dash: [4, 4] },
    ],
    band: [0, 2],
    legend: false,
  };
}
