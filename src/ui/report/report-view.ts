/**
 * Last month's report: the headline figures and every change grouped by kind,
 * each with a way into the "why" view (why-view.ts).
 */
import { html } from 'lit-html';
import { monthLabel, type ReportEntry } from '../../sim';
import { fmt, fmtRatio, say, sourceView } from '../common/format';
import type { SessionState } from '../store';
import { whyButtonId } from './report-slice';
import { whyView } from './why-view';

const GROUPS: [ReportEntry['kind'][], string][] = [
  [['front', 'stock'], 'Front'],
  [['production', 'input', 'construction'], 'Industry'],
  [['delivery', 'payment'], 'Deliveries and payments'],
  [['russia'], 'Russia'],
  [['politics', 'budget'], 'Politics and budgets'],
  [['order'], 'Your orders'],
  [['event'], 'News for the coming month'],
];

export function reportView(s: SessionState) {
  const g = s.game!.getState();
  const names = { content: g.content, game: g.game };
  const last = g.history.at(-1);
  if (!last) return html`<p>No month has been resolved yet. Make your decisions, then press <strong>End month</strong>.</p>`;
  const r = last.report;
  const m = r.summary;
  if (s.whyId) return whyView(s, s.whyId);
  return html`
    <section class="card" aria-labelledby="report-title" data-tutorial="report">
      <h3 id="report-title" tabindex="-1">${monthLabel(r.month)}</h3>
      <dl class="figures">
        <div>
          <dt>NATO shells made</dt>
          <dd class="count">${fmt(m.natoArtillery)}</dd>
        </div>
        <div>
          <dt>Russian shells made</dt>
          <dd class="count">${fmt(m.russiaShells)}</dd>
        </div>
        <div>
          <dt>Fire ratio (Russia : Ukraine)</dt>
          <dd>${fmtRatio(m.fireRatioBp)}</dd>
        </div>
        <div>
          <dt>Ground</dt>
          <dd>${m.russianGainKm2 >= 0 ? `−${fmt(m.russianGainKm2)}` : `+${fmt(-m.russianGainKm2)}`} km²</dd>
        </div>
        <div>
          <dt>Ukraine's shell stock at the month's end</dt>
          <dd>${fmt(m.ukraineArtillery)}</dd>
        </div>
      </dl>
    </section>
    ${GROUPS.map(([kinds, title]) => {
      const entries = r.entries.filter((e) => kinds.includes(e.kind));
      if (!entries.length) return '';
      return html`<section class="card" aria-label=${title}>
        <h3>${title}</h3>
        <ul class="entries">
          ${entries.map(
            (e) =>
              html`<li>
                ${say(e.message, names)}${e.source ? html` ${sourceView(e.source)}` : ''}
                ${e.causes.length ? html`<button class="why-btn" id=${whyButtonId(e.id)} @click=${() => s.showWhy(e.id)} aria-label="Why: ${say(e.message, names)}">Why?</button>` : ''}
              </li>`,
          )}
        </ul>
      </section>`;
    })}
  `;
}
