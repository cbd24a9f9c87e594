/**
 * The negotiation dialog: build an offer, see the firm's likely answer as the
 * terms change, send a round (each round is a recorded order), then accept a
 * counter-offer or walk away. Pooled orders add other nations as buyers.
 */
import { html } from 'lit-html';
import { firmSpec, leadMonths, monthLabel, nationSpec, productSpec, type Buyer, type DeepReadonly, type FirmSpec, type Offer } from '../../sim';
import { fmt, fmtEur, say } from '../common/format';
import { closeDialog, dialog } from '../common/dialog';
import type { SessionState } from '../store';
import type { Negotiation } from './negotiation-slice';

const num = (e: Event) => Number((e.target as HTMLInputElement).value);
const checked = (e: Event) => (e.target as HTMLInputElement).checked;

function poolWith(draft: Offer, nationId: string, on: boolean): Buyer[] {
  const ids = draft.buyers.map((b) => b.nationId).filter((id) => id !== nationId);
  if (on) ids.push(nationId);
  const share = Math.floor(10000 / ids.length);
  return ids.map((id, i) => ({ nationId: id, shareBp: i === 0 ? 10000 - share * (ids.length - 1) : share }));
}

export function negotiationView(s: SessionState) {
  const n = s.negotiation;
  if (!n) return '';
  const g = s.game!.getState();
  const st = g.preview.state;
  const c = g.content;
  const firm = firmSpec(c, n.draft.firmId)!;
  const rounds = st.offersThisTurn[`${n.draft.firmId}:${s.acting}`] ?? 0;
  return dialog(
    { titleId: 'neg-title', className: 'negotiation', onClose: () => s.closeNegotiation() },
    html`
      <h2 id="neg-title">Negotiate with ${firm.name}</h2>
      <p class="hint">
        ${firm.name} wants about ${Math.floor(firm.guaranteeMonths / 12)} years of orders before it builds new capacity. Order book:
        ${leadMonths(c, st, firm, n.draft.product)} months. Rounds used this month: ${rounds} of ${c.rules.maxOffersPerFirmPerTurn}.
      </p>
      <form
        class="offer"
        novalidate
        @submit=${(e: Event) => {
          e.preventDefault();
          s.sendOffer();
        }}
      >
        ${termsView(s, n.draft)} ${poolView(s, n.draft)} ${outcomeView(s, n, firm)}
      </form>
    `,
  );
}

/** The offer's terms: quantity, length, price, advance, clauses and where it is delivered. */
function termsView(s: SessionState, d: Offer) {
  const product = productSpec(s.game!.getState().content, d.product)!;
  const total = d.perMonth * d.months * d.unitPriceEur;
  return html`<label
      >${product.plural} a month
      <input
        type="number"
        name="perMonth"
        min="1"
        step=${product.minOrderPerMonth}
        .value=${String(d.perMonth)}
        @input=${(e: Event) => s.updateDraft({ perMonth: num(e) })}
        autofocus
    /></label>
    <label
      >Months <input type="range" name="months" min="1" max="120" .value=${String(d.months)} @input=${(e: Event) => s.updateDraft({ months: num(e) })} /><output
        >${d.months} months (${(d.months / 12).toFixed(1)} years)</output
      ></label
    >
    <label
      >Price per unit (€)
      <input
        type="number"
        name="price"
        min="1"
        step=${d.product === 'shell' ? 50 : 5000}
        .value=${String(d.unitPriceEur)}
        @input=${(e: Event) => s.updateDraft({ unitPriceEur: num(e) })}
    /></label>
    <label
      >Advance payment
      <input
        type="range"
        name="advance"
        min="0"
        max="5000"
        step="500"
        .value=${String(d.advanceBp)}
        @input=${(e: Event) => s.updateDraft({ advanceBp: num(e) })}
      /><output>${d.advanceBp / 100} % now (${fmtEur(Math.floor((total * d.advanceBp) / 10000))})</output></label
    >
    <label class="check"
      ><input type="checkbox" .checked=${d.capacityClause} @change=${(e: Event) => s.updateDraft({ capacityClause: checked(e) })} /> Capacity clause: the firm
      builds a line if the order needs one</label
    >
    <label class="check"
      ><input type="checkbox" .checked=${d.indexed} @change=${(e: Event) => s.updateDraft({ indexed: checked(e) })} /> Indexed price (+3 % a year)</label
    >
    <label
      >Deliver to
      <select @change=${(e: Event) => s.updateDraft({ deliverTo: (e.target as HTMLSelectElement).value as Offer['deliverTo'] })}>
        <option value="ukraine" ?selected=${d.deliverTo === 'ukraine'}>Ukraine</option>
        <option value="stock" ?selected=${d.deliverTo === 'stock'}>our own stocks</option>
      </select>
    </label>`;
}

