/** Your war beside the same seed played as the allies played it (worked out once when the game ended), and the historical record. */
import { html } from 'lit-html';
import { gameMetrics } from '../../sim';
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
    <table>
      <thead>
        <tr>
          <th scope="col"></th>
          <th scope="col">You</th>
          <th scope="col">As the allies played it (same seed)</th>
        </tr>
      </thead>
      <tbody>
        ${WAR_FIGURES.map(
          ([label, show]) =>
            html`<tr>
              <th scope="row">${label}</th>
              <td>${show(mine)}</td>
              <td>${theirs ? show(theirs) : '—'}</td>
            </tr>`,
        )}
      </tbody>
    </table>
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
