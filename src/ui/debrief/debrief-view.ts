/**
 * The debrief. Its first two screens teach: the verdict (the win line and the
 * score's parts before the outcome and grade, and the allies' own course on
 * the same seed), what went well, what went wrong and what would have helped.
 * The details follow: the result code to hand in, the war beside the allies'
 * course, the charts, the turning points and the news, folded.
 */
import { html } from 'lit-html';
import { scoreGame } from '../../sim';
import { copyText } from '../common/copy-text';
import { downloadJson } from '../common/download';
import { chartsView } from '../report/charts-view';
import { lastTurnHeadlinesView } from '../report/headlines-view';
import type { SessionState } from '../store';
import { comparisonView } from './comparison-view';
import { turningPointsView } from './details-view';
import { lessonsView } from './lessons-view';
import { verdictView } from './verdict-view';

export function debriefView(s: SessionState) {
  const g = s.game!.getState();
  const score = scoreGame(g.content, g.game);
  return html`<main class="debrief">
    <h1>Debrief — ${s.scenario!.title}</h1>
    ${resultCodeView(s)} ${verdictView(s, score)} ${lessonsView(s)} ${lastTurnHeadlinesView(s)}
    <h2 class="details-title">The details</h2>
    ${gameIdView(s)} ${comparisonView(s)}
    <section class="card" aria-labelledby="charts-title">
      <h2 id="charts-title">Month by month</h2>
      ${chartsView(s)}
    </section>
    ${turningPointsView(s)}
    <div class="row">
      <button class="primary" @click=${() => void s.newGameFromDebrief()}>New game</button>
      <button @click=${() => download(s)}>Download the replay</button>
      <button @click=${() => s.openOwnReview()}>After-action review (printable)</button>
    </div>
  </main>`;
}

/** The seed, the final hash and the share link: what makes this war repeatable. */
function gameIdView(s: SessionState) {
  const g = s.game!.getState();
  const link = s.shareLink();
  return html`<section class="card" aria-label="This war's seed and hash">
    <p>
      Seed <code>${g.game.seed}</code> · final state hash <code data-testid="final-hash">${g.history.at(-1)?.hash ?? ''}</code>. Anyone with this seed and your
      orders gets the same result.
    </p>
    ${s.scenarioFromFile ? notLinkable(s) : linksView(s, link)}
  </section>`;
}

/**
 * A scenario that came with a class or from a file is not in every copy of the game, so a link (which names the
 * scenario) would open nowhere (trainer play-test: both links of a class game said its scenario was not there).
 */
function notLinkable(s: SessionState) {
  return html`<p class="hint" data-testid="share-link-none">
    This war was played on “${s.scenario!.title}”, which came with your class or from a file, not with the game, so a link cannot carry it. The result code
    carries the whole game: your trainer checks it with the class file.
  </p>`;
}

function linksView(s: SessionState, link: string | null) {
  return html`<p>Share this war: <a href=${link ?? ''} data-testid="share-link">${link}</a> (the same scenario and seed, to play yourself)</p>
    <div class="row">
      <button @click=${() => void copyReplayLink(s)}>Copy the replay link</button>
      <span class="hint">the whole game, to watch month by month and play on from any month</span>
      ${s.sharedLink ? html`<input class="shared-link" readonly aria-label="Replay link of this game" .value=${s.sharedLink} />` : ''}
      <span role="status" data-testid="share-status">${s.shareStatus}</span>
    </div>`;
}

/** First on the page, so a class hands in its codes before reading on (play-test: the code was found only after the details). */
function resultCodeView(s: SessionState) {
  if (s.live?.as === 'team') return liveResultView(s);
  return html`<section class="card result-code" aria-labelledby="code-title">
    <h2 id="code-title">Result code to hand in</h2>
    <span class="hint"
      >Type your team's name, copy the code and send it to your trainer the way they asked (chat, e-mail, a shared document). They paste it into the class
      results, which play your game again from your orders.</span
    >
    ${codeRow(s)}
  </section>`;
}

/**
 * A live class's team has nothing to hand in: the class server played each turn with it and its result is on
 * the trainer's dashboard already (trainer play-test: the debrief still asked the team to hand in its code).
 * The code stays at hand, folded, for a trainer who collects them anyway.
 */
function liveResultView(s: SessionState) {
  return html`<section class="card result-code" aria-labelledby="code-title" data-testid="live-result">
    <h2 id="code-title">Your result is with your trainer</h2>
    <p>The class server played every turn with you, so your result is on your trainer's results already, verified: there is no code to hand in.</p>
    <details>
      <summary>The result code, if your trainer asks for it</summary>
      ${codeRow(s)}
    </details>
  </section>`;
}

function codeRow(s: SessionState) {
  return html`<div class="row">
      <label
        >Team name <input id="team-name" maxlength="80" .value=${s.teamName} @input=${(e: Event) => s.setTeamName((e.target as HTMLInputElement).value)}
      /></label>
      <button class="primary" @click=${() => void copyCode(s)}>Copy result code</button>
      <span role="status" data-testid="copy-status">${s.copyStatus}</span>
    </div>
    <label
      >Result code
      <textarea id="result-code" readonly rows="1" data-testid="result-code" .value=${s.resultCode}></textarea>
    </label>`;
}

async function copyCode(s: SessionState) {
  const said = await copyText(s.resultCode, document.querySelector<HTMLTextAreaElement>('#result-code'));
  // The code carries the team's name: without one, a trainer's table lists it as unnamed (play-test).
  s.setCopyStatus(
    said === 'Copied.' && !s.teamName.trim() ? 'Copied, without a team name: type yours above and copy again, so your trainer knows whose it is.' : said,
  );
}

async function copyReplayLink(s: SessionState) {
  const link = s.replayLink();
  if (!link) return;
  s.showSharedLink(link);
  const said = await copyText(link, document.querySelector<HTMLInputElement>('.shared-link'), 'link');
  s.showSharedLink(link, said === 'Copied.' ? 'Replay link copied.' : said);
}

function download(s: SessionState) {
  const replay = s.exportReplay();
  if (replay) downloadJson(`${replay.scenario.id}-${replay.seed}.replay.json`, JSON.stringify(replay));
}
