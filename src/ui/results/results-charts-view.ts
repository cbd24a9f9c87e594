/**
 * Every team of a war over the months, on the same axes: ground lost, fire
 * ratio, Ukraine's stock and money spent, one line per team (colour and dash,
 * never colour alone). uPlot draws them, as in the month's report; the table
 * above and the CSV hold the same figures for anyone who cannot see them.
 */
import { html } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';
import type { ResultsGroup } from '../../share/results/groups';
import type { MonthFigures } from '../../share/results/verdict';
import { drawInto, type Series } from '../report/charts-view';
import { teamColours } from './team-colours';

/** Each team its own dash as well as its colour: teams that played alike draw one line over another, and the dashes show both (trainer play-test). */
const DASHES: (number[] | undefined)[] = [undefined, [6, 4], [2, 3]];

const FIGURES: { id: string; title: string; value: (m: MonthFigures) => number; cumulative?: boolean }[] = [
  { id: 'ground', title: 'Ground lost since the start (km²)', value: (m) => m.russianGainKm2, cumulative: true },
  { id: 'ratio', title: 'Fire ratio (Russia : Ukraine)', value: (m) => m.fireRatioBp / 10000 },
  { id: 'stock', title: "Ukraine's shell stock", value: (m) => m.ukraineArtillery },
  { id: 'spent', title: 'Money spent since the start (€ bn)', value: (m) => m.spentEur / 1e9, cumulative: true },
];

function running(values: number[]): number[] {
  let sum = 0;
  return values.map((v) => (sum += v));
}

/** One series per figure, a line per team. The id names the group and its teams, so a plot is drawn anew when a team joins. */
export function groupSeries(g: ResultsGroup): Series[] {
  const colours = teamColours(g.teams.map((t) => t.result.team));
  return FIGURES.map((f) => ({
    id: `results:${g.scenarioId}:${g.seed}:${f.id}:${g.teams.map((t) => t.source).join('|')}`,
    title: f.title,
    lines: g.teams.map((t, i) => {
      const values = t.result.months.map(f.value);
      return {
        label: t.result.team,
        values: f.cumulative ? running(values) : values,
        color: colours[i]!,
        dash: DASHES[i % DASHES.length],
      };
    }),
  }));
}

export function resultsChartsView(g: ResultsGroup) {
  const months = g.teams[0]?.result.months.map((m) => m.month) ?? [];
  if (!months.length) return '';
  return html`<div class="results-charts">
    ${groupSeries(g).map(
      (x) =>
        html`<figure class="chart">
          <figcaption>${x.title}</figcaption>
          <div class="chart-box" data-chart=${x.id.split(':')[3]} aria-hidden="true" ${ref(drawInto(x, months))}></div>
        </figure>`,
    )}
  </div>`;
}
