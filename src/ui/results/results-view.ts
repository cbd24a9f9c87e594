/**
 * The class results dashboard (#/results): a trainer pastes, drops or picks
 * many result codes or replay files at once; each is re-simulated in a worker
 * (with a progress bar) and shown verified or refused with the reason. The
 * verified teams of each war get a table, charts on the same axes and where
 * the best and the worst team diverged; the lot exports as CSV or XLSX.
 */
import { html } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import type { SessionState } from '../store';
import { classTable, type ClassTable } from './class-table';
import { divergenceView } from './divergence-view';
import { resultsChartsView } from './results-charts-view';
import { downloadCsv, downloadXlsx } from './results-export';
import { groupTableView, refusedView } from './results-table-view';

export function resultsView(s: SessionState) {
  const t = classTable(s.resultsVerdicts, s.resultsClass);
  return html`<main class="menu results">
    <header>
      <p>
        <a href="#/">← Race of Logistics</a>${
          // The live desk's results open in its tab, in place of the desk: the way back to the class is at hand (trainer play-test).
          s.live?.as === 'desk' ? html` · <a href="#/live" data-testid="back-to-live">Back to the live class</a>` : ''
        }
      </p>
      <h1 id="results-title">Class results</h1>
      <p class="lede">
        Paste, drop or pick your class's result codes (or replay files), as many as you have. Each game is played again here from the team's orders, so every
        score in the table is one the game really gives; a code that was altered, or belongs to another class or another version of the game, is refused with
        the reason.
      </p>
    </header>
    ${handInView(s, t)} ${progressView(t)} ${t.groups.map((g) => groupView(s, g, s.resultsSettled && t.done === t.total))} ${refusedView(t.refused)}
    ${exportView(s, t)}
  </main>`;
}

function handInView(s: SessionState, t: ClassTable) {
  return html`<section
    class="card drop-zone"
    aria-labelledby="hand-in-title"
    data-testid="drop-zone"
    @dragover=${(e: DragEvent) => e.preventDefault()}
    @drop=${(e: DragEvent) => void dropped(e, s)}
  >
    <h2 id="hand-in-title">Hand in codes</h2>
    <form @submit=${(e: SubmitEvent) => pasted(e, s)}>
      <label
        >Result codes, one a line (or drop files here)
        <textarea id="results-text" name="codes" rows="5" spellcheck="false"></textarea>
      </label>
      <div class="row">
        <button class="primary" type="submit">Verify codes</button>
        <label>…or pick files <input type="file" multiple accept=".txt,.json,text/plain,application/json" @change=${(e: Event) => void picked(e, s)} /></label>
      </div>
    </form>
    <fieldset class="row class-filter">
      <legend>The class you are marking (optional): games of another scenario or seed are refused</legend>
      <label
        >Scenario
        <select @change=${(e: Event) => s.setResultsClass({ scenarioId: (e.target as HTMLSelectElement).value })}>
          <option value="" .selected=${live(s.resultsClass.scenarioId === '')}>Any scenario</option>
          ${s.catalogue.scenarios.map((x) => html`<option value=${x.id} .selected=${live(x.id === s.resultsClass.scenarioId)}>${x.title}</option>`)}
        </select>
      </label>
      <label
        >Seed
        <input
          name="class-seed"
          .value=${live(s.resultsClass.seedText)}
          @change=${(e: Event) => s.setResultsClass({ seedText: (e.target as HTMLInputElement).value })}
          autocomplete="off"
          spellcheck="false"
          placeholder="any seed"
        />
      </label>
      <button type="button" ?disabled=${!t.total} @click=${() => s.clearResults()}>Clear all</button>
    </fieldset>
    ${classLoadView(s)}
    ${t.seedProblem ? html`<p class="error" role="alert">Seed: ${t.seedProblem}. Games of every seed are shown until it is corrected.</p>` : ''}
  </section>`;
}

