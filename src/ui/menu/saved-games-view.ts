/** The games saved in this browser, each with Continue and Set aside (to take it off this list without losing it): shown when there is at least one. */
import { html } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { SessionState } from '../store';
import { savedAtText, type SavedGame } from './saved-games';

const describe = (g: SavedGame) => `${g.scenarioTitle}, ${g.role}, ${g.month}`;

export function savedGamesView(s: SessionState) {
  if (!s.savedGames.length && !s.deletedSave) return '';
  return html`<section class="card saves" aria-labelledby="saved-title">
    <h2 id="saved-title">Saved games</h2>
    <p class="hint">
      Every game saves itself in this browser at the end of each month, under its own name: starting a new game or playing in another tab never replaces one.
    </p>
    <ul>
      ${repeat(
        s.savedGames,
        // Keyed: when the list re-sorts (this tab's game first), each button stays with its game.
        (g) => g.key,
        (g) =>
          html`<li>
            <span class="about"
              ><strong>${g.scenarioTitle}</strong> · ${g.role} · ${g.month} · ${g.score}/100${g.month === 'finished' ? '' : ' so far'}
              <span class="hint">(saved ${savedAtText(g.savedAt)})</span></span
            >
            <span class="row">
              <button type="button" aria-label=${`Continue ${describe(g)}`} @click=${() => void s.continueGame(g.key)}>Continue</button>
              <button type="button" aria-label=${`Set aside ${describe(g)}`} @click=${() => void s.setAsideSaved(g.key)}>Set aside</button>
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
