/**
 * The verdict, read top to bottom: the win line, the score's parts (each
 * objective's figure, its target and the points it earned of its weight),
 * then the outcome and grade they add up to, and the allies' own course on
 * the same seed beside it.
 */
import { html } from 'lit-html';
import type { ObjectiveKind, Score } from '../../sim';
import { objectivePoints } from '../../share/objective-points';
import { objectiveFigure, objectiveTarget } from '../../share/text/objectives';
import { count } from '../common/format';
import type { SessionState } from '../store';

function partsView(s: SessionState, score: Score) {
  const c = s.game!.getState().content;
  const kindOf = (id: string): ObjectiveKind => c.objectives.find((o) => o.id === id)!.kind;
  const points = objectivePoints(score.objectives);
  return html`<table data-testid="score-parts">
    <caption class="sr-only">
      The score's parts
    </caption>
    <thead>
      <tr>
        <th scope="col">Objective</th>
        <th scope="col">You</th>
        <th scope="col">Target</th>
        <th scope="col">Points</th>
      </tr>
    </thead>
    <tbody>
      ${score.objectives.map((o, i) => {
        const earned = points[i]!;
        const mark = earned === o.weight ? '✔' : earned > 0 ? '◐' : '✘';
        return html`<tr>
          <th scope="row">${o.text}</th>
          <td>${objectiveFigure(kindOf(o.id), o.value, o.failAt)}</td>
          <td>${objectiveTarget(kindOf(o.id), o.target)}</td>
          <td><span aria-hidden="true">${mark}</span> ${earned} of ${o.weight}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

/** The allies' own course on this seed, in points: the comparison the verdict must agree with. */
function historyLine(s: SessionState, score: Score) {
  if (!s.historical) return html`<p class="hint" data-testid="against-history">Working out the allies’ own course on this seed…</p>`;
  const theirs = s.historical.score.score;
  const diff = score.score - theirs;
  const verdict = diff > 0 ? `you did ${count(diff, 'point')} better` : diff < 0 ? `you did ${count(-diff, 'point')} worse` : 'the same as you';
  return html`<p data-testid="against-history">
    The allies’ own course on this seed (the same war, played as they played it) scores <strong>${theirs}</strong>: ${verdict}.
  </p>`;
}

/** A challenge's score to beat: the balanced policy's verified score on this seed. */
function challengeLine(s: SessionState, score: Score) {
  const c = s.challenge;
  if (!c) return '';
  const diff = score.score - c.balanced.score;
  return html`<p data-testid="challenge-result">
    Challenge “${c.title}”: the balanced policy scored <strong>${c.balanced.score}</strong> on this seed.
    ${diff > 0 ? `Beaten, by ${count(diff, 'point')}.` : diff === 0 ? 'A tie: not beaten.' : `Not beaten: ${count(-diff, 'point')} short.`}
  </p>`;
}

export function verdictView(s: SessionState, score: Score) {
  const winScore = s.game!.getState().content.winScore;
  const gap = score.score - winScore;
  return html`<section class="card verdict" aria-labelledby="verdict-title">
    <h2 id="verdict-title">The verdict</h2>
    <p data-testid="win-line">
      To win: <strong>${winScore} of 100 points</strong>. Each objective earns its points in full at its target and none at its fail mark.
    </p>
    ${partsView(s, score)}
    <p class="grade" data-testid="grade">${score.outcome === 'victory' ? 'Victory' : 'Defeat'} · ${score.score}/100 · grade ${score.grade}</p>
    <p>${gap >= 0 ? `${count(gap, 'point')} above the win line.` : `${count(-gap, 'point')} short of the win line.`}</p>
    ${historyLine(s, score)} ${challengeLine(s, score)}
  </section>`;
}