/** The class file or link: its scenario (a trainer's own, locks and injects included) is what its teams' codes are checked against. */
function classLoadView(s: SessionState) {
  return html`<form class="row class-load" data-testid="class-load" @submit=${(e: SubmitEvent) => classPasted(e, s)}>
    <label
      >Marking a class? Its link
      <input name="class-link" autocomplete="off" spellcheck="false" placeholder="https://…#/class?c=K1…" />
    </label>
    <button type="submit">Load class</button>
    <label>…or the class file <input type="file" accept=".json,application/json" @change=${(e: Event) => void classPicked(e, s)} /></label>
    ${s.resultsClassLoaded ? html`<p role="status">Marking the class “${s.resultsClassLoaded.title}”: its codes verify against its own rules and scenario.</p>` : ''}
    ${s.resultsClassProblem ? html`<p class="error" role="alert">This class cannot be loaded: ${s.resultsClassProblem}.</p>` : ''}
  </form>`;
}

function classPasted(e: SubmitEvent, s: SessionState) {
  e.preventDefault();
  const text = new FormData(e.currentTarget as HTMLFormElement).get('class-link');
  if (typeof text === 'string' && text.trim()) s.loadResultsClass(text);
}

async function classPicked(e: Event, s: SessionState) {
  const input = e.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (file) await s.loadResultsClassFile(file);
}

function progressView(t: ClassTable) {
  if (!t.total) return '';
  // A game handed in again is verified but shown once: the count says so (trainer play-test: four codes, two rows, no word why).
  const verified = t.groups.reduce((sum, g) => sum + g.teams.length, 0) + t.again;
  const again = t.again ? ` (${t.again} handed in again, shown once)` : '';
  return html`<section class="card" aria-label="Progress">
    <progress max=${t.total} .value=${t.done} aria-label="Codes checked"></progress>
    <p role="status" data-testid="results-progress">
      ${t.done < t.total ? `Checking: ${t.done} of ${t.total} done…` : `All ${t.total} checked`}: ${verified} verified${again}, ${t.refused.length} refused.
    </p>
  </section>`;
}

/** Charts and where teams diverged wait for the last code: drawn on every verdict, they would slow the checking they report on. */
function groupView(s: SessionState, g: ClassTable['groups'][number], complete: boolean) {
  return html`<section class="card results-group" aria-label=${`${g.scenarioTitle}, seed ${g.seed}`}>
    ${groupTableView(g, s)}
    ${
      complete
        ? html`${divergenceView(g, s.catalogue.scenarios)} ${resultsChartsView(g)}`
        : html`<p class="hint">Charts and where the teams diverged appear once every code is checked.</p>`
    }
  </section>`;
}

function exportView(s: SessionState, t: ClassTable) {
  if (!t.total) return '';
  const busy = t.done < t.total;
  return html`<section class="card" aria-labelledby="export-title">
    <h2 id="export-title">Export</h2>
    <p class="hint">One row per team and month, a row of totals per team, and a row per refused code with the reason.</p>
    <div class="row">
      <button type="button" ?disabled=${busy} @click=${() => downloadCsv(t)}>Download CSV</button>
      <button
        type="button"
        ?disabled=${busy}
        @click=${() => void downloadXlsx(t).catch((e: Error) => s.setResultsMessage(`The XLSX file could not be made: ${e.message}`))}
      >
        Download XLSX
      </button>
    </div>
    ${s.resultsMessage ? html`<p class="error" role="alert">${s.resultsMessage}</p>` : ''}
  </section>`;
}

/** The pasted text is read from the form when it is sent, not kept as state on every keystroke; the box is emptied for the next batch. */
function pasted(e: SubmitEvent, s: SessionState) {
  e.preventDefault();
  const form = e.currentTarget as HTMLFormElement;
  const text = new FormData(form).get('codes');
  if (typeof text !== 'string' || text.trim() === '') return;
  s.addResults(text, 'pasted');
  form.reset();
}

async function addFiles(files: FileList | null | undefined, s: SessionState) {
  for (const file of Array.from(files ?? [])) await s.addResultsFile(file);
}

async function picked(e: Event, s: SessionState) {
  const input = e.target as HTMLInputElement;
  await addFiles(input.files, s);
  input.value = '';
}

/** Files dropped on the card, or text dragged from a mail or a page. */
async function dropped(e: DragEvent, s: SessionState) {
  e.preventDefault();
  const data = e.dataTransfer;
  if (data?.files.length) return addFiles(data.files, s);
  const text = data?.getData('text/plain');
  if (text?.trim()) s.addResults(text, 'dropped');
}
