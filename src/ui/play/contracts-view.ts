/**
 * The signed contracts: the acting nation's, or the whole alliance's for the
 * coordinator. Each with its rate, what is delivered and left, its next
 * delivery (from the delivery outlook, the resolver's own rules), its cost,
 * and a Cancel button that gives a real cancel order, whose cost is said
 * before it is pressed (cancelCost, the rule the order applies).
 */
import { html } from 'lit-html';
import { cancelCost, deliveryOutlook, monthLabel, nationSpec, productSpec, type Contract, type GameState } from '../../sim';
import { namesFor } from '../../share/text/messages';
import { fmt, fmtBp, fmtEur, possessive } from '../common/format';
import type { SessionState } from '../store';
import { LOCKED_LABEL, LOCKED_WHY, leverLocked } from './lever-lock';

/** The buyer who cancels: the acting nation when it is one, else (for the coordinator) the first buyer played here. */
function canceller(s: SessionState, k: Contract): string {
  const humans = s.game!.getState().seat;
  if (k.buyers.some((b) => b.nationId === s.acting)) return s.acting;
  return k.buyers.find((b) => humans.includes(b.nationId))?.nationId ?? '';
}

function row(s: SessionState, st: GameState, k: Contract) {
  const c = s.game!.getState().content;
  const names = namesFor(c, st);
  const unit = productSpec(c, k.product)?.plural ?? k.product;
  const total = k.perMonth * k.months;
  const left = total - k.delivered;
  const next = deliveryOutlook(c, st, k.id);
  const who = canceller(s, k);
  const cost = cancelCost(c, k);
  const buyers = k.buyers.map((b) => nationSpec(c, b.nationId)?.name ?? b.nationId).join(', ');
  const locked = who !== '' && leverLocked(s, 'cancelContract', who);
  const label = `Cancel ${names.contract(k.id)} for ${names.nation(who)}: ${locked ? LOCKED_WHY : `a penalty of ${fmtEur(cost.penaltyEur)}${cost.advanceKeptEur ? `, and the ${fmtEur(cost.advanceKeptEur)} advance not yet delivered against is lost` : ''}`}`;
  return html`<tr data-testid="contract-${k.id}">
    <td class="firm-name">
      ${names.firm(k.firmId)} <span class="hint why">${unit} → ${k.deliverTo === 'ukraine' ? 'Ukraine' : 'stocks'} · ${buyers} · ${k.id}</span>
    </td>
    <td class="figure">${fmt(k.perMonth)}</td>
    <td><span class="figure">${fmt(k.delivered)}</span> <span class="hint why">of ${fmt(total)}</span></td>
    <td>${Math.ceil(left / k.perMonth)}</td>
    <td>
      ${next && next.firstMonth >= 0 ? html`${monthLabel(next.firstMonth)} <span class="hint why">${fmt(next.firstUnits)}</span>` : 'none before the game ends'}
    </td>
    <td><span class="figure">${fmtEur(k.unitPriceEur)}</span> <span class="hint why">${fmtEur(k.perMonth * k.unitPriceEur)} a month</span></td>
    <td>
      <button ?disabled=${!who || locked} title=${label} aria-label=${label} @click=${() => s.order({ kind: 'cancelContract', actor: who, contractId: k.id })}>
        ${locked ? LOCKED_LABEL : 'Cancel'}
      </button>
    </td>
  </tr>`;
}

