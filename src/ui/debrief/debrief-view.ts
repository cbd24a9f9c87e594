/**
 * The debrief: the grade against the scenario's objectives, the turning
 * points, the charts, the same war played the way the allies actually played
 * it (same seed, historical policy), and the historical record.
 */
import { html } from 'lit-html';
import { monthLabel, scoreGame, type Score } from '../../sim';
import { downloadJson } from '../common/download';
import { fmt, fmtBp, fmtRatio, say, sourceView } from '../common/format';
import { chartsView } from '../report/charts-view';
import type { SessionState } from '../store';
import { comparisonView } from './comparison-view';

export function debriefView(s: SessionState) {
  const g = s.game!.getState();
  const score = scoreGame(g.content, g.game);
  return html`<main class="debrief">
    ${headerView(s, score)} ${resultCodeView(s)} ${objectivesView(score)} ${turningPointsView(s)} ${comparisonView(s)}
    <section class="card" aria-labelledby="charts-title">
      <h2 id="charts-title">Month by month</h2>
      ${chartsView(s)}
    </section>
    <div class="row">
      <button class="primary" @click=${() => void s.newGameFromDebrief()}>New game</button>
      <button @click=${() => download(s)}>Download the replay</button>
    </div>
  </main>`;
}

function headerView(s: SessionState, score: Score) {
  const g = s.game!.getState();
  const link = s.shareLink();
  return html`<header>
    <h1>Debrief: ${s.scenario!.title}</h1>
    <p class="grade" data-testid="grade">${score.outcome === 'victory' ? 'Victory' : 'Defeat'} · ${score.score}/100 · grade ${score.grade}</p>
    <p>
      Seed <code>${g.game.seed}</code> · final state hash <code data-testid="final-hash">${g.history.at(-1)?.hash ?? ''}</code>. Anyone with this seed and your
      orders gets the same result.
    </p>
    <p>Share this war: <a href=${link ?? ''} data-testid="share-link">${link}</a></p>
  </header>`;
}

function resultCodeView(s: SessionState) {
  return html`<section class="card" aria-labelledby="code-title">
    <h2 id="code-title">Result code to hand in</h2>
    <p class="hint">Your trainer pastes it into “Check a replay”: the game is played again from your orders, so the score can be trusted.</p>
    <label
      >Team name <input id="team-name" maxlength="80" .value=${s.teamName} @input=${(e: Event) => s.setTeamName((e.target as HTMLInputElement).value)}
    /></label>
    <label
      >Result code
      <textarea readonly rows="3" data-testid="result-code" .value=${s.resultCode}></textarea>
    </label>
  </section>`;
}

function objectivesView(score: Score) {
  return html`<section class="card" aria-labelledby="obj-title">
    <h2 id="obj-title">Objectives</h2>
    <table>
      <thead>
        <tr>
          <th scope="col">Objective</th>
          <th scope="col">Achieved</th>
          <th scope="col">Points</th>
        </tr>
      </thead>
      <tbody>
        ${score.objectives.map(
          (o) =>
            html`<tr>
              <td>${o.text}</td>
              <td>${o.attainmentBp >= 10000 ? '✔ ' : o.attainmentBp > 0 ? '◐ ' : '✘ '}${fmtBp(o.attainmentBp)}</td>
              <td>${Math.floor((o.attainmentBp * o.weight) / 10000)} of ${o.weight}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}

function turningPointsView(s: SessionState) {
  const g = s.game!.getState();
  const worst = [...g.history].sort((x, y) => y.report.summary.russianGainKm2 - x.report.summary.russianGainKm2).slice(0, 3);
  const later = g.history.flatMap((h) => h.report.entries.filter((e) => e.kind === 'event').map((e) => ({ month: h.report.month + 1, e })));
  // The opening month's events fired before any report: they are the fired events no report holds.
  const reported = new Set(later.map(({ e }) => e.subject));
  const opening = g.game.firedEvents
    .filter((id) => !reported.has(id))
    .map((id) => g.content.events.find((x) => x.id === id)!)
    .filter(Boolean)
    .map((x) => ({ month: g.content.startMonth, e: { message: { id: 'event' as const, params: { event: x.id } }, source: x.source } }));
  const events = [...opening, ...later];
  return html`<section class="card" aria-labelledby="turning-title">
    <h2 id="turning-title">Turning points</h2>
    <h3>The worst months at the front</h3>
    <ul>
      ${worst.map((h) => html`<li>${monthLabel(h.report.month)}: Russia gained ${fmt(h.report.summary.russianGainKm2)} km² at a fire ratio of ${fmtRatio(h.report.summary.fireRatioBp)}.</li>`)}
    </ul>
    <h3>What happened around you</h3>
    <ul>
      ${events.map(({ month, e }) => html`<li>${monthLabel(month)}: ${say(e.message, { content: g.content, game: g.game })} ${e.source ? html`${sourceView(e.source)}` : ''}</li>`)}
    </ul>
  </section>`;
}

function download(s: SessionState) {
  const replay = s.exportReplay();
  if (replay) downloadJson(`${replay.scenario.id}-${replay.seed}.replay.json`, JSON.stringify(replay));
}
