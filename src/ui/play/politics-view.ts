/** Political actions with their price in capital, and where every ally stands. */
import { html } from 'lit-html';
import { monthLabel, nationSpec, pledgeCost } from '../../sim';
import { fmt, fmtBp, fmtGdpShare, orderResultView, sourceView } from '../common/format';
import { cohesionStory } from '../../share/cohesion-story';
import { lastTurnReports } from '../../share/front-moves';
import { cohesionStoryText } from '../../share/text/headline-text';
import { turnWord } from '../common/turn-text';
import type { SessionState } from '../store';
import { LOCKED_LABEL, LOCKED_WHY, leverLocked } from './lever-lock';

export function politicsView(s: SessionState) {
  const g = s.game!.getState();
  return html`${orderResultView(s.lastResult, { content: g.content, game: g.preview.state }, s.dismissResult)} ${pledgeView(s)} ${allianceView(s)}
  ${constraintsView(s)}`;
}

/** The acting nation's defence spending: a pledge (its slider is session state) and the defence-industrial plan. */
function pledgeView(s: SessionState) {
  const g = s.game!.getState();
  const st = g.preview.state;
  const n = st.nations.find((x) => x.id === s.acting)!;
  const c = g.content;
  const delta = s.pledgeDraftBp;
  const cost = pledgeCost(c, st, delta);
  const summit = st.month <= st.politics.summitUntil;
  const locked = { pledge: leverLocked(s, 'pledge', n.id), plan: leverLocked(s, 'industrialPlan', n.id) };
  return html`<section class="card" aria-labelledby="pledge-title" data-tutorial="pledge">
    <h3 id="pledge-title">${nationSpec(c, n.id)?.name ?? n.id}: defence spending</h3>
    <p>
      Now ${fmtGdpShare(n.defenceShareBp)} of GDP. Political capital ${n.politicalCapital} of ${c.rules.politics.maxCapital}; support
      ${fmtBp(n.supportBp)}.${summit ? ' A summit is on: pledges cost less this month.' : ''}
    </p>
    <label for="pledge">Pledge to raise defence spending by</label>
    <input
      id="pledge"
      type="range"
      min="5"
      max="200"
      step="5"
      .value=${String(delta)}
      @input=${(e: Event) => s.setPledgeDraft(Number((e.target as HTMLInputElement).value))}
      aria-describedby="pledge-cost"
    />
    <output id="pledge-cost" for="pledge"
      >+${fmtGdpShare(delta)} → ${fmtGdpShare(n.defenceShareBp + delta)} of GDP · costs ${cost} political
      capital${cost > n.politicalCapital ? ' (more than you have)' : ''} · support −${fmtBp(delta * c.rules.politics.pledgeSupportCostPerBp)}</output
    >
    <button
      ?disabled=${cost > n.politicalCapital || locked.pledge}
      aria-label=${locked.pledge ? `Pledge, ${LOCKED_WHY}` : 'Pledge'}
      @click=${() => s.order({ kind: 'pledge', actor: n.id, shareBp: n.defenceShareBp + delta })}
    >
      ${locked.pledge ? LOCKED_LABEL : 'Pledge'}
    </button>
    <p>
      ${
        n.industrialPlan
          ? 'Defence-industrial plan submitted: new plants cost less.'
          : st.politics.industrialPlansOpen
            ? html`<button ?disabled=${locked.plan} @click=${() => s.order({ kind: 'industrialPlan', actor: n.id })}>
                ${locked.plan ? `${LOCKED_LABEL}: ` : ''}Submit a defence-industrial plan (${c.rules.politics.industrialPlanCost} capital; plants
                ${fmtBp(c.rules.industrialPlanDiscountBp)} cheaper; cohesion +${fmtBp(c.rules.politics.industrialPlanCohesionBp)} only with a contract of its
                own behind it)
              </button>`
            : // Vilnius was a summit too (play-test: "still closed after Vilnius?"): say none has asked yet.
              'Defence-industrial plans: no summit has asked for them yet.'
      }
    </p>
  </section>`;
}

/** Escalation and cohesion with why cohesion moved, then the allies' table folded under what in it needs attention. */
function allianceView(s: SessionState) {
  const g = s.game!.getState();
  const [now, after] = [g.game.politics, g.preview.state.politics];
  // The turn's start, the figure the cohesion story ends at, then what this turn's orders make of it
  // (play-test: the meter read 55.6 % beside "70.7 % → 57.6 % last turn").
  // A change too small to show is not shown (it read "20.7 % → 20.7 %").
  const figure = (from: number, to: number) => `${fmtBp(from)}${fmtBp(to) === fmtBp(from) ? '' : ` → ${fmtBp(to)} with this ${turnWord(g.content)}'s orders`}`;
  return html`<section class="card" aria-labelledby="allies-title">
    <h3 id="allies-title">The alliance</h3>
    <label
      >Escalation <meter min="0" max="10000" high="6000" .value=${after.escalationBp}></meter>
      <span data-testid="escalation">${figure(now.escalationBp, after.escalationBp)}</span></label
    >
    <label
      >Cohesion <meter min="0" max="10000" low="5000" optimum="10000" .value=${after.cohesionBp}></meter>
      <span data-testid="cohesion">${figure(now.cohesionBp, after.cohesionBp)}</span></label
    >
    ${cohesionLine(s)}
    <details data-testid="allies">
      <summary>${alliesSummary(s)}</summary>
      ${alliesTable(s)}
    </details>
  </section>`;
}

