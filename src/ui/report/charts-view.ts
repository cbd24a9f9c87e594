/**
 * Charts over the months played, with the same figures as a table. uPlot
 * draws them into their boxes, handed over by lit's ref as they render
 * (charts are decoration; the table is the accessible source).
 */
import { html } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';
import { monthLabel } from '../../sim';
import type { ResolvedMonth } from '../../store/game-store';
import { fmt, fmtRatio, PAGE_OUTDATED } from '../common/format';
import type { SessionState } from '../store';
import { hidesRussia } from '../common/facilitation';

export interface Series {
  id: string;
  title: string;
  lines: { label: string; values: number[]; color: string; dash?: number[] }[];
  /** a fan: the area between these two lines (their places in `lines`, upper first) is shaded in the upper line's colour */
  band?: [number, number];
  /** false when the page draws its own key (the forecast's fans: uPlot's square markers cannot show a dashed line) */
  legend?: boolean;
}

/** Series to draw; a class that hides the intelligence on Russia leaves out Russia's output (its fire is seen at the front). */
export function seriesOf(history: ResolvedMonth[], hideRussia = false): Series[] {
  const sum = history.map((h) => h.report.summary);
  let cumulative = 0;
  return [
    {
      id: 'production',
      title: 'Shells made a month',
      lines: [
        { label: 'NATO', values: sum.map((m) => m.natoArtillery), color: '#1f5fa8' },
        ...(hideRussia ? [] : [{ label: 'Russia (made; imports not counted)', values: sum.map((m) => m.russiaShells), color: '#b3261e', dash: [6, 4] }]),
      ],
    },
    { id: 'ratio', title: 'Fire ratio (Russia : Ukraine)', lines: [{ label: 'ratio', values: sum.map((m) => m.fireRatioBp / 10000), color: '#7a4d00' }] },
    {
      id: 'territory',
      title: 'Ground lost since the start (km²)',
      lines: [{ label: 'km²', values: sum.map((m) => (cumulative += m.russianGainKm2)), color: '#b3261e' }],
    },
    { id: 'stock', title: "Ukraine's shell stock", lines: [{ label: 'shells', values: sum.map((m) => m.ukraineArtillery), color: '#2e7d32' }] },
  ];
}

/**
 * lit hands each chart's box to this as it renders; uPlot (loaded on first use) draws into it once it is on the page.
 * A drawer that cannot be fetched (the game was rebuilt on its server since the page loaded) says so in the box
 * (hobbyist play-test: blank charts and fifty console errors).
 */
export function drawInto(series: Series, months: number[]) {
  return (box: Element | undefined) => {
    if (!(box instanceof HTMLElement)) return;
    import('./charts-draw').then(
      (m) => m.drawChart(box, series, months),
      () => (box.textContent = `This chart could not be loaded: ${PAGE_OUTDATED}`),
    );
  };
}

export function chartsView(s: SessionState) {
  const { history } = s.game!.getState();
  if (!history.length) return html`<p>Charts appear once a month has been resolved.</p>`;
  const hideRussia = hidesRussia(s.game!.getState());
  const series = seriesOf(history, hideRussia);
  const months = history.map((h) => h.report.month);
  return html`
    ${series.map(
      (x) =>
        html`<figure class="chart">
          <figcaption>${x.title}</figcaption>
          <div class="chart-box" data-chart=${x.id} aria-hidden="true" ${ref(drawInto(x, months))}></div>
        </figure>`,
    )}
    <table class="data">
      <caption>
        The same figures by month
      </caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col">NATO shells</th>
          ${hideRussia ? '' : html`<th scope="col">Russian shells made</th>`}
          <th scope="col">Fire ratio</th>
          <th scope="col">Ground lost that month, km² (− regained)</th>
          <th scope="col">Ukraine's stock</th>
        </tr>
      </thead>
      <tbody>
        ${history.map((h) => {
          const m = h.report.summary;
          return html`<tr>
            <td>${monthLabel(m.month)}</td>
            <td>${fmt(m.natoArtillery)}</td>
            ${hideRussia ? '' : html`<td>${fmt(m.russiaShells)}</td>`}
            <td>${fmtRatio(m.fireRatioBp)}</td>
            <td>${fmt(m.russianGainKm2)}</td>
            <td>${fmt(m.ukraineArtillery)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  `;
}
