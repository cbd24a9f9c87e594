/**
 * The debrief's details, below its first two screens: the worst months at
 * the front, then the game's news, folded (what happened around the player,
 * month by month, with sources).
 */
import { html } from 'lit-html';
import { monthLabel } from '../../sim';
import { fmt, fmtRatio, say, sourceView } from '../common/format';
import type { SessionState } from '../store';

function newsOf(s: SessionState) {
  const g = s.game!.getState();
  const later = g.history.flatMap((h) => h.report.entries.filter((e) => e.kind === 'event').map((e) => ({ month: h.report.month + 1, e })));
  // The opening month's events fired before any report: they are the fired events no report holds.
  const reported = new Set(later.map(({ e }) => e.subject));
  const opening = g.game.firedEvents
    .filter((id) => !reported.has(id))
    .map((id) => g.content.events.find((x) => x.id === id)!)
    .filter(Boolean)
    .map((x) => ({ month: g.content.startMonth, e: { message: { id: 'event' as const, params: { event: x.id } }, source: x.source } }));
  return [...opening, ...later];
}

export function turningPointsView(s: SessionState) {
  const g = s.game!.getState();
  const worst = [...g.history].sort((x, y) => y.report.summary.russianGainKm2 - x.report.summary.russianGainKm2).slice(0, 3);
  const events = newsOf(s);
  return html`<section class="card" aria-labelledby="turning-title">
    <h2 id="turning-title">Turning points</h2>
    <h3>The worst months at the front</h3>
    <ul>
      ${worst.map((h) => html`<li>${monthLabel(h.report.month)}: Russia gained ${fmt(h.report.summary.russianGainKm2)} km² at a fire ratio of ${fmtRatio(h.report.summary.fireRatioBp)}.</li>`)}
    </ul>
    <details class="news-list">
      <summary>
        <h3>What happened around you</h3>
        (${events.length} news items)
      </summary>
      <ul>
        ${events.map(({ month, e }) => html`<li>${monthLabel(month)}: ${say(e.message, { content: g.content, game: g.game })} ${e.source ? html`${sourceView(e.source)}` : ''}</li>`)}
      </ul>
    </details>
  </section>`;
}
