/**
 * "Check a replay": a replay file or a team's result code, loaded or pasted,
 * is re-simulated month by month here, so a claimed result can be trusted.
 */
import { html } from 'lit-html';
import type { SessionState } from '../store';

export function replayView(s: SessionState) {
  return html`<main class="menu replay">
    <header>
      <p><a href="#/">← Race of Logistics</a></p>
      <h1 id="check-title">Check a replay</h1>
      <p class="lede">
        Load or paste a replay, a team's result code or a replay link (from a classmate, a trainer or the command line). It is re-simulated month by month here,
        so a claimed result can be trusted.
      </p>
    </header>
    <section class="card" aria-labelledby="check-title">
      <form @submit=${(e: SubmitEvent) => checkPasted(e, s)}>
        <div class="row">
          <label>Replay file <input type="file" accept=".json,application/json" @change=${(e: Event) => void checkFile(e, s)} /></label>
        </div>
        <label>…or paste it <textarea id="replay-text" name="replay" rows="6"></textarea></label>
        <div class="row">
          <button type="submit">Check replay</button>
        </div>
      </form>
      ${s.replayWaiting !== null ? html`<p role="status" data-testid="replay-check">Checking… (the scenarios are still loading)</p>` : ''}
      ${
        s.replayVerified
          ? html`<div class="row">
              <button class="primary" data-testid="watch-verified-game" @click=${() => s.watchReplay(s.replayVerified!.replay, s.replayVerified!.played)}>
                Watch this game month by month
              </button>
            </div>`
          : ''
      }
      ${s.replayCheck ? html`<p class=${s.replayCheck.ok ? 'ok' : 'error'} role="status" data-testid="replay-check">${s.replayCheck.ok ? '✔ Verified: ' : s.replayCheck.otherRules ? '◇ Cannot be checked here: ' : '✘ Does not hold: '}${s.replayCheck.message}</p>` : ''}
    </section>
  </main>`;
}

/** The pasted text is read from the form when it is sent (an event handler), not kept as state on every keystroke. */
function checkPasted(e: SubmitEvent, s: SessionState) {
  e.preventDefault();
  const text = new FormData(e.currentTarget as HTMLFormElement).get('replay');
  // One action, one verdict: an empty box (after a file was checked) does not replace that file's verdict.
  if (typeof text !== 'string' || text.trim() === '') return;
  s.checkReplayText(text);
}

async function checkFile(e: Event, s: SessionState) {
  const file = (e.target as HTMLInputElement).files?.[0];
  if (file) s.checkReplayText(await file.text());
}
