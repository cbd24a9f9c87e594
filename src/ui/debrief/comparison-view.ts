/** Your war beside the same seed played as the allies played it (worked out once when the game ended), and the historical record. */
import { html } from 'lit-html';
import { gameMetrics, type Metrics } from '../../sim';
import { WAR_FIGURES } from '../../share/text/review';
import { sourceView } from '../common/format';
import type { SessionState } from '../store';

export function comparisonView(s: SessionState) {
  const g = s.game!.getState();
  const mine = gameMetrics(g.content, g.game);
  const theirs = s.historical?.metrics;
  const record = s.scenario!.record ?? [];
  return html`<section class="card" aria-labelledby="compare-title">
    <h2 id="compare-title">Your war and the allies' course</h2>
    ${warFiguresTable({ mine, theirs, mineTitle: 'You', theirsTitle: 'As the allies played it (same seed)' })}
    ${
      record.length
        ? html`<h3>The historical record</h3>
            <ul>
              ${record.map((r) => html`<li>${r.text} ${sourceView(r.source)}</li>`)}
            </ul>`
        : ''
    }
  </section>`;
}

/** The war's figures in two columns: a game's, and the allies' own course on its seed ("—" until it is worked out). */
export function warFiguresTable(t: { mine: Metrics; theirs: Metrics | undefined; mineTitle: string; theirsTitle: string; className?: string }) {
  return html`<table class=${t.className ?? ''}>
    <thead>
      <tr>
        <th scope="col"></th>
        <th scope="col">${t.mineTitle}</th>
        <th scope="col">${t.theirsTitle}</th>
      </tr>
    </thead>
    <tbody>
      ${WAR_FIGURES.map(
        ([label, show]) =>
          html`<tr>
            <th scope="row">${label}</th>
            <td>${show(t.mine)}</td>
            <td>${t.theirs ? show(t.theirs) : '—'}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
