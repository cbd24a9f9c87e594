/** The month's news and intelligence: events with their sources, Ukraine's requests, Russian signals. */
import { html } from 'lit-html';
import { pressedSector } from '../../sim/resolve/front';
import { monthLabel } from '../../sim/month';
import type { Session, SessionState } from '../session';
import { fmt, fmtRatio, sourceText } from './format';

export function newsView(s: SessionState, _a: Session) {
  const g = s.game!.getState();
  const st = g.game;
  // The month's events fired as the last month ended (or at the start of the game).
  const last = g.history.at(-1);
  const fresh = last ? last.report.entries.filter((e) => e.kind === 'event').map((e) => e.subject) : st.firedEvents;
  const events = fresh.map((id) => st.events.find((e) => e.id === id)!).filter(Boolean);
  const pressed = g.history.length ? st.sectors[pressedSector(st)] : undefined;
  return html`
    <section class="card" aria-labelledby="news-title" data-tutorial="news">
      <h3 id="news-title">News, ${monthLabel(st.month)}</h3>
      ${events.length ? '' : html`<p>No new events this month.</p>`}
      <ul class="news">
        ${events.map((e) => html`<li><strong>${e.title}.</strong> ${e.text} <span class="source">${sourceText(e.source)}</span></li>`)}
      </ul>
    </section>
    <section class="card" aria-labelledby="requests-title">
      <h3 id="requests-title">Ukraine's requests</h3>
      ${st.requests.length ? '' : html`<p>None yet.</p>`}
      <ul>
        ${st.requests.map(
          (r) =>
            html`<li>
              ${fmt(r.amount)} ${r.product === 'shell' ? 'shells' : 'Stingers'} by ${monthLabel(r.byMonth)}:
              ${r.status === 'open' ? html`<progress max=${r.amount} .value=${Math.min(r.received, r.amount)}></progress> ${fmt(r.received)} delivered` : r.status}
            </li>`,
        )}
      </ul>
    </section>
    <section class="card" aria-labelledby="intel-title">
      <h3 id="intel-title">Intelligence on Russia</h3>
      <p>
        Russia made about ${fmt(st.russia.lastProduction)} shells last month${st.russia.lastImports ? ` and imported ${fmt(st.russia.lastImports)}` : ''}. Its
        stock is estimated at ${fmt(Math.round(st.russia.stockShells / 100000) / 10)} million rounds.
      </p>
      ${pressed ? html`<p>Its fire was heaviest around <strong>${pressed.name}</strong> (ratio ${fmtRatio(pressed.lastRatioBp)}); its doctrine presses where its ratio is best.</p>` : ''}
      <p>
        Ukraine holds ${fmt(st.ukraine.stock.shell)} shells and ${fmt(st.ukraine.stock.stinger)} Stingers (it needs ${fmt(st.ukraine.airDefenceNeed)} Stingers
        to keep Russian aviation away).
      </p>
    </section>
  `;
}