/** Other nations played here can join the order and pay their share. */
function poolView(s: SessionState, d: Offer) {
  const g = s.game!.getState();
  return html`<fieldset>
    <legend>Pooled order (volume price; every buyer pays its share)</legend>
    ${g.preview.state.nations
      .filter((x) => x.id !== d.buyers[0]?.nationId && g.humanNations.includes(x.id))
      .map(
        (x) =>
          html`<label class="check"
            ><input
              type="checkbox"
              .checked=${d.buyers.some((b) => b.nationId === x.id)}
              @change=${(e: Event) => s.updateDraft({ buyers: poolWith(d, x.id, checked(e)) })}
            />
            ${nationSpec(g.content, x.id)?.name}</label
          >`,
      )}
  </fieldset>`;
}

/** The offer's value, the firm's likely or actual answer, and the buttons that go on from there. */
function outcomeView(s: SessionState, n: Negotiation, firm: DeepReadonly<FirmSpec>) {
  const g = s.game!.getState();
  const st = g.preview.state;
  const c = g.content;
  const d = n.draft;
  const names = { content: c, game: st };
  const unit = productSpec(c, d.product)!.plural;
  return html`<p>
      Total value ${fmtEur(d.perMonth * d.months * d.unitPriceEur)} · ${fmtEur(d.perMonth * d.unitPriceEur)} a month · first deliveries about
      ${monthLabel(st.month + leadMonths(c, st, firm, d.product))} from existing lines.
    </p>
    ${s.lastResult && !s.lastResult.ok ? html`<p class="error" role="alert">${say(s.lastResult.message, names)}</p>` : ''}
    ${n.likely && !n.answer ? html`<p class="hint" aria-live="polite">Likely answer: <strong>${n.likely.verdict}</strong>, asks ${fmtEur(n.likely.askPriceEur)}.</p>` : ''}
    ${
      n.answer
        ? html`<div class="answer ${n.answer.verdict}" role="status" data-testid="firm-answer">
            <h3>
              ${firm.name}: ${n.answer.verdict === 'accept' ? 'accepted — contract signed' : n.answer.verdict === 'counter' ? 'counter-offer' : 'rejected'}
            </h3>
            <ul>
              ${n.answer.reasons.map((r) => html`<li>${say(r, names)}</li>`)}
            </ul>
            ${n.answer.counter ? html`<p>Counter: ${fmt(n.answer.counter.perMonth)} ${unit} a month for ${n.answer.counter.months} months at ${fmtEur(n.answer.counter.unitPriceEur)}${n.answer.counter.capacityClause ? ', with a capacity clause' : ''}${n.answer.counter.advanceBp ? `, ${n.answer.counter.advanceBp / 100} % advance` : ''}.</p>` : ''}
          </div>`
        : ''
    }
    <div class="row">
      ${
        n.answer?.verdict === 'accept'
          ? html`<button type="button" class="primary" @click=${closeDialog}>Done</button>`
          : html`<button type="submit" class="primary">Send offer</button>
              ${n.answer?.counter ? html`<button type="button" @click=${() => s.acceptCounter()}>Accept counter-offer</button>` : ''}
              <button type="button" @click=${closeDialog}>Walk away</button>`
      }
    </div>`;
}
