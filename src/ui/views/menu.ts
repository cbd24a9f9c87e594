/** The menu: scenario with its briefing, objectives, learning goals and sources; seed; role; Continue. */
import { html } from 'lit-html';
import type { Session, SessionState } from '../session';
import { sourceText } from './format';

export function menuView(s: SessionState, a: Session) {
  const sc = s.catalogue.scenarios.find((x) => x.id === s.scenarioId);
  return html`
    <main class="menu">
      <header>
        <h1>Race of Logistics</h1>
        <p class="lede">
          Munitions, contracts and politics in the NATO–Russia war of attrition. You run the production side: every month you buy shells and Stingers, pay for
          plants, add shifts and decide how far allies draw down their own stocks; then the month is resolved at the front.
        </p>
      </header>
      ${s.message ? html`<p class="error" role="alert">${s.message}</p>` : ''}
      ${s.catalogue.broken.map((b) => html`<p class="error">Scenario file ${b.file} was not loaded: ${b.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}</p>`)}
      <div class="menu-grid">
        <section aria-labelledby="new-game" class="card">
          <h2 id="new-game">New game</h2>
          <form
            @submit=${(e: Event) => {
              e.preventDefault();
              a.start();
            }}
          >
            <label
              >Scenario
              <select @change=${(e: Event) => a.selectScenario((e.target as HTMLSelectElement).value)} .value=${s.scenarioId}>
                ${s.catalogue.scenarios.map((x) => html`<option value=${x.id} ?selected=${x.id === s.scenarioId}>${x.title}</option>`)}
              </select>
            </label>
            <label
              >Your role
              <select @change=${(e: Event) => a.setRole((e.target as HTMLSelectElement).value)}>
                <option value="coordinator" ?selected=${s.role === 'coordinator'}>Alliance coordinator (every nation)</option>
                ${sc?.nations.filter((n) => sc.playable.includes(n.id)).map((n) => html`<option value=${n.id} ?selected=${s.role === n.id}>${n.name} (the others follow the historical policy)</option>`)}
              </select>
            </label>
            <div class="row">
              <label
                >Seed
                <input
                  name="seed"
                  .value=${s.seedText}
                  @input=${(e: Event) => a.setSeedText((e.target as HTMLInputElement).value)}
                  autocomplete="off"
                  spellcheck="false"
                  aria-describedby="seed-help"
                />
              </label>
              <button type="button" @click=${() => a.newSeed()}>New seed</button>
            </div>
            <p id="seed-help" class="hint">Share a seed to play the same war: the same seed and orders give the same result on every computer.</p>
            <label
              >Or load your own scenario file <input type="file" accept=".json,application/json" @change=${(e: Event) => void loadScenarioFile(e, a)}
            /></label>
            <div class="row">
              <button class="primary" type="submit">Start</button>
              <button type="button" ?disabled=${s.autosave !== 'present'} @click=${() => void a.continueSaved()}>Continue saved game</button>
              <button type="button" @click=${() => a.toggleHowToPlay(true)}>How to play</button>
            </div>
          </form>
        </section>
        ${
          sc
            ? html`<article class="card briefing" aria-labelledby="briefing-title">
                <h2 id="briefing-title">${sc.title}</h2>
                <p>${sc.briefing}</p>
                <h3>Objectives</h3>
                <ul>
                  ${sc.objectives.map((o) => html`<li>${o.text} <span class="hint">(${o.weight} points)</span></li>`)}
                </ul>
                <h3>You will learn to</h3>
                <ul>
                  ${sc.learningGoals.map((g) => html`<li>${g}</li>`)}
                </ul>
                <h3>Sources</h3>
                <ul class="sources">
                  ${sc.sources.map((src) => html`<li>${sourceText(src)}</li>`)}
                </ul>
              </article>`
            : ''
        }
      </div>
      <section class="card" aria-labelledby="check-title">
        <h2 id="check-title">Check a replay</h2>
        <p class="hint">
          Load or paste a replay or a team's result code (from a classmate, a trainer or the command line). It is re-simulated month by month here, so a claimed
          result can be trusted.
        </p>
        <div class="row">
          <label>Replay file <input type="file" accept=".json,application/json" @change=${(e: Event) => void readFile(e, a)} /></label>
        </div>
        <label>…or paste it <textarea id="replay-text" rows="3"></textarea></label>
        <div class="row">
          <button type="button" @click=${() => a.checkReplayText((document.getElementById('replay-text') as HTMLTextAreaElement).value)}>Check replay</button>
        </div>
        ${s.replayCheck ? html`<p class=${s.replayCheck.ok ? 'ok' : 'error'} role="status" data-testid="replay-check">${s.replayCheck.ok ? '✔ Verified: ' : '✘ Does not hold: '}${s.replayCheck.message}</p>` : ''}
      </section>
    </main>
  `;
}

async function loadScenarioFile(e: Event, a: Session) {
  const file = (e.target as HTMLInputElement).files?.[0];
  if (file) a.loadScenarioText(file.name, await file.text());
}

async function readFile(e: Event, a: Session) {
  const file = (e.target as HTMLInputElement).files?.[0];
  if (file) a.checkReplayText(await file.text());
}
