/** "Orders this month": every nation's pending orders on one screen, a row per nation in plain words, each nation's last one undoable here. */
import { html } from 'lit-html';
import { monthLabel, TRAINER, turnEndMonth } from '../../sim';
import { count, fmt, possessive } from '../common/format';
import { namesFor } from '../../share/text/messages';
import { someOf } from '../../share/text/objectives';
import { turnWord } from '../common/turn-text';
import type { SessionState } from '../store';
import { monthOrders, ownPending, stockSends, type StockSends } from './month-orders';

/** Senders named on a line of sends; the rest are counted. */
const NAMED_SENDERS = 3;

export function monthOrdersView(s: SessionState) {
  const g = s.game!.getState();
  const sends = stockSends(g);
  const groups = monthOrders(g, sends);
  const names = namesFor(g.content, g.preview.state);
  const turn = turnWord(g.content);
  // A turn of several months is named by them all (play-test: "this turn (Feb 2023)" for Feb–Jul 2023).
  const end = turnEndMonth(g.content, g.game.month);
  const months = end > g.game.month ? `${monthLabel(g.game.month)}–${monthLabel(end)}` : monthLabel(g.game.month);
  const { own, trainer } = ownPending(g);
  const fromTrainer = trainer ? `, and ${count(trainer, 'order')} of your trainer's` : '';
  return html`<section class="card" aria-labelledby="month-orders-title" data-testid="month-orders">
    <h3 id="month-orders-title">Orders this ${turn} (${months}): ${count(own, 'order')}${fromTrainer}</h3>
    ${
      groups.length + sends.length === 0
        ? html`<p class="hint">No orders yet this ${turn}.</p>`
        : html`<table class="month-orders">
            <caption class="sr-only">
              Each nation's orders this ${turn}
            </caption>
            <tbody>
              ${sends.map((x) => sendsRow(s, x, names.product(x.product, x.total)))}
              ${groups.map(
                (x) =>
                  html`<tr>
                    <th scope="row">${x.nation}</th>
                    <td>
                      <ul class="compact">
                        ${x.lines.map((l) => html`<li>${l.text}${l.standing ? html` <span class="tag">standing order</span>` : ''}</li>`)}
                      </ul>
                    </td>
                    <td>
                      ${
                        x.nationId === TRAINER && g.trainerOrdersFromServer
                          ? html`<span class="hint">given by your trainer</span>`
                          : html`<button aria-label="Undo ${possessive(x.nation)} last order" @click=${() => s.undoFor(x.nationId)}>
                              ${x.lines.length > 1 ? 'Undo the last' : 'Undo'}
                            </button>`
                      }
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
  </section>`;
}

/** "155 mm shells: 1,246,050 from 11 nations (United States 910,000, Rest of NATO 162,500, United Kingdom 58,500 and 8 more)". */
function sendsRow(s: SessionState, x: StockSends, product: string) {
  const who = someOf(
    x.senders.map((n) => `${n.nation} ${fmt(n.amount)}`),
    NAMED_SENDERS,
  );
  return html`<tr data-testid="stock-sends">
    <th scope="row">Sent from stocks to Ukraine</th>
    <td>
      <ul class="compact">
        <li>
          ${product}: ${fmt(x.total)} from ${count(x.senders.length, 'nation')} (${who})${x.standing ? html` <span class="tag">standing order</span>` : ''}
        </li>
      </ul>
    </td>
    <td><button aria-label="Undo these ${x.orders.length} sends of ${product}" @click=${() => s.withdrawSends(x.orders)}>Undo</button></td>
  </tr>`;
}
