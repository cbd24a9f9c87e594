/** Your war beside the same seed played as the allies played it (worked out once when the game ended), and the historical record. */
import { html } from 'lit-html';
import { gameMetrics, monthIndex, scoreGame, type Metrics } from '../../sim';
import { OUTPRODUCE_CLAIM, outproducedText, WAR_FIGURES } from '../../share/text/review';
import { sourceView } from '../common/format';
import type { SessionState } from '../store';

export function comparisonView(s: SessionState) {
  const g = s.game!.getState();
  const mine = gameMetrics(g.content, g.game);
  const theirs = s.historical?.metrics;
  const record = s.scenario!.record ?? [];
  return html`<section class="card" aria-labelledby="compare-title">
    <h2 id="compare-title">Your war and the allies' course</h2>
    ${warFiguresTable({ mine, theirs, mineTitle: 'You', theirsTitle: 'As the allies played it (same seed)' })} ${claimView(s, mine)} ${originalView(s)}
    ${
      record.length
        ? html`<h3>The historical record</h3>
            <ul>
              ${record.map((r) => html`<li>${r.text} ${sourceView(r.source)}</li>`)}
            </ul>`
        : ''
    }
  </section>`;
}

/** The out-produce claim and why it is disputed, where the scenario scores it or runs past it (Nov 2025). */
function claimView(s: SessionState, mine: Metrics) {
  const c = s.game!.getState().content;
  if (!c.objectives.some((o) => o.kind === 'outproduceRussia') && c.endMonth < monthIndex(2025, 11)) return '';
  return html`<p data-testid="outproduce-claim">
    ${OUTPRODUCE_CLAIM} ${outproducedText(mine)}
    ${sourceView({ file: '000_2a99aacaceb4cc32.txt; calibration-facts.md §5, §12', outlet: 'NATO industry forum report and commentary; Rutte (CBS, NYT)', date: 'Apr–Nov 2025' })}
  </p>`;
}

/** A branched game beside the game it left, on the same figures. */
function originalView(s: SessionState) {
  const g = s.game!.getState();
  if (!g.branch) return '';
  const o = s.original;
  const title = html`<h3 id="original-title">Your branch and the game it left</h3>`;
  if (!o)
    return html`${title}
      <p>Playing the original again…</p>`;
  if ('problem' in o)
    return html`${title}
      <p class="error">The original game cannot be compared: ${o.problem}.</p>`;
  const mine = scoreGame(g.content, g.game);
  return html`${title}
    <p data-testid="branch-compare">
      You played on from month ${o.kept} of the original. Your branch scores <strong>${mine.score}/100</strong>;
      ${o.score ? html`the original scored <strong>${o.score.score}/100</strong>.` : html`the original was shared in play, up to ${o.upTo}, before it had a score.`}
    </p>
    ${
      o.branchThen
        ? html`<p class="hint" data-testid="branch-same-months">
              Both to ${o.upTo}, where the original stops: your branch's figures at its end are in the table above.
            </p>
            ${warFiguresTable({ mine: o.branchThen, theirs: o.metrics, mineTitle: `Your branch (to ${o.upTo})`, theirsTitle: `The original (to ${o.upTo})` })}`
        : warFiguresTable({ mine: gameMetrics(g.content, g.game), theirs: o.metrics, mineTitle: 'Your branch', theirsTitle: `The original (to ${o.upTo})` })
    }`;
}

/** The war's figures in two columns: a game's, and the allies' own course on its seed ("—" until it is worked out). */
export function warFiguresTable(t: { mine: Metrics; theirs: Metrics | undefined; mineTitle: string; theirsTitle: string; className?: string }) {
  return html`<table class=${t.className ?? ''}>
    <thead>
      <tr>
        <th scope="col"></th>
        <th scope="col">${t.mineTitle}</th>
        <th scope="col">${t.theirsTitle}</th>
      </tr>
    </thead>
    <tbody>
      ${WAR_FIGURES.map(
        ([label, show]) =>
          html`<tr>
            <th scope="row">${label}</th>
            <td>${show(t.mine)}</td>
            <td>${t.theirs ? show(t.theirs) : '—'}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
