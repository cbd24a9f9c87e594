/**
 * Objectives about to be lost, beside the panels on every tab: "Poland is
 * below its readiness floor: −2 points if it stays so at the end." Worked out
 * on the state as the month's orders leave it, so a drawdown below a floor
 * warns as soon as it is given. A polite live region: read out, never in the way.
 */
import { html } from 'lit-html';
import { objectiveWarnings } from '../../share/objective-warnings';
import { namesFor } from '../../share/text/messages';
import { warningText } from '../../share/text/objectives';
import type { SessionState } from '../store';

export function warningsView(s: SessionState) {
  const g = s.game!.getState();
  const st = g.preview.state;
  const warnings = objectiveWarnings(g.content, st);
  const names = namesFor(g.content, st);
  return html`<section class="warnings" aria-labelledby="warnings-title" aria-live="polite" data-testid="objective-warnings">
    ${
      warnings.length
        ? html`<details open>
            <summary id="warnings-title">
              <span aria-hidden="true">⚠</span> ${warnings.length === 1 ? '1 objective' : `${warnings.length} objectives`} at risk
            </summary>
            <ul>
              ${warnings.map((w) => html`<li>${warningText(w, names)}</li>`)}
            </ul>
          </details>`
        : html`<h2 id="warnings-title" class="sr-only">Objectives at risk: none</h2>`
    }
  </section>`;
}
