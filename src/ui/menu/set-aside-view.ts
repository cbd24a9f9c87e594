/**
 * The set-aside games: each with what it is and why it was set aside, Restore
 * when it re-simulates now, Download (for a bug report) and Delete, which asks
 * once more since it is the only thing here that loses a game.
 */
import { html } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { downloadJson } from '../common/download';
import type { SessionState } from '../store';
import { savedAtText } from './saved-games';
import { clause, type SetAsideGame } from './set-aside-games';

export function setAsideView(s: SessionState) {
  if (!s.setAsideGames.length) return '';
  return html`<section class="card saves" aria-labelledby="set-aside-title">
    <h2 id="set-aside-title">Set-aside games</h2>
    <p class="hint">Saves that could not be continued are kept here until you delete them. Download one to attach it to a bug report.</p>
    <ul>
      ${repeat(
        s.setAsideGames,
        (g) => g.key,
        (g) => html`<li>${aboutView(g)} ${actionsView(s, g)}</li>`,
      )}
    </ul>
  </section>`;
}

function aboutView(g: SetAsideGame) {
  return html`<div class="about">
    <strong>${g.what[0]?.toUpperCase()}${g.what.slice(1)}</strong>
    ${g.setAsideAt ? html`<span class="hint">(set aside ${savedAtText(g.setAsideAt)})</span>` : ''}
    <br />Set aside because ${clause(g.reason)}.
    ${
      g.stillFails === null
        ? html`<br /><span class="ok">✔ It re-simulates now and can be restored.</span>`
        : g.stillFails !== g.reason
          ? html`<br /><span class="hint">It still cannot be restored: ${clause(g.stillFails)}.</span>`
          : ''
    }
  </div>`;
}

function actionsView(s: SessionState, g: SetAsideGame) {
  if (s.confirmingDelete === g.key)
    return html`<div class="row" role="group" aria-label=${`Delete ${g.what}?`}>
      <span>Delete it for good?</span>
      <button type="button" @click=${() => void s.deleteSetAside(g.key)}>Delete for good</button>
      <button type="button" @click=${() => s.askDeleteSetAside(null)}>Keep it</button>
    </div>`;
  return html`<div class="row">
    ${g.stillFails === null ? html`<button type="button" class="primary" aria-label=${`Restore ${g.what}`} @click=${() => void s.restoreSetAside(g.key)}>Restore</button>` : ''}
    ${g.madeWith !== null ? html`<button type="button" aria-label=${`Open read-only ${g.what}`} @click=${() => s.openRecord(g.text)}>Open read-only</button>` : ''}
    <button type="button" aria-label=${`Download ${g.what}`} @click=${() => downloadJson(`race-of-logistics-${g.key}.save.json`, g.text)}>Download</button>
    <button type="button" aria-label=${`Delete ${g.what}`} @click=${() => s.askDeleteSetAside(g.key)}>Delete</button>
  </div>`;
}
