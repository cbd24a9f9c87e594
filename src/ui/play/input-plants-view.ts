/**
 * Explosive fill and propellant: what every Western line draws on, how many shells the allies' supply
 * is enough for, and the plants a nation can pay for that add to it (play-test: every line was capped
 * by explosive fill and no lever could move it).
 */
import { html } from 'lit-html';
import { inputPlantCostEur, monthLabel, nationSpec, productsWithRole, type GameState } from '../../sim';
import { fmt, fmtEur } from '../common/format';
import type { SessionState } from '../store';
import { LOCKED_LABEL, LOCKED_WHY, leverLocked } from './lever-lock';

export function inputPlantsView(s: SessionState, st: GameState) {
  const c = s.game!.getState().content;
  if (!c.inputPlants.length) return '';
  const payer = st.nations.find((n) => n.id === s.acting);
  const locked = leverLocked(s, 'fundInputPlant');
  const shell = productsWithRole(c, 'artillery')[0];
  // What each input is enough for, in the first artillery product: the tightest of them caps every line together.
  const enough = c.inputs
    .filter((i) => shell && (shell.inputsPerUnit[i.id] ?? 0) > 0)
    .map((i) => ({ input: i, shells: Math.floor((st.inputs.supplyPerMonth[i.id] ?? 0) / shell!.inputsPerUnit[i.id]!) }));
  const tightest = enough.reduce<(typeof enough)[number] | undefined>((a, x) => (!a || x.shells < a.shells ? x : a), undefined);
  return html`<details class="card plants-card" data-testid="input-plants">
    <summary>
      <h3>Explosive and propellant (paid by ${nationSpec(c, s.acting)?.name})</h3>
      <span class="hint"
        >${tightest ? `enough for ${fmt(tightest.shells)} ${shell!.plural} a month; ${tightest.input.name} binds` : ''}${
          locked ? `${tightest ? '; ' : ''}new plants ${LOCKED_WHY}` : ''
        }</span
      >
    </summary>
    <p class="hint">
      ${enough
        .map((x) => `${x.input.name}: ${fmt(st.inputs.supplyPerMonth[x.input.id] ?? 0)} ${x.input.unit} a month, enough for ${fmt(x.shells)} ${shell!.plural}`)
        .join(' · ')}.
      A plant adds to the supply for good once built; more of one input helps only up to the next tightest.
    </p>
    <ul class="plants">
      ${c.inputPlants.map((p) => {
        const funded = st.inputs.plants.find((x) => x.id === p.id);
        const input = c.inputs.find((i) => i.id === p.input);
        const ready = st.month + p.buildMonths;
        const cost = inputPlantCostEur(c, payer, p.id);
        return html`<li>
          <div><strong>${p.name}</strong> <span class="hint">(${nationSpec(c, p.nationId)?.name ?? p.nationId})</span></div>
          <div>
            +${fmt(p.addsPerMonth)} ${input?.unit} ${input?.name} a
            month${shell && shell.inputsPerUnit[p.input] ? ` (${fmt(Math.floor(p.addsPerMonth / shell.inputsPerUnit[p.input]!))} ${shell.plural})` : ''} ·
            ${
              funded
                ? funded.open
                  ? 'open'
                  : `funded by ${nationSpec(c, funded.nationId)?.name}, opens ${monthLabel(funded.readyMonth)}`
                : `${fmtEur(cost)} · ${ready > c.endMonth ? `would open ${monthLabel(ready)}, after the game ends` : `opens ${monthLabel(ready)}`}`
            }
          </div>
          ${
            funded
              ? ''
              : html`<button
                  ?disabled=${locked}
                  @click=${() => s.order({ kind: 'fundInputPlant', actor: s.acting, plantId: p.id })}
                  aria-label="Fund ${p.name} for ${fmtEur(cost)}, opening ${monthLabel(ready)}${locked ? `, ${LOCKED_WHY}` : ''}"
                >
                  ${locked ? LOCKED_LABEL : 'Fund plant'}
                </button>`
          }
        </li>`;
      })}
    </ul>
  </details>`;
}
