/** Sending from a nation's own stocks: a slider per product, with what it leaves and what it costs below the floors, once or every month. */
import { html } from 'lit-html';
import { drawdownCost, monthLabel, nationSpec, productsWithRole, rateAt, type GameState } from '../../sim';
import { turnWord } from '../common/turn-text';
import { fmt, possessive } from '../common/format';
import { pathAheadText } from '../../share/text/path-ahead';
import type { SessionState } from '../store';
import { repeatKey } from './alliance-slice';
import { LOCKED_LABEL, LOCKED_WHY, floorLocked, leverLocked } from './lever-lock';

export function drawdownView(s: SessionState, st: GameState) {
  const c = s.game!.getState().content;
  const n = st.nations.find((x) => x.id === s.acting)!;
  const spec = nationSpec(c, n.id)!;
  const frozen = n.aidFrozenUntil >= st.month;
  const locked = leverLocked(s, 'drawdown', n.id);
  const aboveFloor = floorLocked(s, n.id);
  return html`<section aria-labelledby="draw-title" class="card" data-tutorial="drawdown">
    <h3 id="draw-title">Send from ${possessive(spec.name)} stocks</h3>
    ${ukraineFireLine(s, st)}
    ${
      // An aid freeze refuses every drawdown (politics.ts): said here, before a slider is moved, not after Send.
      frozen
        ? html`<p class="error" role="status" data-testid="aid-frozen">
            ${possessive(spec.name)} aid is frozen through ${monthLabel(n.aidFrozenUntil)}: it can send from its stocks again in
            ${monthLabel(n.aidFrozenUntil + 1)}.
          </p>`
        : ''
    }
    ${c.products.map((p) => {
      const stock = n.stock[p.id] ?? 0;
      const floor = aboveFloor ? Math.max(spec.hardFloor[p.id] ?? 0, spec.readinessFloor[p.id] ?? 0) : (spec.hardFloor[p.id] ?? 0);
      const max = Math.max(0, stock - floor);
      const id = `draw-${p.id}`;
      // The slider's value is view state in the session, never read back from the page.
      // Frozen, nothing can be sent: a draft from before reads 0 (student play-test: the disabled slider showed "134,000 now").
      const amount = frozen ? 0 : Math.min(s.drawDraft[p.id] ?? 0, max);
      const { capital, belowFloor } = drawdownCost(c, n, p.id, amount);
      return html`<div class="drawdown">
        <label for=${id}>${p.plural} to send</label>
        <input
          type="range"
          id=${id}
          ?disabled=${frozen}
          min="0"
          max=${max}
          step=${p.minOrderPerMonth * 2}
          .value=${String(amount)}
          @input=${(e: Event) => s.setDrawDraft(p.id, Number((e.target as HTMLInputElement).value))}
          aria-describedby="${id}-effect"
        />
        <output id="${id}-effect" for=${id}
          >${fmt(amount)} now · stock after ${fmt(stock - amount)} (readiness floor ${fmt(spec.readinessFloor[p.id] ?? 0)}, hard floor
          ${fmt(spec.hardFloor[p.id] ?? 0)})${aboveFloor ? ` · your trainer keeps ${possessive(spec.name)} stocks at the readiness floor or above` : ''}${capital ? ` · ${fmt(belowFloor)} below the floor: costs ${capital} political capital and support` : ''}</output
        >
        <label class="check"
          ><input
            type="checkbox"
            .checked=${s.drawRepeat[repeatKey(n.id, p.id)] === true}
            @change=${(e: Event) => s.setDrawRepeat(p.id, (e.target as HTMLInputElement).checked)}
          />
          Repeat every ${turnWord(c)} until cancelled<span class="sr-only">: ${p.plural}</span></label
        >
        <button ?disabled=${amount === 0 || frozen || locked} @click=${() => s.sendDrawdown(p.id, amount)}>
          ${locked ? html`${LOCKED_LABEL}<span class="sr-only">: sending ${p.plural} is ${LOCKED_WHY}</span>` : `Send ${p.plural}`}
        </button>
      </div>`;
    })}
  </section>`;
}

/**
 * Why a large sending does not lift this month's fire: Ukraine fires what its
 * doctrine asks (content.ukraine.fireDemandPath) and banks the rest.
 */
function ukraineFireLine(s: SessionState, st: GameState) {
  const c = s.game!.getState().content;
  const artillery = productsWithRole(c, 'artillery')[0];
  if (!artillery) return '';
  // Why a stock sent now is not wasted is said in the first turn; after that the figures alone (the same sentence every turn was read every turn).
  const first = s.game!.getState().history.length === 0;
  return html`<p class="hint" data-testid="ukraine-fire">
    Ukraine fires up to about ${fmt(rateAt(c.ukraine.fireDemandPath, st.month))} ${artillery.plural} a
    month${pathAheadText(c.ukraine.fireDemandPath, st.month, c.monthsPerTurn)} and holds
    ${fmt(st.ukraine.stock[artillery.id] ?? 0)}${first ? ': what it cannot fire now waits in its stock for the months after' : ''}.
  </p>`;
}
