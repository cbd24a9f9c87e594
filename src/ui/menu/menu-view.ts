/** The menu: scenario with its briefing, objectives, learning goals and sources; seed; role; Continue, the saved games and the set-aside ones. */
import { liveJoinView } from '../live/live-join-view';
import { html } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import type { SessionState } from '../store';
import { briefingView } from './briefing-view';
import { challengesView } from './challenges-view';
import { savedGamesView } from './saved-games-view';
import { setAsideView } from './set-aside-view';
import { teamsView } from './teams-view';
import { HOTSEAT } from '../../share/teams';
import { hotseatNations } from './teams-slice';
import { COORDINATOR } from '../../share/class-file';
import { MAX_FILE_CHARS } from '../../share/files';
import { addressOf } from '../router';

export function menuView(s: SessionState) {
  const sc = s.catalogue.scenarios.find((x) => x.id === s.scenarioId);
  // A class link opened: its Start comes first; joining a live class is another way in (student play-test: it topped the page).
  const classOpened = s.classRoles !== null;
  return html`
    <main class="menu">
      <header>
        <h1>Race of Logistics</h1>
        <p class="lede">
          Munitions, contracts and politics in the NATO–Russia war of attrition. You run the production side: each turn (a month, or several months in a class
          scenario) you buy shells and Stingers, pay for plants, add shifts and decide how far allies draw down their own stocks; then it is resolved at the
          front, month by month.
        </p>
      </header>
      ${s.message ? html`<p class="error" role="alert">${s.message}</p>` : ''}
      ${s.catalogue.broken.map((b) => html`<p class="error">Scenario file ${b.file} was not loaded: ${b.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}</p>`)}
      ${classOpened ? '' : liveJoinView(s)}
      <div class="menu-grid">${newGameView(s)} ${sc ? briefingView(sc, s.role) : ''}</div>
      ${classOpened ? liveJoinView(s) : ''} ${savedGamesView(s)} ${setAsideView(s)} ${challengesView(s)}

      <section class="card" aria-labelledby="check-title">
        <h2 id="check-title">Check a replay</h2>
        <p class="hint">
          A replay or a team's result code (from a classmate, a trainer or the command line) is re-simulated month by month here, so a claimed result can be
          trusted.
        </p>
        <a class="button" href="#/replay">Check a replay or a result code</a>
      </section>
      <section class="card" aria-labelledby="results-link-title">
        <h2 id="results-link-title">Class results</h2>
        <p class="hint">
          For trainers: paste or drop the whole class's result codes at once. Each is re-simulated and verified, and the teams are compared in a table, charts
          and a CSV or XLSX file.
        </p>
        <a class="button" href="#/results">Open the class results</a>
      </section>
      <section class="card" aria-labelledby="desk-title">
        <h2 id="desk-title">Prepare a class</h2>
        <p class="hint">
          Trainers: choose a scenario and seed, lock levers, schedule injects, and get one class link, a printable briefing and a file to keep.
        </p>
        <a class="button" href="#/trainer">Open the trainer's desk</a>
      </section>
    </main>
  `;
}

/** The address was the class link: left as it was, a reload would open the class again. */
function leaveClass(s: SessionState) {
  s.leaveClass();
  history.replaceState(null, '', addressOf('menu'));
}

