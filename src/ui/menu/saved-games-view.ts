/** The games saved in this browser, each with Continue and Set aside (to take it off this list without losing it): shown when there is at least one. */
import { html } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { SessionState } from '../store';
import { savedAtText, type SavedGame } from './saved-games';

const describe = (g: SavedGame) => `${g.name ? `“${g.name}”, ` : ''}${g.scenarioTitle}, ${g.role}, ${g.month}`;

function scoreText(g: SavedGame) {
  if (g.madeWith !== undefined) return html`<span class="hint">made with rules version ${g.madeWith}: it opens read-only</span>`;
  // Before its first month the score is the opening's, not the player's (hobbyist play-test: "90/100 so far", then 83).
  if (g.played === 0) return 'not played yet';
  return `${g.score}/100${g.month === 'finished' ? '' : ' so far'}`;
}

export function savedGamesView(s: SessionState) {
  if (!s.savedGames.length && !s.deletedSave) return '';
  return html`<section class="card saves" aria-labelledby="saved-title">
    <h2 id="saved-title">Saved games</h2>
    <p class="hint">
      Every game saves itself in this browser at the end of each month, under its own name: starting a new game or playing in another tab never replaces one. A
      copy saved under a name (Save a copy… in the game's top bar) stays as it was: continuing it starts a new game from it.
    </p>
    <ul>
      ${repeat(
        s.savedGames,
        // Keyed: when the list re-sorts (this tab's game first), each button stays with its game.
        (g) => g.key,
        (g) =>
          html`<li>
            <span class="about"
              >${g.name ? html`<strong>“${g.name}”</strong> <span class="hint">(a copy)</span> · ` : ''}<strong>${g.scenarioTitle}</strong>${g.branchMonths !== undefined ? html` <span class="hint">(a branch, from month ${g.branchMonths} of a shared game)</span>` : ''}
              · ${g.role} · ${g.month} · seed ${g.seed} · ${scoreText(g)} <span class="hint">(saved ${savedAtText(g.savedAt)})</span></span
            >
            <span class="row">
              ${
                g.madeWith === undefined
                  ? html`<button type="button" aria-label=${`Continue ${describe(g)}`} @click=${() => void s.continueGame(g.key)}>Continue</button>
                      <button type="button" aria-label=${`Set aside ${describe(g)}`} @click=${() => void s.setAsideSaved(g.key)}>Set aside</button>`
                  : html`<button type="button" aria-label=${`Open read-only ${describe(g)}`} @click=${() => void s.continueGame(g.key)}>Open read-only</button>`
              }
              <button type="button" aria-label=${`Download ${describe(g)}`} @click=${() => void s.downloadSaved(g.key)}>Download</button>
              <button type="button" aria-label=${`Delete ${describe(g)}`} @click=${() => void s.deleteSaved(g.key)}>Delete</button>
            </span>
          </li>`,
      )}
    </ul>
    ${
      s.deletedSave
        ? html`<p role="status" data-testid="deleted-save">
            Deleted ${s.deletedSave.what}. <button type="button" @click=${() => void s.undoDeleteSaved()}>Undo</button>
          </p>`
        : ''
    }
  </section>`;
}
