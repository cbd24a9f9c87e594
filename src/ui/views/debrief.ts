/**
 * The debrief: the grade against the scenario's objectives, the turning
 * points, the charts, the same war played the way the allies actually played
 * it (same seed, historical policy), and the historical record.
 */
import { html } from 'lit-html';
import { gameMetrics, monthLabel, scoreGame } from '../../sim';
import type { Session, SessionState } from '../session';
import { chartsView } from './charts';
import { fmt, fmtBp, fmtRatio, say, sourceText } from './format';

export function debriefView(s: SessionState, a: Session) {
  const g = s.game!.getState();
  const final = g.game;
  const score = scoreGame(g.content, final);
  const mine = gameMetrics(g.content, final);
  // Played once when the game ended (session.ts), never during render.
  const theirs = s.historical;
  const worst = [...g.history].sort((x, y) => y.report.summary.russianGainKm2 - x.report.summary.russianGainKm2).slice(0, 3);
  const events = g.history.flatMap((h) => h.report.entries.filter((e) => e.kind === 'event').map((e) => ({ month: h.report.month + 1, e })));
  return html`<main class="debrief">
    <header>
      <h1>Debrief: ${s.scenario!.title}</h1>
      <p class="grade" data-testid="grade">${score.outcome === 'victory' ? 'Victory' : 'Defeat'} · ${score.score}/100 · grade ${score.grade}</p>
      <p>
        Seed <code>${final.seed}</code> · final state hash <code data-testid="final-hash">${g.history.at(-1)?.hash ?? ''}</code>. Anyone with this seed and your
        orders gets the same result.
      </p>
      <p>Share this war: <a href=${a.shareLink() ?? ''} data-testid="share-link">${a.shareLink()}</a></p>
    </header>
    <section class="card" aria-labelledby="code-title">
      <h2 id="code-title">Result code to hand in</h2>
      <p class="hint">Your trainer pastes it into “Check a replay”: the game is played again from your orders, so the score can be trusted.</p>
      <label>Team name <input id="team-name" maxlength="80" @input=${(e: Event) => void a.refreshResultCode((e.target as HTMLInputElement).value)} /></label>
      <label
        >Result code
        <textarea readonly rows="3" data-testid="result-code" .value=${s.resultCode}></textarea>
      </label>
    </section>
    <section class="card" aria-labelledby="obj-title">
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
    </section>
    <section class="card" aria-labelledby="turning-title">
      <h2 id="turning-title">Turning points</h2>
      <h3>The worst months at the front</h3>
      <ul>
        ${worst.map((h) => html`<li>${monthLabel(h.report.month)}: Russia gained ${fmt(h.report.summary.russianGainKm2)} km² at a fire ratio of ${fmtRatio(h.report.summary.fireRatioBp)}.</li>`)}
      </ul>
      <h3>What happened around you</h3>
      <ul>
        ${events.map(({ month, e }) => html`<li>${monthLabel(month)}: ${say(e.message, { content: g.content, game: final })} ${e.source ? html`<span class="source">${sourceText(e.source)}</span>` : ''}</li>`)}
      </ul>
    </section>
    <section class="card" aria-labelledby="compare-title">
      <h2 id="compare-title">Your war and the allies' course</h2>
      <table>
        <thead>
          <tr>
            <th scope="col"></th>
            <th scope="col">You</th>
            <th scope="col">As the allies played it (same seed)</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Ground lost</th>
            <td>${fmt(mine.territoryLostKm2)} km²</td>
            <td>${theirs ? `${fmt(theirs.territoryLostKm2)} km²` : '—'}</td>
          </tr>
          <tr>
            <th scope="row">Average fire ratio</th>
            <td>${fmtRatio(mine.avgFireRatioBp)}</td>
            <td>${theirs ? fmtRatio(theirs.avgFireRatioBp) : '—'}</td>
          </tr>
          <tr>
            <th scope="row">NATO artillery rounds in the last month</th>
            <td>${fmt(mine.natoMonthlyArtillery)}</td>
            <td>${theirs ? fmt(theirs.natoMonthlyArtillery) : '—'}</td>
          </tr>
          <tr>
            <th scope="row">Allies below readiness floors</th>
            <td>${mine.nationsBelowFloor}</td>
            <td>${theirs ? theirs.nationsBelowFloor : '—'}</td>
          </tr>
          <tr>
            <th scope="row">Cohesion</th>
            <td>${fmtBp(mine.cohesionBp)}</td>
            <td>${theirs ? fmtBp(theirs.cohesionBp) : '—'}</td>
          </tr>
        </tbody>
      </table>
      ${
        s.scenario!.record?.length
          ? html`<h3>The historical record</h3>
              <ul>
                ${s.scenario!.record.map((r) => html`<li>${r.text} <span class="source">${sourceText(r.source)}</span></li>`)}
              </ul>`
          : ''
      }
    </section>
    <section class="card" aria-labelledby="charts-title">
      <h2 id="charts-title">Month by month</h2>
      ${chartsView(s)}
    </section>
    <div class="row">
      <button class="primary" @click=${() => void a.newGameFromDebrief()}>New game</button>
      <button @click=${() => download(a)}>Download the replay</button>
    </div>
  </main>`;
}

function download(a: Session) {
  const replay = a.exportReplay();
  if (!replay) return;
  const url = URL.createObjectURL(new Blob([JSON.stringify(replay)], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: `${replay.scenario.id}-${replay.seed}.replay.json` });
  link.click();
  URL.revokeObjectURL(url);
}
