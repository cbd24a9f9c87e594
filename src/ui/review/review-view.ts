/**
 * The after-action review: the verdict, the objectives, the game turn by turn
 * (decisions, the team's reason, what followed), the turning points with
 * their why-chains, and the war beside the allies' own course. It prints on
 * A4 (the print stylesheet in style.css): the buttons are not printed, and no
 * table row is cut between two pages.
 */
import { html } from 'lit-html';
import type { AfterActionReview } from '../../share/review/after-action';
import type { ReviewTurn } from '../../share/review/review-turns';
import { objectivePoints } from '../../share/objective-points';
import { causeText, decisionsTail, turningPointText, turnSpan } from '../../share/text/review';
import { warFiguresTable } from '../debrief/comparison-view';
import { OBJECTIVE_NAMES, objectiveFigure, objectiveTarget } from '../../share/text/objectives';
import { fmt, fmtRatio } from '../common/format';
import type { SessionState } from '../store';

export function reviewView(s: SessionState) {
  const r = s.review;
  if (!r) return html`<main class="review"><p>No game to review.</p></main>`;
  return html`<main class="review" data-testid="review">
    <div class="row no-print">
      <button @click=${() => s.closeReview()}>Back</button>
      <button class="primary" @click=${() => print()}>Print (A4)</button>
    </div>
    <h1>After-action review${r.team ? `: ${r.team}` : ''}</h1>
    <p class="lede">
      ${r.title} · seed <code>${r.seed}</code> ·
      <strong>${r.score.score}/100, ${r.score.outcome === 'victory' ? 'Victory' : 'Defeat'}, grade ${r.score.grade}</strong>. The allies' own course on this
      seed scores ${r.historical.score.score}/100.
    </p>
    ${objectivesView(r)} ${turnsView(r)} ${turningPointsView(r)} ${againstView(r)}
  </main>`;
}

function objectivesView(r: AfterActionReview) {
  const points = objectivePoints(r.score.objectives);
  return html`<section aria-labelledby="aar-objectives">
    <h2 id="aar-objectives">Objectives</h2>
    <table class="data">
      <thead>
        <tr>
          <th scope="col">Objective</th>
          <th scope="col">Result</th>
          <th scope="col">Target</th>
          <th scope="col">Points</th>
        </tr>
      </thead>
      <tbody>
        ${r.score.objectives.map((o, i) => {
          const kind = r.objectiveKinds[i];
          return html`<tr>
            <th scope="row">${kind ? OBJECTIVE_NAMES[kind] : o.id}</th>
            <td>${kind ? objectiveFigure(kind, o.value, o.failAt) : fmt(o.value)}</td>
            <td>${kind ? objectiveTarget(kind, o.target) : fmt(o.target)}</td>
            <td>${points[i]!} of ${o.weight}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </section>`;
}

function turnsView(r: AfterActionReview) {
  return html`<section aria-labelledby="aar-turns">
    <h2 id="aar-turns">Turn by turn</h2>
    ${r.playedKnown ? '' : html`<p class="hint">This game does not say which nations the team played: every nation's orders are listed.</p>`}
    <table class="data aar-turns" data-testid="aar-turns">
      <thead>
        <tr>
          <th scope="col">Turn</th>
          <th scope="col">Decisions, and the team's reason</th>
          <th scope="col">What followed</th>
        </tr>
      </thead>
      <tbody>
        ${r.turns.map((t) => turnRow(t))}
      </tbody>
    </table>
  </section>`;
}

function turnRow(t: ReviewTurn) {
  const tail = decisionsTail(t);
  return html`<tr>
    <th scope="row">${turnSpan(t)}</th>
    <td>
      ${t.note ? html`<p class="aar-note">“${t.note}”</p>` : ''}
      ${t.injects.map((x) => html`<p class="tag-line"><span class="tag">Inject by your trainer</span> ${x}</p>`)}
      ${
        t.decisions.length
          ? html`<ul class="compact">
              ${t.decisions.map((d) => html`<li>${d}</li>`)}
            </ul>`
          : html`<p class="hint">No new orders.</p>`
      }
      ${tail ? html`<p class="hint">${tail}</p>` : ''}
    </td>
    <td>
      <ul class="compact">
        <li>Russia ${t.gainKm2 >= 0 ? `gained ${fmt(t.gainKm2)}` : `lost ${fmt(-t.gainKm2)}`} km²</li>
        <li>fire ratio ${fmtRatio(t.fireRatioBp)}</li>
        <li>Ukraine's shells at the end: ${fmt(t.ukraineShellsEnd)}</li>
        <li>allied output: ${fmt(t.natoArtillery)} rounds</li>
        <li>score so far: ${t.scoreAfter}</li>
      </ul>
    </td>
  </tr>`;
}

function turningPointsView(r: AfterActionReview) {
  return html`<section aria-labelledby="aar-points">
    <h2 id="aar-points">Turning points, and why</h2>
    <ol data-testid="aar-points">
      ${r.turningPoints.map(
        (p) =>
          html`<li>
            ${turningPointText(p)}
            ${
              p.causes.length
                ? html`<ul class="compact">
                    ${p.causes.map((c) => html`<li>${causeText(p, c)}</li>`)}
                  </ul>`
                : ''
            }
          </li>`,
      )}
    </ol>
  </section>`;
}

function againstView(r: AfterActionReview) {
  return html`<section aria-labelledby="aar-history">
    <h2 id="aar-history">Beside the allies' own course (same seed)</h2>
    ${warFiguresTable({ mine: r.metrics, theirs: r.historical.metrics, mineTitle: 'This game', theirsTitle: "The allies' course", className: 'data' })}
  </section>`;
}