export function contractsView(s: SessionState, st: GameState) {
  const g = s.game!.getState();
  const c = g.content;
  const alliance = g.seat.length > 1;
  const mine = (k: Contract) => k.buyers.some((b) => (alliance ? g.seat.includes(b.nationId) : b.nationId === s.acting));
  const listed = st.contracts.filter(mine);
  const active = listed.filter((k) => k.status === 'active');
  const done = listed.filter((k) => k.status === 'completed').length;
  const cancelled = listed.filter((k) => k.status === 'cancelled').length;
  return html`<section aria-labelledby="contracts-title" class="card" data-testid="contracts">
    <h3 id="contracts-title">Contracts ${alliance ? 'of the alliance' : `of ${nationSpec(c, s.acting)?.name}`}</h3>
    ${heldNotes(s, st, alliance ? g.seat : [s.acting])}
    ${
      active.length === 0
        ? html`<p>No active contracts · ${done} completed, ${cancelled} cancelled.</p>`
        : // Folded when long: a student reads the totals every turn, the rows when deciding to cancel (play-test: 200 words a turn).
          html`<details data-testid="contract-list" ?open=${active.length <= OPEN_UP_TO}>
            <summary>${totals(s, active)} · ${done} completed, ${cancelled} cancelled</summary>
            <p class="hint">
              Next delivery: when the firm's queue serves it next, if inputs and workers suffice and no plant slips. Cancelling stops every delivery for every
              buyer: the nation that cancels pays ${fmtBp(c.rules.cancelPenaltyBp)} of the value not yet delivered, the advance not yet delivered against stays
              with the firm, and the firm trusts it less.
            </p>
            <table>
              <thead>
                <tr>
                  <th scope="col">Firm</th>
                  <th scope="col">A month</th>
                  <th scope="col">Delivered</th>
                  <th scope="col">Months left</th>
                  <th scope="col">Next delivery</th>
                  <th scope="col">Cost a unit</th>
                  <th scope="col"><span class="sr-only">Action</span></th>
                </tr>
              </thead>
              <tbody>
                ${active.map((k) => row(s, st, k))}
              </tbody>
            </table>
          </details>`
    }
  </section>`;
}

/** A few contracts are shown at once; more fold under their totals. */
const OPEN_UP_TO = 3;

/** "4 active: 9,500 155 mm shells and 40 Stinger missiles a month, €41 m a month". */
function totals(s: SessionState, active: readonly Contract[]): string {
  const c = s.game!.getState().content;
  const rates = c.products
    .map((p) => ({ p, n: active.filter((k) => k.product === p.id).reduce((sum, k) => sum + k.perMonth, 0) }))
    .filter((x) => x.n > 0)
    .map((x) => `${fmt(x.n)} ${x.p.plural}`);
  const eur = active.reduce((sum, k) => sum + k.perMonth * k.unitPriceEur, 0);
  return `${active.length} active: ${rates.join(' and ')} a month, ${fmtEur(eur)} a month`;
}

/**
 * A frozen ally's deliveries for Ukraine wait in its depots (deliveries.ts) until the freeze ends (politics.ts): said by its
 * contracts, where a student looks for the shells that did not arrive (student play-test: only the full report said so).
 */
function heldNotes(s: SessionState, st: GameState, nationIds: readonly string[]) {
  const c = s.game!.getState().content;
  const held = (n: GameState['nations'][number]) => c.products.some((p) => (n.heldForUkraine[p.id] ?? 0) > 0);
  const forUkraine = (id: string) => st.contracts.some((k) => k.status === 'active' && k.deliverTo === 'ukraine' && k.buyers.some((b) => b.nationId === id));
  return st.nations
    .filter((n) => nationIds.includes(n.id) && n.aidFrozenUntil >= st.month && (held(n) || forUkraine(n.id)))
    .map((n) => {
      const waiting = c.products.filter((p) => (n.heldForUkraine[p.id] ?? 0) > 0).map((p) => `${fmt(n.heldForUkraine[p.id]!)} ${p.plural}`);
      return html`<p class="error" role="status" data-testid="aid-held-${n.id}">
        ${possessive(nationSpec(c, n.id)?.name ?? n.id)} aid is frozen through ${monthLabel(n.aidFrozenUntil)}: its contracts' deliveries for Ukraine wait in
        its depots${waiting.length ? ` (${waiting.join(' and ')} so far)` : ''} and go on to Ukraine in ${monthLabel(n.aidFrozenUntil + 1)}.
      </p>`;
    });
}
