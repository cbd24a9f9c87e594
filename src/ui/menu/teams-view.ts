/** The menu's hotseat teams: how many share this laptop, their names, and which team plays each nation (the rest follow the policy). */
import { html } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import type { ScenarioFile } from '../../scenario/schema';
import { MAX_TEAMS } from '../../share/teams';
import type { SessionState } from '../store';
import { hotseatNations } from './teams-slice';

export function teamsView(s: SessionState, sc: ScenarioFile | undefined) {
  if (!sc) return '';
  const teams = s.teamsDraft;
  const teamOf = (id: string) => teams.findIndex((t) => t.nations.includes(id));
  const counts = Array.from({ length: MAX_TEAMS - 1 }, (_, i) => i + 2);
  const offered = hotseatNations(s, sc);
  return html`<fieldset class="teams" data-testid="teams">
    <legend>Teams on this laptop</legend>
    <p class="hint">
      Each team gives its orders in turn and passes the laptop on; no team sees what the others ordered until the ${turnName(sc)} is resolved. A nation no team
      plays follows the historical policy.
    </p>
    <label
      >Teams
      <select @change=${(e: Event) => s.setTeamCount(Number((e.target as HTMLSelectElement).value), sc)}>
        ${counts.map((n) => html`<option value=${n} .selected=${live(teams.length === n)}>${n}</option>`)}
      </select>
    </label>
    <div class="row">
      ${teams.map(
        (t, i) =>
          html`<label
            >Team ${i + 1}'s name
            <input
              maxlength="40"
              .value=${live(t.name)}
              @input=${(e: Event) => s.renameTeam(i, (e.target as HTMLInputElement).value)}
              data-testid="team-name"
            />
          </label>`,
      )}
    </div>
    <div class="scroll">
      <table class="compact teams-table">
        <caption class="sr-only">
          Who plays each nation
        </caption>
        <thead>
          <tr>
            <th scope="col">Nation</th>
            ${teams.map((t) => html`<th scope="col">${t.name || '(no name)'}</th>`)}
            <th scope="col" title="No team: the historical policy plays it">None</th>
          </tr>
        </thead>
        <tbody>
          ${sc.nations
            .filter((n) => offered.includes(n.id))
            .map(
              (n) =>
                html`<tr>
                  <th scope="row">${n.name}</th>
                  ${[...teams.keys(), -1].map(
                    (i) =>
                      html`<td>
                        <input
                          type="radio"
                          name="team-of-${n.id}"
                          aria-label="${n.name}: ${i < 0 ? 'the policy' : teams[i]!.name}"
                          .checked=${live(teamOf(n.id) === i)}
                          @change=${() => s.assignNation(n.id, i)}
                        />
                      </td>`,
                  )}
                </tr>`,
            )}
        </tbody>
      </table>
    </div>
  </fieldset>`;
}

const turnName = (sc: ScenarioFile) => ((sc.monthsPerTurn ?? 1) > 1 ? 'turn' : 'month');
