/**
 * The Last month tab: the month's headlines first (headlines-view.ts); under
 * Details, the full report: the key figures and every change grouped by kind,
 * each with its Why? opening under it (why-view.ts).
 */
import { html } from 'lit-html';
import { monthLabel, ratioBp, type ReportEntry, type TurnReport } from '../../sim';
import { fmt, fmtRatio, say, sourceView } from '../common/format';
import type { SessionState } from '../store';
import { headlinesView } from './headlines-view';
import { REPORT_TITLE, whyButtonId } from './report-slice';
import { WHY_PANEL, whyView } from './why-view';
import { hidesRussia } from '../common/facilitation';
import { turnWord } from '../common/turn-text';

const GROUPS: [ReportEntry['kind'][], string][] = [
  [['front', 'stock'], 'Front'],
  [['production', 'input', 'construction'], 'Industry'],
  [['delivery', 'payment'], 'Deliveries and payments'],
  [['russia'], 'Russia'],
  [['politics', 'budget'], 'Politics and budgets'],
  [['order'], 'Your orders'],
  [['event'], 'News for the coming month'],
];

/**
 * The ratio counts Russian aviation's part of the fire (front.ts): said with the ratio of the shells alone when that
 * reads differently, the figure a reader gets from the Front's two sentences (play-test: 3.1:1 from them beside 3.7:1 here).
 */
function shellsAloneView(r: TurnReport) {
  const fire = r.entries.find((e) => e.message.id === 'russia.fire');
  if (!fire || fire.message.id !== 'russia.fire') return '';
  const alone = fmtRatio(ratioBp(fire.message.params.fired, Math.max(1, r.summary.ukraineFired)));
  return alone === fmtRatio(r.summary.fireRatioBp)
    ? ''
    : html`<span class="hint" data-testid="shells-alone"> (${alone} in shells alone; Russian aviation adds the rest)</span>`;
}

export function reportView(s: SessionState) {
  const g = s.game!.getState();
  const names = { content: g.content, game: g.game };
  const last = g.history.at(-1);
  // Named as the button is: "End turn" in a scenario of six-month turns (play-test: it said End month beside an End turn button).
  const word = turnWord(g.content);
  if (!last) return html`<p>No ${word} has been played yet. Make your decisions, then press <strong>End ${word}</strong>.</p>`;
  const r = last.report;
  const m = r.summary;
  const hideRussia = hidesRussia(g);
  if (!s.reportDetails) return headlinesView(s);
  return html`
    <section class="card" aria-labelledby=${REPORT_TITLE}>
      <h3 id=${REPORT_TITLE} tabindex="-1">${monthLabel(r.month)}: the full report</h3>
      <button @click=${() => s.showDetails(false)}>Back to the headlines</button>
      <dl class="figures">
        <div>
          <dt>NATO shells made</dt>
          <dd class="count">${fmt(m.natoArtillery)}</dd>
        </div>
        ${
          hideRussia
            ? ''
            : html`<div>
                <dt>Russian shells made</dt>
                <dd class="count">${fmt(m.russiaShells)}</dd>
              </div>`
        }
        <div>
          <dt>Fire ratio (Russia : Ukraine)</dt>
          <dd>${fmtRatio(m.fireRatioBp)}${shellsAloneView(r)}</dd>
        </div>
        <div>
          <dt>${m.russianGainKm2 < 0 ? 'Ground regained' : 'Ground lost'}</dt>
          <dd>${fmt(Math.abs(m.russianGainKm2))} km²</dd>
        </div>
        <div>
          <dt>Ukraine's shell stock at the month's end</dt>
          <dd>${fmt(m.ukraineArtillery)}</dd>
        </div>
      </dl>
    </section>
    ${GROUPS.map(([kinds, title]) => {
      // A class that hides the intelligence on Russia leaves out the Russian entries; the front still shows Russian fire.
      if (hideRussia && kinds.includes('russia')) return '';
      const entries = r.entries.filter((e) => kinds.includes(e.kind));
      if (!entries.length) return '';
      return html`<section class="card" aria-label=${title}>
        <h3>${title}</h3>
        <ul class="entries">
          ${entries.map(
            (e) =>
              html`<li>
                ${say(e.message, names)}${e.source ? html` ${sourceView(e.source)}` : ''}
                ${
                  e.causes.length
                    ? html`<button
                        class="why-btn"
                        id=${whyButtonId(e.id)}
                        aria-expanded=${s.whyId === e.id ? 'true' : 'false'}
                        aria-controls=${WHY_PANEL}
                        @click=${() => s.showWhy(e.id)}
                        aria-label="Why: ${say(e.message, names)}"
                      >
                        Why?
                      </button>`
                    : ''
                }
                ${s.whyId === e.id ? whyView(s, e.id, { underEntry: true }) : ''}
              </li>`,
          )}
        </ul>
      </section>`;
    })}
  `;
}