/** An ally's notes this turn: a frozen aid, the next election, balking at escalation. */
function allyNotes(s: SessionState, i: number): { frozen: boolean; election: number | undefined; balks: boolean; below: boolean } {
  const g = s.game!.getState();
  const { content: c, preview } = g;
  const st = preview.state;
  const [x, spec] = [st.nations[i]!, c.nations[i]!];
  return {
    frozen: x.aidFrozenUntil >= st.month,
    election: spec.electionMonths.find((m) => m >= st.month),
    balks: st.politics.escalationBp > spec.escalationToleranceBp,
    below: c.products.some((p) => (x.stock[p.id] ?? 0) < (spec.readinessFloor[p.id] ?? 0)),
  };
}

/**
 * One line in place of the table (a play-test read its eleven rows, about 150 words, every turn):
 * the allies below a readiness floor, frozen or balking, and the elections inside this turn.
 */
function alliesSummary(s: SessionState): string {
  const g = s.game!.getState();
  const { content: c, preview } = g;
  const st = preview.state;
  const lastMonth = st.month + Math.max(1, c.monthsPerTurn) - 1;
  // Each ally's notes once, not once per question asked of them.
  const notes = c.nations.map((spec, i) => ({ name: spec.name, ...allyNotes(s, i) }));
  const names = (pick: (n: (typeof notes)[number]) => boolean) => notes.filter(pick).map((n) => n.name);
  const elections = notes.flatMap((n) => (n.election !== undefined && n.election <= lastMonth ? [`${n.name} (${monthLabel(n.election)})`] : []));
  const parts = [
    [names((n) => n.below), 'below a readiness floor'],
    [names((n) => n.frozen), 'aid frozen'],
    [names((n) => n.balks), 'balks at escalation'],
    [elections, `election this ${turnWord(c)}`],
  ] as const;
  const said = parts.filter(([who]) => who.length).map(([who, what]) => `${what}: ${who.join(', ')}`);
  return `The ${c.nations.length} allies' support, capital and stocks${said.length ? ` · ${said.join(' · ')}` : ': none below its floors, no election this ' + turnWord(c)}`;
}

/** Every nation's support, capital, stocks against its floors, and notes. */
function alliesTable(s: SessionState) {
  const g = s.game!.getState();
  const st = g.preview.state;
  const c = g.content;
  return html`<table>
    <thead>
      <tr>
        <th scope="col">Nation</th>
        <th scope="col">Support</th>
        <th scope="col">Capital</th>
        ${c.products.map((p) => html`<th scope="col">${p.plural}: stock / readiness floor</th>`)}
        <th scope="col">Notes</th>
      </tr>
    </thead>
    <tbody>
      ${st.nations.map((x, i) => {
        const spec = c.nations[i]!;
        const notes = allyNotes(s, i);
        return html`<tr>
          <td>${spec.name}</td>
          <td>${fmtBp(x.supportBp)}</td>
          <td>${x.politicalCapital}</td>
          ${c.products.map((p) => {
            const [stock, floor] = [x.stock[p.id] ?? 0, spec.readinessFloor[p.id] ?? 0];
            return html`<td>${stock < floor ? '▼ ' : ''}${fmt(stock)} / ${fmt(floor)}</td>`;
          })}
          <td>
            ${[
              notes.frozen ? `aid frozen through ${monthLabel(x.aidFrozenUntil)}` : '',
              notes.election !== undefined ? `election ${monthLabel(notes.election)}` : '',
              notes.balks ? 'balks at escalation' : '',
            ]
              .filter(Boolean)
              .join('; ')}
          </td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

function constraintsView(s: SessionState) {
  // Folded: the briefing gives them before the first month, and they do not change (play-test: 300 words a turn when open).
  return html`<details class="card folded-card" data-testid="constraints">
    <summary><h3 id="constraints-title">Constraints you work under (${s.scenario!.constraints.length}, each with its source)</h3></summary>
    <ul>
      ${s.scenario!.constraints.map((c) => html`<li>${c.text} ${sourceView(c.source)}</li>`)}
    </ul>
  </details>`;
}

/** Why cohesion moved over the last turn, under its meter. */
function cohesionLine(s: SessionState) {
  const g = s.game!.getState();
  const reports = g.history.map((h) => h.report);
  const turn = lastTurnReports(reports, g.content);
  const story = cohesionStory(g.content, turn, reports[reports.length - turn.length - 1]);
  return story ? html`<p class="hint" data-testid="cohesion-story">${cohesionStoryText(story, turnWord(g.content))}</p>` : '';
}
