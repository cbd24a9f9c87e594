/** The menu's "Join a live class": the class code the trainer gives, and the team's name. */
import { html } from 'lit-html';
import type { SessionState } from '../store';
import { recentTeams } from './live-team';

export function liveJoinView(s: SessionState) {
  const f = s.liveForm;
  return html`<section class="card" aria-labelledby="live-join-title">
    <h2 id="live-join-title">Join a live class</h2>
    <p class="hint">
      Your trainer runs the class on a class server and gives you its code. Each team plays its own game; the trainer sees every team's month and score.
    </p>
    ${recentTeams().map(
      (t) =>
        html`<p>
          <button
            class="primary"
            data-testid="live-rejoin"
            ?disabled=${f.busy}
            @click=${() => {
              s.editLiveForm({ code: t.code });
              void s.joinLiveClass();
            }}
          >
            Rejoin class ${t.code} as ${t.name}
          </button>
        </p>`,
    )}
    <form
      class="live-join"
      @submit=${(e: Event) => {
        e.preventDefault();
        void s.joinLiveClass();
      }}
    >
      <label
        >Class code
        <input
          name="code"
          autocomplete="off"
          placeholder="K7Q-M2X-B"
          .value=${f.code}
          @input=${(e: Event) => s.editLiveForm({ code: (e.target as HTMLInputElement).value })}
      /></label>
      <label
        >Team name <input name="team" maxlength="40" .value=${f.team} @input=${(e: Event) => s.editLiveForm({ team: (e.target as HTMLInputElement).value })}
      /></label>
      <button type="submit" class="primary" ?disabled=${f.busy}>${f.busy ? 'Joining…' : 'Join the class'}</button>
      <details class="team-key" ?open=${!!f.key}>
        <summary>Going on with your team's game on this device?</summary>
        <label
          >Team key (from your trainer)
          <input
            name="key"
            autocomplete="off"
            placeholder="K7QM-2XB4-9PTR-5"
            .value=${f.key ?? ''}
            @input=${(e: Event) => s.editLiveForm({ key: (e.target as HTMLInputElement).value })}
        /></label>
        <p class="hint">
          If your team's device broke or was swapped, your trainer's desk gives a key: type it with the class code, and your team plays on here.
        </p>
      </details>
    </form>
    ${f.problem ? html`<p class="error" role="alert" data-testid="live-join-problem">${f.problem}</p>` : ''}
  </section>`;
}