function newGameView(s: SessionState) {
  const sc = s.catalogue.scenarios.find((x) => x.id === s.scenarioId);
  // A class opened from its link offers the roles its trainer chose (and teams taking turns on one laptop); any other game, every role.
  const classRoles = s.classRoles?.scenarioId === s.scenarioId ? s.classRoles.roles : null;
  const offers = (role: string) => !classRoles || classRoles.includes(role);
  // A class's teams play its game: the other scenarios wait behind Leave the class (student play-test: the list offered them all).
  const listed = classRoles ? s.catalogue.scenarios.filter((x) => x.id === s.scenarioId) : s.catalogue.scenarios;
  // Options are reused by position when a list changes (a scenario file joins it): `live` sets each one's
  // selectedness against the page, so the list shows the scenario and role chosen, not the option that took their place.
  return html`<section aria-labelledby="new-game" class="card">
    <h2 id="new-game">New game</h2>
    <form
      @submit=${(e: Event) => {
        e.preventDefault();
        s.start();
        // A mistyped seed: the caret goes back to it, to be corrected (the problem is said by Start, and the field is marked), once the page shows it.
        const form = e.target as HTMLFormElement;
        requestAnimationFrame(() => {
          const field = form.querySelector<HTMLInputElement>('input[aria-invalid="true"]');
          // The field and the problem both in sight: the field at the top, the problem a few lines under it.
          (field?.closest('.row') ?? form.querySelector('#start-problem'))?.scrollIntoView({ block: field ? 'start' : 'center' });
          field?.focus({ preventScroll: true });
        });
      }}
    >
      <label
        >Scenario
        <select @change=${(e: Event) => s.selectScenario((e.target as HTMLSelectElement).value)}>
          ${listed.map((x) => html`<option value=${x.id} .selected=${live(x.id === s.scenarioId)}>${x.title}${x.minutes ? ` · about ${x.minutes} min` : ''}</option>`)}
        </select>
      </label>
      ${classRoles ? html`<button type="button" class="leave-class" @click=${() => leaveClass(s)}>Leave the class: every scenario</button>` : ''}
      <label
        >Your role
        <select @change=${(e: Event) => s.setRole((e.target as HTMLSelectElement).value)}>
          ${offers(COORDINATOR) ? html`<option value=${COORDINATOR} .selected=${live(s.role === COORDINATOR)}>Alliance coordinator (every nation)</option>` : ''}
          ${sc?.nations.filter((n) => sc.playable.includes(n.id) && offers(n.id)).map((n) => html`<option value=${n.id} .selected=${live(s.role === n.id)}>${n.name} (the others follow the historical policy)</option>`)}
          ${
            hotseatNations(s, sc).length >= 2
              ? html`<option value=${HOTSEAT} .selected=${live(s.role === HOTSEAT)}>Teams taking turns on this laptop</option>`
              : ''
          }
        </select>
      </label>
      ${s.role === HOTSEAT ? teamsView(s, sc) : ''}
      <div class="row">
        <label
          >Seed
          <input
            name="seed"
            .value=${s.seedText}
            ?readonly=${classRoles !== null}
            @input=${(e: Event) => s.setSeedText((e.target as HTMLInputElement).value)}
            autocomplete="off"
            spellcheck="false"
            aria-describedby="seed-help${s.startProblem?.field === 'seed' ? ' start-problem' : ''}"
            aria-invalid=${s.startProblem?.field === 'seed' ? 'true' : 'false'}
          />
        </label>
        ${classRoles ? '' : html`<button type="button" @click=${() => s.newSeed()}>New seed</button>`}
      </div>
      <p id="seed-help" class="hint">
        ${
          // A class's teams play one war: another seed is another class's game (trainer play-test: New seed left the class's war).
          classRoles
            ? "Your trainer's seed: every team of the class plays the same war."
            : 'Share a seed to play the same war: the same seed and orders give the same result on every computer.'
        }
      </p>
      <label class="check"
        ><input type="checkbox" .checked=${s.facilitating} @change=${(e: Event) => s.setFacilitating((e.target as HTMLInputElement).checked)} /> Trainer's
        controls: I run this game at the front of the room (pause, fire injects, reveal, a big-type class view)</label
      >
      <label>Or load your own scenario file <input type="file" accept=".json,application/json" @change=${(e: Event) => void loadScenarioFile(e, s)} /></label>
      <label
        >Or open a saved game file (downloaded from the saved games, on this machine or another)
        <input type="file" accept=".json,application/json" @change=${(e: Event) => void openSaveFile(e, s)}
      /></label>
      ${s.importStatus ? html`<p class=${s.importStatus.ok ? 'ok' : 'error'} role="status" data-testid="import-status">${s.importStatus.text}</p>` : ''}
      ${s.startProblem ? html`<p class="error" role="alert" id="start-problem" data-testid="start-problem">${s.startProblem.text}</p>` : ''}
      <div class="row">
        <button class="primary" type="submit">Start</button>
        <button type="button" ?disabled=${!s.savedGames.some((g) => g.madeWith === undefined)} @click=${() => void s.continueGame()}>
          Continue saved game
        </button>
        <button type="button" @click=${() => s.toggleHowToPlay(true)}>How to play</button>
      </div>
    </form>
  </section>`;
}

async function openSaveFile(e: Event, s: SessionState) {
  const input = e.target as HTMLInputElement;
  const file = input.files?.[0];
  // Read no further than a save may be long: a huge file is refused without being held in memory.
  if (file) await s.importSaveText(file.name, await file.slice(0, MAX_FILE_CHARS + 1).text());
  input.value = '';
}

async function loadScenarioFile(e: Event, s: SessionState) {
  const file = (e.target as HTMLInputElement).files?.[0];
  if (file) s.loadScenarioText(file.name, await file.text());
}
