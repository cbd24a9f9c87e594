/** New plants a nation can pay for: capacity, cost and the earliest opening. */
import { html } from 'lit-html';
import {
  firmSpec,
  monthLabel,
  nationSpec,
  plantCostEur,
  productSpec,
  type DeepReadonly,
  type GameState,
  type PlantTemplate,
  type ScenarioContent,
} from '../../sim';
import { fmt, fmtEur } from '../common/format';
import type { SessionState } from '../store';
import { LOCKED_LABEL, LOCKED_WHY, leverLocked } from './lever-lock';

const plural = (c: ScenarioContent, id: string) => productSpec(c, id)?.plural ?? id;

/** When the soonest plant could open, and plainly when that is after the game's last month (a play-tester funded one that never made a shell). */
function opening(c: ScenarioContent, soonest: number): string {
  return soonest > c.endMonth
    ? `none would open before the game ends (${monthLabel(c.endMonth)}): the soonest, ${monthLabel(soonest)}`
    : `the first could open ${monthLabel(soonest)}`;
}

export function plantsView(s: SessionState, st: GameState) {
  const c = s.game!.getState().content;
  const payer = st.nations.find((n) => n.id === s.acting);
  const open = c.templates.filter((t) => !st.lines.some((l) => l.templateId === t.id));
  const soonest = Math.min(...open.map((t) => st.month + t.buildMonths));
  // Plants that would open only after the game's end fold under their count (a list of fifteen read about 400 words).
  const soon = open.filter((t) => st.month + t.buildMonths <= c.endMonth);
  const late = open.filter((t) => !soon.includes(t));
  const locked = leverLocked(s, 'fundPlant');
  // Folded: fifteen plants are a screen of reading, and a plant is a decision of a few turns, not of every one.
  // Its line says a lock first: "15 to fund" under a lock sent a student to open it (trainer play-test).
  return html`<details class="card plants-card" data-testid="plants">
    <summary>
      <h3 id="plants-title">New plants (paid by ${nationSpec(c, s.acting)?.name})</h3>
      <span class="hint"
        >${
          locked
            ? `${LOCKED_WHY}: none to fund`
            : open.length
              ? `${open.length} to fund, from ${fmtEur(Math.min(...open.map((t) => plantCostEur(c, payer, t))))}; ${opening(c, soonest)}`
              : 'none left to fund'
        }</span
      >
    </summary>
    <p class="hint">
      A state-funded plant needs no contract. Half of all plants slip ${c.rules.plantSlipMinMonths}–${c.rules.plantSlipMaxMonths} months; once open, a plant
      takes about two years to reach full rate.
    </p>
    <ul class="plants">
      ${(soon.length ? c.templates.filter((t) => !late.includes(t)) : c.templates).map((t) => plantItem(s, st, t, locked))}
    </ul>
    ${
      soon.length && late.length
        ? html`<details data-testid="late-plants">
            <summary>${late.length} more would open after the game ends (${monthLabel(c.endMonth)})</summary>
            <ul class="plants">
              ${late.map((t) => plantItem(s, st, t, locked))}
            </ul>
          </details>`
        : ''
    }
  </details>`;
}

/** A plant: being built, or to fund with its capacity, cost and earliest opening. */
/** `locked`: a class lock binds new plants for the acting nation (worked out once for the list). */
function plantItem(s: SessionState, st: GameState, t: DeepReadonly<PlantTemplate>, locked: boolean) {
  const c = s.game!.getState().content;
  const payer = st.nations.find((n) => n.id === s.acting);

  const cost = plantCostEur(c, payer, t);
  // A plant is one site: once it is being built (funded, or under a capacity clause) it is shown, not offered.
  const built = st.lines.find((l) => l.templateId === t.id);
  if (built)
    return html`<li>
      <div><strong>${t.plantName}</strong> <span class="hint">(${nationSpec(c, t.nationId)?.name ?? t.nationId}, ${firmSpec(c, t.firmId)?.name})</span></div>
      <div>${built.status === 'building' ? `being built, due ${monthLabel(built.readyMonth)}` : built.status}</div>
    </li>`;
  return html`<li>
    <div><strong>${t.plantName}</strong> <span class="hint">(${nationSpec(c, t.nationId)?.name ?? t.nationId}, ${firmSpec(c, t.firmId)?.name})</span></div>
    <div>
      ${fmt(t.capacityPerShift)} ${plural(c, t.product)} a month per shift · ${fmtEur(cost)} ·
      ${st.month + t.buildMonths > c.endMonth ? `would open ${monthLabel(st.month + t.buildMonths)} at the earliest, after the game ends` : `opens ${monthLabel(st.month + t.buildMonths)} at the earliest`}
    </div>
    <button
      ?disabled=${locked}
      @click=${() => s.order({ kind: 'fundPlant', actor: s.acting, templateId: t.id })}
      aria-label="Fund ${t.plantName} for ${fmtEur(cost)}, opening ${monthLabel(st.month + t.buildMonths)} at the earliest${locked ? `, ${LOCKED_WHY}` : ''}"
    >
      ${locked ? LOCKED_LABEL : 'Fund plant'}
    </button>
  </li>`;
}
