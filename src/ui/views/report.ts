/**
 * Last month's report: the headline figures, every change grouped by kind, and
 * a "why" view that follows an entry's causes back (front → stock → delivery →
 * line → budget), across earlier months for events.
 */
import { html } from 'lit-html';
import { monthLabel, type ReportEntry } from '../../sim';
import type { Session, SessionState } from '../session';
import { fmt, fmtRatio, say, sourceText } from './format';

const GROUPS: [ReportEntry['kind'][], string][] = [
  [['front', 'stock'], 'Front'],
  [['production', 'input', 'construction'], 'Industry'],
  [['delivery', 'payment'], 'Deliveries and payments'],
  [['russia'], 'Russia'],
  [['politics', 'budget'], 'Politics and budgets'],
  [['order'], 'Your orders'],
  [['event'], 'News for the coming month'],
];

function findEntry(s: SessionState, id: string): ReportEntry | undefined {
  const g = s.game!.getState();
  for (let i = g.history.length - 1; i >= 0; i--) {
    const e = g.history[i]!.report.entries.find((x) => x.id === id);
    if (e) return e;
  }
  return undefined;
}

function whyTree(s: SessionState, a: Session, id: string, depth: number, seen: Set<string>): unknown {
  const names = { content: s.game!.getState().content, game: s.game!.getState().game };
  const e = findEntry(s, id);
  if (!e || seen.has(id) || depth > 5) return '';
  seen.add(id);
  const causes = e.causes.slice(0, 8);
  return html`<li>
    <span>${say(e.message, names)}</span>${e.source ? html` <span class="source">${sourceText(e.source)}</span>` : ''}
    ${
      causes.length
        ? html`<ul>
            ${causes.map((c) => whyTree(s, a, c, depth + 1, seen))}
          </ul>`
        : ''
    }${e.causes.length > causes.length ? html`<p class="hint">…and ${e.causes.length - causes.length} more</p>` : ''}
  </li>`;
}

export function reportView(s: SessionState, a: Session) {
  const g = s.game!.getState();
  const names = { content: g.content, game: g.game };
  const last = g.history.at(-1);
  if (!last) return html`<p>No month has been resolved yet. Make your decisions, then press <strong>End month</strong>.</p>`;
  const r = last.report;
  const m = r.summary;
  if (s.whyId) {
    return html`<section class="card why" aria-labelledby="why-title">
      <h3 id="why-title">Why?</h3>
      <p class="hint">Each line is explained by the lines indented under it.</p>
      <ul class="tree">
        ${whyTree(s, a, s.whyId, 0, new Set())}
      </ul>
      <button @click=${() => a.showWhy(null)} autofocus>Back to the report</button>
    </section>`;
  }
  return html`
    <section class="card" aria-labelledby="report-title" data-tutorial="report">
      <h3 id="report-title">${monthLabel(r.month)}</h3>
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
          <dt>Ukraine's shell stock</dt>
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
                ${say(e.message, names)}${e.source ? html` <span class="source">${sourceText(e.source)}</span>` : ''}
                ${e.causes.length ? html`<button class="why-btn" @click=${() => a.showWhy(e.id)} aria-label="Why: ${say(e.message, names)}">Why?</button>` : ''}
              </li>`,
          )}
        </ul>
      </section>`;
    })}
  `;
}
