/** A war's table of verified teams (best first), and the refused submissions with their reasons. */
import { html } from 'lit-html';
import { placeOf, type Refused, type ResultsGroup } from '../../share/results/groups';
import type { SessionState } from '../store';
import { groupTitle, REFUSED_COLUMNS, refusedCells, tableColumns, teamCells, trainerNote } from '../../share/text/results-table';
import { copyMark, copyNote } from '../../share/text/results';

/**
 * The note's column (the last: a copy, or the trainer's controls in a game) is shown only when a team has one: the table is wide enough as it is.
 * Each team's Review button and copy flag sit by its name, which stays in sight while a wide table scrolls (trainer play-test: at
 * 1280 px the Review column was cut off at the card's edge, and at 1366 px the Note column with the copy flag).
 */
export function groupTableView(g: ResultsGroup, s: Pick<SessionState, 'openTeamReview'>) {
  const flagged = g.teams.some((t) => t.copy || trainerNote(t));
  const shown = (cells: string[]) => (flagged ? cells : cells.slice(0, -1));
  return html`<table class="data results-table" data-testid="results-table">
    <caption>
      ${groupTitle(g)}
    </caption>
    <thead>
      <tr>
        ${shown(tableColumns(g)).map((c) => html`<th scope="col">${c}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${g.teams.map((t, i) => {
        const cells = shown(teamCells(t, placeOf(g, i), g));
        return html`<tr class=${t.copy ? 'copy' : ''}>
          ${cells.map((c, col) =>
            col === 1
              ? html`<th scope="row">
                  <span class="team">${c}</span>
                  ${t.copy ? html`<span class="copy-mark" title=${copyNote(t.copy)}>⚑ ${copyMark(t.copy)}</span>` : ''}
                  <button class="review" @click=${() => s.openTeamReview(t.result)} aria-label="After-action review of ${t.result.team}">Review</button>
                </th>`
              : flagged && col === cells.length - 1
                ? html`<td class="note">${c ? `⚑ ${c}` : ''}</td>`
                : html`<td>${c}</td>`,
          )}
        </tr>`;
      })}
    </tbody>
  </table>`;
}

export function refusedView(refused: readonly Refused[]) {
  if (!refused.length) return '';
  return html`<section class="card" aria-labelledby="refused-title">
    <h2 id="refused-title">Refused: ${refused.length}</h2>
    <table class="data refused-table" data-testid="refused-table">
      <thead>
        <tr>
          ${REFUSED_COLUMNS.map((c) => html`<th scope="col">${c}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${refused.map((r) => {
          const [from, team, kind, why] = refusedCells(r);
          return html`<tr>
            <td>${from}</td>
            <th scope="row">${team}</th>
            <td><strong>✘ ${kind}</strong></td>
            <td>${why}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </section>`;
}
