/**
 * "Send every ally down to its readiness floor", one product at a time: a
 * button, then the plan: its total, to confirm or cancel, above one compact
 * list of what each nation sends and keeps, or why it is left out.
 */
import { html } from 'lit-html';
import { namesFor } from '../../share/text/messages';
import { drawdownsGivenText, floorStepText, floorTotalText } from '../../share/text/orders';
import type { Order, OrderResult, ProductId } from '../../sim';
import { floorPlan, type FloorStep } from '../../store/readiness-floor';
import type { GameStoreState } from '../../store/game-store';
import { say } from '../common/format';
import { turnWord } from '../common/turn-text';
import type { SessionState } from '../store';

// Worked out once per state of the month's orders (a new pending list each time they change), not on every frame.
const plans = new WeakMap<readonly Order[], Map<ProductId, FloorStep[]>>();
function planOf(g: GameStoreState, product: ProductId): FloorStep[] {
  const byProduct = plans.get(g.pending) ?? new Map<ProductId, FloorStep[]>();
  plans.set(g.pending, byProduct);
  const plan = byProduct.get(product) ?? floorPlan(g, product);
  byProduct.set(product, plan);
  return plan;
}

export function floorPlanView(s: SessionState) {
  const g = s.game!.getState();
  if (g.seat.length < 2) return '';
  const product = g.content.products.find((p) => p.id === s.floorPlanFor);
  return html`<section class="card" aria-labelledby="alliance-title">
    <h3 id="alliance-title">Alliance-wide</h3>
    ${
      // Said before the first turn; after that the plan itself shows who sends and who is left out.
      g.history.length === 0
        ? html`<p class="hint">
            Each ally sends what it holds above its readiness floor: no capital spent, no floor crossed. One whose aid is frozen or who balks at escalation is
            left out.
          </p>`
        : ''
    }
    ${
      product
        ? planView(s, g, product.id, product.plural)
        : html`<div class="row">
            ${g.content.products.map((p) => html`<button @click=${() => s.openFloorPlan(p.id)}>Send every ally down to its readiness floor: ${p.plural}…</button>`)}
          </div>`
    }
    ${resultsView(s, s.allianceResults)}
  </section>`;
}

function planView(s: SessionState, g: GameStoreState, product: ProductId, plural: string) {
  const names = namesFor(g.content, g.preview.state);
  const steps = planOf(g, product);
  const sending = steps.filter((x) => x.result.ok);
  const units = sending.reduce((sum, x) => sum + x.amount, 0);
  // The total and Confirm first, the list after: below twelve nations' lines, Confirm sat under the fold at 1366 × 768 and a
  // trainer found no way to confirm (trainer play-test).
  return html`<div role="group" id="floor-plan" tabindex="-1" aria-labelledby="floor-plan-title" data-testid="floor-plan">
    <h4 id="floor-plan-title">Every ally down to its readiness floor: ${plural}</h4>
    <p><strong>In all: ${floorTotalText(product, units, sending.length, names)}</strong></p>
    <label class="check"
      ><input type="checkbox" .checked=${s.floorRepeat} @change=${(e: Event) => s.setFloorRepeat((e.target as HTMLInputElement).checked)} /> Repeat every
      ${turnWord(s.game!.getState().content)} until cancelled</label
    >
    <div class="row actions">
      <button class="primary" ?disabled=${sending.length === 0 && !s.floorRepeat} @click=${() => s.confirmFloorPlan()}>Confirm</button>
      <button @click=${() => s.closeFloorPlan()}>Cancel</button>
    </div>
    ${
      steps.length
        ? html`<ul class="compact" aria-label="What each ally sends and keeps">
            ${steps.map((x) => html`<li class=${x.result.ok ? '' : 'error'}>${floorStepText(x, names)}</li>`)}
          </ul>`
        : html`<p>No nation played here holds more than its readiness floor.</p>`
    }
  </div>`;
}

/** What the confirmed plan's orders got: how much went, then each refusal with its reason. */
function resultsView(s: SessionState, results: readonly OrderResult[]) {
  if (!results.length) return '';
  const g = s.game!.getState();
  const names = { content: g.content, game: g.preview.state };
  return html`<ul class="compact" role="status" data-testid="alliance-results">
    <li class="ok">✔ ${drawdownsGivenText(results, namesFor(g.content, g.preview.state))}</li>
    ${results.filter((r) => !r.ok).map((r) => html`<li class="error">✘ ${say(r.message, names)}</li>`)}
  </ul>`;
}
