/**
 * The Odds tab: "What are my odds?" from this month to the end, with the
 * orders given so far and the policy the player's nations go on with: the
 * chance of victory and of each objective, fan charts (p10–p50–p90) of the
 * score, Russian gains and the fire ratio, and the same figures as a table.
 */
import { html } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';
import { monthLabel, turnEndMonth, type Band, type Forecast, type PolicyName } from '../../../sim';
import { fmt, fmtBp, fmtRatio } from '../../common/format';
import { drawInto } from '../../report/charts-view';
import { fanSeries } from './fan-series';
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
  const c = s.game!.getState().content;
  const month = s.game!.getState().game.month;
  const end = turnEndMonth(c, month);
  const last = end >= c.endMonth;
  const turn = end > month ? `${monthLabel(month)}–${monthLabel(end)}` : monthLabel(month);
  return html`<section aria-labelledby="odds-title" data-testid="odds">
    <h2 id="odds-title">What are my odds?</h2>
    <p class="hint">
      ${fmt(FUTURES)} futures are played to the end with the orders you have given this turn: each draws again what is still unknown (events, slips,
      offensives). It follows your orders as you give or take them back.
    </p>
    ${
      last
        ? html`<p data-testid="odds-assumes">If you give no more orders this turn (${turn}), the last one: nothing follows it.</p>`
        : html`<label data-testid="odds-assumes"
            >If you give no more orders this turn (${turn}), and from ${monthLabel(end + 1)} your nations follow
            <select @change=${(e: Event) => s.setOddsPolicy((e.target as HTMLSelectElement).value as PolicyName)}>
              ${POLICY_WORDS.map(([id, words]) => html`<option value=${id} ?selected=${id === s.oddsPolicy}>${words}</option>`)}
            </select></label
          >`
    }
    ${o ? statusView(o) : html`<p><button class="primary" @click=${() => s.askOdds()} data-testid="odds-ask">Work out my odds</button></p>`}
    ${o?.forecast ? forecastView(s, o.forecast, o.before) : ''}
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

function forecastView(s: SessionState, f: Forecast, before: Forecast | null) {
  const last = <T>(xs: readonly T[]) => xs[xs.length - 1]!;
  return html`<p class="odds-win" data-testid="odds-win">Chance of victory: <strong>${fmtBp(f.winBp)}</strong></p>
    ${changeView(f, before)}
    <p>
      Score at the end: most likely ${last(f.score).p50}/100, between ${last(f.score).p10} and ${last(f.score).p90} in eight futures of ten. Russian gains by
      the end: ${fmt(last(f.gainKm2).p50)} km² (${fmt(last(f.gainKm2).p10)} to ${fmt(last(f.gainKm2).p90)}).
    </p>
    ${objectivesView(s, f)} ${fanView({ id: 'odds-score', title: 'Score so far', f, bands: f.score, color: '#1f5fa8', higherIsBetter: true })}
    ${fanView({ id: 'odds-gain', title: 'Russian gains so far, km²', f, bands: f.gainKm2, color: '#b3261e', higherIsBetter: false })}
    ${fanView({
      id: 'odds-fire',
      title: 'Fire ratio, Russia : Ukraine',
      f,
      bands: f.fireRatioBp.map((b) => ({ p10: b.p10 / 10000, p50: b.p50 / 10000, p90: b.p90 / 10000 })),
      color: '#7a4d00',
      higherIsBetter: false,
    })}
    ${tableView(f)}`;
}

function objectivesView(s: SessionState, f: Forecast) {
  const text = (id: string) => s.game!.getState().content.objectives.find((o) => o.id === id)?.text ?? id;
  return html`<details class="card" open>
    <summary><h3>Each objective</h3></summary>
    <ul class="entries" data-testid="odds-objectives">
      ${f.objectives.map((o) => html`<li>${text(o.id)} <strong>About ${fmtBp(o.meanBp)} of its points</strong>; met in full in ${fmtBp(o.fullBp)} of futures.</li>`)}
    </ul>
  </details>`;
}

/** A fan chart: the likely course (the median future) and the band eight futures in ten stay inside, named for the player. */
function fanView(o: { id: string; title: string; f: Forecast; bands: Band[]; color: string; higherIsBetter: boolean }) {
  const [good, bad] = o.higherIsBetter ? ['p90', 'p10'] : ['p10', 'p90'];
  const series = fanSeries(o);
  return html`<figure class="chart">
    <figcaption>${o.title}: the likely course, and the band eight futures in ten stay inside</figcaption>
    <p class="fan-key" aria-hidden="true" style="--fan: ${o.color}">
      <span class="key-line"></span> likely (p50) <span class="key-line dashed"></span> hopeful (${good}) and gloomy (${bad})
      <span class="key-band"></span> eight futures in ten
    </p>
    <div class="chart-box" data-chart=${o.id} aria-hidden="true" ${ref(drawInto(series, o.f.months))}></div>
  </figure>`;
}

/** What the last change did to the forecast: the likely score, ground and chance of victory, against the forecast before it. */
function changeView(f: Forecast, before: Forecast | null) {
  if (!before) return '';
  const end = <T>(xs: readonly T[]) => xs[xs.length - 1]!;
  const score = end(f.score).p50 - end(before.score).p50;
  const gain = end(f.gainKm2).p50 - end(before.gainKm2).p50;
  const win = f.winBp - before.winBp;
  const signed = (x: number, text: string) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${text}`;
  return html`<p data-testid="odds-change">
    Since the last change: likely score ${signed(score, String(Math.abs(score)))}, Russian gains ${signed(gain, `${fmt(Math.abs(gain))} km²`)}, chance of
    victory ${signed(win, fmtBp(Math.abs(win)))}.
    <span class="hint">A change of a point or two, or of a few dozen km², is within what the draws move from one forecast to the next.</span>
  </p>`;
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
