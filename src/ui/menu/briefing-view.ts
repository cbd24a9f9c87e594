/** A scenario's briefing on the menu: its objectives, what it teaches and its sources. */
import { html } from 'lit-html';
import type { ScenarioFile } from '../../scenario/schema';
import { sourceText } from '../common/format';
import { durationText } from '../common/turn-text';
import { COORDINATOR } from '../../share/class-file';
import { HOTSEAT } from '../../share/teams';

/**
 * The briefing is written for the alliance's coordinator ("You coordinate the allies' munitions effort"): a team
 * that plays one nation is told what its part is (trainer play-test: the briefing said "You coordinate" to it).
 */
function roleLine(sc: ScenarioFile, role: string) {
  if (role === COORDINATOR || role === HOTSEAT) return '';
  const nation = sc.nations.find((n) => n.id === role);
  if (!nation) return '';
  return html`<p data-testid="briefing-role">
    <strong>Your part:</strong> not the coordinator's, as above: you play ${nation.name} alone, with its own budget and stocks; the other allies follow the
    historical policy. The objectives are the whole alliance's.
  </p>`;
}

export function briefingView(sc: ScenarioFile, role: string = COORDINATOR) {
  return html`<article class="card briefing" aria-labelledby="briefing-title">
    <h2 id="briefing-title">${sc.title}</h2>
    <p class="hint" data-testid="duration">${durationText(sc)}</p>
    <p>${sc.briefing}</p>
    ${roleLine(sc, role)}
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
