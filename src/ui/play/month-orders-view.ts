/** "Orders this month": every nation's pending orders on one screen, a row per nation in plain words, each nation's last one undoable here. */
import { html } from 'lit-html';
import { monthLabel, TRAINER, turnEndMonth } from '../../sim';
import { count, possessive } from '../common/format';
import { turnWord } from '../common/turn-text';
import type { SessionState } from '../store';
import { monthOrders } from './month-orders';

export function monthOrdersView(s: SessionState) {
  const g = s.game!.getState();
  const groups = monthOrders(g);
  const turn = turnWord(g.content);
  // A turn of several months is named by them all (play-test: "this turn (Feb 2023)" for Feb–Jul 2023).
  const end = turnEndMonth(g.content, g.game.month);
  const months = end > g.game.month ? `${monthLabel(g.game.month)}–${monthLabel(end)}` : monthLabel(g.game.month);
  return html`<section class="card" aria-labelledby="month-orders-title" data-testid="month-orders">
    <h3 id="month-orders-title">Orders this ${turn} (${months}): ${count(g.pending.length, 'order')}</h3>
    ${
      groups.length === 0
        ? html`<p class="hint">No orders yet this ${turn}.</p>`
        : html`<table class="month-orders">
            <caption class="sr-only">
              Each nation's orders this ${turn}
            </caption>
            <tbody>
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
                          : html`<button aria-label="Undo ${possessive(x.nation)} last order" @click=${() => s.undoFor(x.nationId)}>Undo</button>`
                      }
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
  </section>`;
}
