/**
 * The negotiation dialog: build an offer, see the firm's likely answer as the
 * terms change, send a round (each round is a recorded order), then accept a
 * counter-offer or walk away. Pooled orders add other nations as buyers.
 */
import { html } from 'lit-html';
import { firmSpec, leadMonths, monthLabel, nationSpec, productSpec, type Buyer, type Offer } from '../../sim';
import type { Session, SessionState } from '../session';
import { modal } from './modal';
import { fmt, fmtEur, say } from './format';

const num = (e: Event) => Number((e.target as HTMLInputElement).value);

function poolWith(draft: Offer, nationId: string, on: boolean): Buyer[] {
  const ids = draft.buyers.map((b) => b.nationId).filter((id) => id !== nationId);
  if (on) ids.push(nationId);
  const share = Math.floor(10000 / ids.length);
  return ids.map((id, i) => ({ nationId: id, shareBp: i === 0 ? 10000 - share * (ids.length - 1) : share }));
}

export function negotiationView(s: SessionState, a: Session) {
  const n = s.negotiation;
  if (!n) return '';
  const g = s.game!.getState();
  const st = g.preview.state;
  const c = g.content;
  const firm = firmSpec(c, n.draft.firmId)!;
  const product = productSpec(c, n.draft.product)!;
  const d = n.draft;
  const likely = a.previewAnswer();
  const total = d.perMonth * d.months * d.unitPriceEur;
  const unit = product.plural;
  const rounds = st.offersThisTurn[`${d.firmId}:${s.acting}`] ?? 0;
  const names = { content: c, game: st };
  return modal(
    { titleId: 'neg-title', className: 'negotiation', onClose: () => a.closeNegotiation() },
    html`
      <h2 id="neg-title">Negotiate with ${firm.name}</h2>
      <p class="hint">
        ${firm.name} wants about ${Math.floor(firm.guaranteeMonths / 12)} years of orders before it builds new capacity. Order book:
        ${leadMonths(c, st, firm, d.product)} months. Rounds used this month: ${rounds} of ${c.rules.maxOffersPerFirmPerTurn}.
      </p>
      <form
        class="offer"
        novalidate
        @submit=${(e: Event) => {
          e.preventDefault();
          a.sendOffer();
        }}
      >
        <label
          >${unit} a month
          <input
            type="number"
            name="perMonth"
            min="1"
            step=${product.minOrderPerMonth}
            .value=${String(d.perMonth)}
            @input=${(e: Event) => a.updateDraft({ perMonth: num(e) })}
            autofocus
        /></label>
        <label
          >Months
          <input type="range" name="months" min="1" max="120" .value=${String(d.months)} @input=${(e: Event) => a.updateDraft({ months: num(e) })} /><output
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
            @input=${(e: Event) => a.updateDraft({ unitPriceEur: num(e) })}
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
            @input=${(e: Event) => a.updateDraft({ advanceBp: num(e) })}
          /><output>${d.advanceBp / 100} % now (${fmtEur(Math.floor((total * d.advanceBp) / 10000))})</output></label
        >
        <label class="check"
          ><input
            type="checkbox"
            .checked=${d.capacityClause}
            @change=${(e: Event) => a.updateDraft({ capacityClause: (e.target as HTMLInputElement).checked })}
          />
          Capacity clause: the firm builds a line if the order needs one</label
        >
        <label class="check"
          ><input type="checkbox" .checked=${d.indexed} @change=${(e: Event) => a.updateDraft({ indexed: (e.target as HTMLInputElement).checked })} /> Indexed
          price (+3 % a year)</label
        >
        <label
          >Deliver to
          <select @change=${(e: Event) => a.updateDraft({ deliverTo: (e.target as HTMLSelectElement).value as Offer['deliverTo'] })}>
            <option value="ukraine" ?selected=${d.deliverTo === 'ukraine'}>Ukraine</option>
            <option value="stock" ?selected=${d.deliverTo === 'stock'}>our own stocks</option>
          </select>
        </label>
        <fieldset>
          <legend>Pooled order (volume price; every buyer pays its share)</legend>
          ${st.nations
            .filter((x) => x.id !== d.buyers[0]?.nationId && g.humanNations.includes(x.id))
            .map(
              (x) =>
                html`<label class="check"
                  ><input
                    type="checkbox"
                    .checked=${d.buyers.some((b) => b.nationId === x.id)}
                    @change=${(e: Event) => a.updateDraft({ buyers: poolWith(d, x.id, (e.target as HTMLInputElement).checked) })}
                  />
                  ${nationSpec(c, x.id)?.name}</label
                >`,
            )}
        </fieldset>
        <p>
          Total value ${fmtEur(total)} · ${fmtEur(d.perMonth * d.unitPriceEur)} a month · first deliveries about
          ${monthLabel(st.month + leadMonths(c, st, firm, d.product))} from existing lines.
        </p>
        ${s.lastResult && !s.lastResult.ok ? html`<p class="error" role="alert">${say(s.lastResult.message, names)}</p>` : ''}
        ${likely && !n.answer ? html`<p class="hint" aria-live="polite">Likely answer: <strong>${likely.verdict}</strong>, asks ${fmtEur(likely.askPriceEur)}.</p>` : ''}
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
              ? html`<button type="button" class="primary" @click=${() => a.closeNegotiation()}>Done</button>`
              : html`<button type="submit" class="primary">Send offer</button>
                  ${n.answer?.counter ? html`<button type="button" @click=${() => a.acceptCounter()}>Accept counter-offer</button>` : ''}
                  <button type="button" @click=${() => a.closeNegotiation()}>Walk away</button>`
          }
        </div>
      </form>
    `,
  );
}
