/**
 * The Odds tab: "What are my odds?" from this month to the end, with the
 * orders given so far and the policy the player's nations go on with: the
 * chance of victory and of each objective, fan charts (p10–p50–p90) of the
 * score, Russian gains and the fire ratio, and the same figures as a table.
 */
import { html } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';
import { monthLabel, type Band, type Forecast, type PolicyName } from '../../../sim';
import { fmt, fmtBp, fmtRatio } from '../../common/format';
import type { Series } from '../../report/charts-view';
import type { SessionState } from '../../store';
import { ODDS_WORKERS } from './odds-pool';
import { FUTURES } from './odds-slice';

const POLICY_WORDS: [PolicyName, string][] = [
  ['balanced', 'a sound mix: contracts, shifts and stocks to the floors'],
  ['production', 'production first: contracts, shifts, plants'],
  ['drawdown', 'stocks first: down to the readiness floors'],
  ['historical', 'what the allies really did'],
  ['passive', 'no further orders'],
];

export function oddsView(s: SessionState) {
  const o = s.odds;
  return html`<section aria-labelledby="odds-title" data-testid="odds">
    <h2 id="odds-title">What are my odds?</h2>
    <p class="hint">
      From this month to the end, ${fmt(FUTURES)} futures are played with the orders you have given: each draws again what is still unknown (events, slips,
      offensives). It follows your orders as you give or take them back.
    </p>
    <label
      >After this month, your nations go on with
      <select @change=${(e: Event) => s.setOddsPolicy((e.target as HTMLSelectElement).value as PolicyName)}>
        ${POLICY_WORDS.map(([id, words]) => html`<option value=${id} ?selected=${id === s.oddsPolicy}>${words}</option>`)}
      </select></label
    >
    ${o ? statusView(o) : html`<p><button class="primary" @click=${() => s.askOdds()} data-testid="odds-ask">Work out my odds</button></p>`}
    ${o?.forecast ? forecastView(s, o.forecast) : ''}
  </section>`;
}

function statusView(o: NonNullable<SessionState['odds']>) {
  if (o.status === 'failed') return html`<p class="error" role="alert">The forecast could not be worked out: ${o.problem}.</p>`;
  if (o.status === 'running')
    return html`<p role="status" data-testid="odds-status">
      Playing futures: ${fmt(o.done)} of ${fmt(o.total)}… <progress max=${o.total} .value=${o.done}></progress>
    </p>`;
  return html`<p role="status" class="hint" data-testid="odds-status">
    ${fmt(o.total)} futures played in ${((o.ms ?? 0) / 1000).toFixed(1)} s on ${ODDS_WORKERS} ${ODDS_WORKERS === 1 ? 'worker' : 'workers'}.
  </p>`;
}

function forecastView(s: SessionState, f: Forecast) {
  const last = <T>(xs: readonly T[]) => xs[xs.length - 1]!;
  return html`<p class="odds-win" data-testid="odds-win">Chance of victory: <strong>${fmtBp(f.winBp)}</strong></p>
    <p>
      Score at the end: most likely ${last(f.score).p50}/100, between ${last(f.score).p10} and ${last(f.score).p90} in eight futures of ten. Russian gains by
      the end: ${fmt(last(f.gainKm2).p50)} km² (${fmt(last(f.gainKm2).p10)} to ${fmt(last(f.gainKm2).p90)}).
    </p>
    ${objectivesView(s, f)} ${fanView('odds-score', 'Score so far (p10–p50–p90)', f, f.score, '#1f5fa8')}
    ${fanView('odds-gain', 'Russian gains so far, km²', f, f.gainKm2, '#b3261e')}
    ${fanView(
      'odds-fire',
      'Fire ratio, Russia : Ukraine',
      f,
      f.fireRatioBp.map((b) => ({ p10: b.p10 / 10000, p50: b.p50 / 10000, p90: b.p90 / 10000 })),
      '#7a4d00',
    )}
    ${tableView(f)}`;
}

function objectivesView(s: SessionState, f: Forecast) {
  const text = (id: string) => s.game!.getState().content.objectives.find((o) => o.id === id)?.text ?? id;
  return html`<details class="card" open>
    <summary><h3>Each objective</h3></summary>
    <ul class="entries" data-testid="odds-objectives">
      ${f.objectives.map((o) => html`<li><strong>${fmtBp(o.fullBp)}</strong> met in full (${fmtBp(o.meanBp)} of its points on average): ${text(o.id)}</li>`)}
    </ul>
  </details>`;
}

function fanView(id: string, title: string, f: Forecast, bands: Band[], color: string) {
  const series: Series = {
    id,
    title,
    lines: [
      { label: 'p90', values: bands.map((b) => b.p90), color, dash: [4, 4] },
      { label: 'p50', values: bands.map((b) => b.p50), color },
      { label: 'p10', values: bands.map((b) => b.p10), color, dash: [4, 4] },
    ],
    band: [0, 2],
  };
  const draw = (box: Element | undefined) => {
    if (box instanceof HTMLElement) void import('../../report/charts-draw').then((m) => m.drawChart(box, series, f.months));
  };
  return html`<figure class="chart">
    <figcaption>${title}</figcaption>
    <div class="chart-box" data-chart=${id} aria-hidden="true" ${ref(draw)}></div>
  </figure>`;
}

function tableView(f: Forecast) {
  const band = (b: Band, show: (x: number) => string = fmt) => `${show(b.p10)} · ${show(b.p50)} · ${show(b.p90)}`;
  return html`<table class="data" data-testid="odds-table">
    <caption>
      The same forecast by month: p10 · p50 · p90
    </caption>
    <thead>
      <tr>
        <th scope="col">Month</th>
        <th scope="col">Score so far</th>
        <th scope="col">Russian gains km²</th>
        <th scope="col">Fire ratio</th>
      </tr>
    </thead>
    <tbody>
      ${f.months.map(
        (m, i) =>
          html`<tr>
            <td>${monthLabel(m)}</td>
            <td>${band(f.score[i]!)}</td>
            <td>${band(f.gainKm2[i]!)}</td>
            <td>${band(f.fireRatioBp[i]!, fmtRatio)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
