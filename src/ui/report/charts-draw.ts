/** Draws the chart series with uPlot into the boxes the charts view hands over. */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { monthLabel } from '../../sim';
import { monthRange, monthTicks, valueRange, valueTicks } from './chart-axes';
import type { Series } from './charts-view';

const plots = new Map<string, uPlot>();

/** Draws one series into its box, or updates the plot already there. */
export function drawChart(box: HTMLElement, x: Series, months: number[]): void {
  if (!box.isConnected) return;
  const data: uPlot.AlignedData = [months.map((_, i) => i), ...x.lines.map((l) => l.values)];
  const old = plots.get(x.id);
  if (old && old.root.isConnected && box.contains(old.root)) return old.setData(data);
  old?.destroy();
  plots.delete(x.id);
  // A plot of another series in this box (the class results draw a new series when a team joins), or one no longer on the
  // page (it is drawn anew if its box comes back), is let go rather than kept forever.
  for (const [id, p] of plots)
    if (box.contains(p.root) || !p.root.isConnected) {
      p.destroy();
      plots.delete(id);
    }
  box.replaceChildren();
  const plot = new uPlot(
    {
      width: Math.max(280, box.clientWidth || 420),
      height: 170,
      legend: { show: x.legend !== false && x.lines.length > 1, live: false },
      // Room on the right so the last month's label is not cut in half.
      padding: [8, 28, 0, 0],
      scales: {
        x: { time: false, range: () => monthRange(months.length) },
        y: { range: (_u, min, max) => valueRange(min ?? 0, max ?? 0) },
      },
      axes: [
        { splits: () => monthTicks(months.length), values: (_u, ticks) => ticks.map((t) => monthLabel(months[0]! + t)) },
        { size: 56, splits: (u) => valueTicks([u.scales.y!.min!, u.scales.y!.max!]), values: (_u, ticks) => ticks.map(short) },
      ],
      series: [{}, ...x.lines.map((l) => ({ label: l.label, stroke: l.color, width: 2, dash: l.dash }))],
      // uPlot counts the x values as series 0.
      ...(x.band ? { bands: [{ series: [x.band[0] + 1, x.band[1] + 1] as [number, number], fill: translucent(x.lines[x.band[0]]!.color) }] } : {}),
    },
    data,
    box,
  );
  plots.set(x.id, plot);
}

/** "#b3261e" → "rgba(179, 38, 30, 0.16)": a band in its lines' colour, light enough for them to show through. */
function translucent(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, 0.16)`;
}

/** 1.2M, 250k, 7.5: short tick labels that fit the axis. */
function short(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e6) return `${Math.round(v / 1e5) / 10}M`;
  if (a >= 1e3) return `${Math.round(v / 100) / 10}k`;
  return String(Math.round(v * 10) / 10);
}
