/** Draws the chart series with uPlot into the `[data-chart]` boxes on the page. */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { monthLabel } from '../../sim';
import type { Series } from './charts-view';

const plots = new Map<string, uPlot>();

export function drawCharts(series: Series[], months: number[]): void {
  for (const x of series) {
    const box = document.querySelector<HTMLElement>(`[data-chart="${x.id}"]`);
    if (!box) continue;
    const old = plots.get(x.id);
    if (old && old.root.isConnected && box.contains(old.root)) {
      old.setData([months.map((_, i) => i), ...x.lines.map((l) => l.values)]);
      continue;
    }
    old?.destroy();
    box.replaceChildren();
    const plot = new uPlot(
      {
        width: Math.max(280, box.clientWidth || 420),
        height: 170,
        legend: { show: x.lines.length > 1, live: false },
        scales: { x: { time: false } },
        axes: [
          { values: (_u, ticks) => ticks.map((t) => (months[t] === undefined ? '' : monthLabel(months[t]!))) },
          { size: 56, values: (_u, ticks) => ticks.map(short) },
        ],
        series: [{}, ...x.lines.map((l) => ({ label: l.label, stroke: l.color, width: 2, dash: l.dash }))],
      },
      [months.map((_, i) => i), ...x.lines.map((l) => l.values)],
      box,
    );
    plots.set(x.id, plot);
  }
}

/** 1.2M, 250k, 7.5: short tick labels that fit the axis. */
function short(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e6) return `${Math.round(v / 1e5) / 10}M`;
  if (a >= 1e3) return `${Math.round(v / 100) / 10}k`;
  return String(Math.round(v * 10) / 10);
}
