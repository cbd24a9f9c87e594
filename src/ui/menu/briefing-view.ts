/** A scenario's briefing on the menu: its objectives, what it teaches and its sources. */
import { html } from 'lit-html';
import type { ScenarioFile } from '../../scenario/schema';
import { sourceText } from '../common/format';
import { durationText } from '../common/turn-text';

export function briefingView(sc: ScenarioFile) {
  return html`<article class="card briefing" aria-labelledby="briefing-title">
    <h2 id="briefing-title">${sc.title}</h2>
    <p class="hint" data-testid="duration">${durationText(sc)}</p>
    <p>${sc.briefing}</p>
    <h3>Objectives</h3>
    <p data-testid="win-line">
      You win at <strong>${sc.winScore}</strong> points of 100 or more. The allies' real course falls short of it on most seeds (the debrief gives its score on
      your seed): to win, do better than they did. A sound plan wins most wars, not every one.
    </p>
    <ul>
      ${sc.objectives.map((o) => html`<li>${o.text} <span class="hint">(${o.weight} points)</span></li>`)}
    </ul>
    <h3>You will learn to</h3>
    <ul>
      ${sc.learningGoals.map((g) => html`<li>${g}</li>`)}
    </ul>
    <h3>Sources</h3>
    <ul class="sources">
      ${sc.sources.map((src) => html`<li title=${src.file}>${sourceText(src)}</li>`)}
    </ul>
  </article>`;
}
