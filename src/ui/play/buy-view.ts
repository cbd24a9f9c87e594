/** Buying from firms: each firm's asking price, free capacity and lead time, and the way into a negotiation. */
import { html } from 'lit-html';
import { addableCapacity, askPriceEur, freeCapacity, leadMonths, type GameState, type Offer } from '../../sim';
import { fmt, fmtEur } from '../common/format';
import type { SessionState } from '../store';

export function buyView(s: SessionState, st: GameState) {
  const c = s.game!.getState().content;
  const rows = c.firms.flatMap((f) => c.products.filter((p) => (f.basePriceEur[p.id] ?? 0) > 0).map((p) => ({ f, p })));
  return html`<section aria-labelledby="buy-title" class="card">
    <h3 id="buy-title">Buy from firms</h3>
    <table>
      <thead>
        <tr>
          <th scope="col">Firm</th>
          <th scope="col">Product</th>
          <th scope="col">Asks (2-year order)</th>
          <th scope="col">Free a month</th>
          <th scope="col">Lead time</th>
          <th scope="col"><span class="sr-only">Action</span></th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(({ f, p }, i) => {
          // The price the acting nation would be asked for a plain two-year order.
          const probe: Offer = {
            firmId: f.id,
            product: p.id,
            buyers: [{ nationId: s.acting, shareBp: 10000 }],
            perMonth: 1,
            months: 24,
            unitPriceEur: 0,
            advanceBp: 0,
            capacityClause: false,
            indexed: false,
            deliverTo: 'ukraine',
          };
          const free = freeCapacity(st, f, p.id);
          return html`<tr>
            <td>${f.name}</td>
            <td>${p.plural}</td>
            <td>${fmtEur(askPriceEur(c, st, f, probe))}</td>
            <td>${fmt(free)}${free === 0 && addableCapacity(c, st, f, p.id) > 0 ? html` <span class="hint">(needs a new line)</span>` : ''}</td>
            <td>${leadMonths(c, st, f, p.id)} months</td>
            <td>
              <button
                data-tutorial=${i === 0 ? 'negotiate' : ''}
                @click=${() => s.openNegotiation(f.id, p.id)}
                aria-label="Negotiate ${p.plural} with ${f.name}"
              >
                Negotiate…
              </button>
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </section>`;
}
