/** Political actions with their price in capital, and where every ally stands. */
import { html } from 'lit-html';
import { monthLabel } from '../../sim/month';
import { pledgeCost } from '../../sim/politics';
import type { Session, SessionState } from '../session';
import { fmt, fmtBp, orderResultView, sourceText } from './format';

export function politicsView(s: SessionState, a: Session) {
  const g = s.game!.getState();
  const st = g.preview.state;
  const n = st.nations.find((x) => x.id === s.acting)!;
  const input = document.getElementById('pledge') as HTMLInputElement | null;
  const delta = Number(input?.value ?? 25);
  const cost = pledgeCost(st, delta);
  const summit = st.month <= st.politics.summitUntil;
  return html`
    ${orderResultView(s.lastResult)}
    <section class="card" aria-labelledby="pledge-title" data-tutorial="pledge">
      <h3 id="pledge-title">${n.name}: defence spending</h3>
      <p>
        Now ${fmtBp(n.defenceShareBp)} of GDP. Political capital ${n.politicalCapital} of 100; support
        ${fmtBp(n.supportBp)}.${summit ? ' A summit is on: pledges cost less this month.' : ''}
      </p>
      <label for="pledge">Raise by (basis points of GDP)</label>
      <input id="pledge" type="range" min="5" max="200" step="5" .value=${String(delta)} @input=${() => a.store.setState({})} aria-describedby="pledge-cost" />
      <output id="pledge-cost" for="pledge"
        >+${fmtBp(delta)} → ${fmtBp(n.defenceShareBp + delta)} of GDP · costs ${cost} political
        capital${cost > n.politicalCapital ? ' (more than you have)' : ''} · support −${fmtBp(delta * 5)}</output
      >
      <button ?disabled=${cost > n.politicalCapital} @click=${() => a.order({ kind: 'pledge', nationId: n.id, shareBp: n.defenceShareBp + delta })}>
        Pledge
      </button>
      <p>
        ${
          n.industrialPlan
            ? 'Defence-industrial plan submitted: new plants cost less.'
            : st.politics.industrialPlansOpen
              ? html`<button @click=${() => a.order({ kind: 'industrialPlan', nationId: n.id })}>
                  Submit a defence-industrial plan (10 capital; plants ${fmtBp(st.rules.industrialPlanDiscountBp)} cheaper)
                </button>`
              : 'Defence-industrial plans open after a summit calls for them.'
        }
      </p>
    </section>
    <section class="card" aria-labelledby="alliance-title">
      <h3 id="alliance-title">The alliance</h3>
      <label>Escalation <meter min="0" max="10000" high="6000" .value=${st.politics.escalationBp}></meter> ${fmtBp(st.politics.escalationBp)}</label>
      <label>Cohesion <meter min="0" max="10000" low="5000" optimum="10000" .value=${st.politics.cohesionBp}></meter> ${fmtBp(st.politics.cohesionBp)}</label>
      <table>
        <thead>
          <tr>
            <th scope="col">Nation</th>
            <th scope="col">Support</th>
            <th scope="col">Capital</th>
            <th scope="col">Shells vs floor</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          ${st.nations.map(
            (x) =>
              html`<tr>
                <td>${x.name}</td>
                <td>${fmtBp(x.supportBp)}</td>
                <td>${x.politicalCapital}</td>
                <td>${x.stock.shell < x.readinessFloor.shell ? '▼ ' : ''}${fmt(x.stock.shell)} / ${fmt(x.readinessFloor.shell)}</td>
                <td>
                  ${[
                    x.aidFrozenUntil >= st.month ? `aid frozen until ${monthLabel(x.aidFrozenUntil)}` : '',
                    x.electionMonths.find((m) => m >= st.month) !== undefined ? `election ${monthLabel(x.electionMonths.find((m) => m >= st.month)!)}` : '',
                    st.politics.escalationBp > x.escalationToleranceBp ? 'balks at escalation' : '',
                  ]
                    .filter(Boolean)
                    .join('; ')}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>
    <section class="card" aria-labelledby="constraints-title">
      <h3 id="constraints-title">Constraints you work under</h3>
      <ul>
        ${s.scenario!.constraints.map((c) => html`<li>${c.text} <span class="source">${sourceText(c.source)}</span></li>`)}
      </ul>
    </section>
  `;
}
