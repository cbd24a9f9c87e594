/**
 * A class game's rules in the decisions panel: the levers the trainer locked
 * for the acting nation (the resolver refuses them with "locked by your
 * trainer") and what the trainer has hidden, so a student knows before trying.
 */
import { html } from 'lit-html';
import { activeLocks, nationSpec, type GameState, type ScenarioContent } from '../../sim';
import { lockWords } from '../../share/text/messages';

/** `st` is the game as it stands with the month's orders so far: a lock the trainer gave live shows at once. */
export function classRulesView(c: ScenarioContent, st: GameState, acting: string) {
  const rules = c.classRules;
  if (!rules && !st.leverLocks.length) return '';
  const mine = activeLocks(c, st).filter((l) => l.nations.length === 0 || l.nations.includes(acting));
  const hidden = !rules
    ? []
    : [rules.hideRussia ? 'the intelligence on Russia' : '', rules.hideOtherScores ? "other teams' scores until the end" : ''].filter(Boolean);
  return html`<section aria-labelledby="class-rules-title" class="card class-rules" data-testid="class-rules" data-tutorial="class-rules">
    <h3 id="class-rules-title">Your trainer's rules</h3>
    ${
      mine.length
        ? html`<ul>
            ${mine.map((l) => html`<li>Locked${l.live ? ' live' : ''}: ${lockWords(l.order, l.belowReadinessFloor)}${l.nations.length ? ` (${l.nations.map((n) => nationSpec(c, n)?.name ?? n).join(', ')})` : ''}</li>`)}
          </ul>`
        : html`<p>No lever is locked for ${nationSpec(c, acting)?.name ?? acting}.</p>`
    }
    ${hidden.length ? html`<p class="hint">Hidden in this class: ${hidden.join('; ')}.</p>` : ''}
  </section>`;
}
