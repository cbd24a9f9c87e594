/** The standing orders in one list: what each repeats, what it gave this month (or why it was skipped), and a way to cancel it. */
import { html } from 'lit-html';
import { namesFor } from '../../share/text/messages';
import { issuedText, skippedText, standingText } from '../../share/text/orders';
import type { StandingOrder } from '../../store/standing-orders';
import { turnWord } from '../common/turn-text';
import type { SessionState } from '../store';

export function standingOrdersView(s: SessionState) {
  const g = s.game!.getState();
  const names = namesFor(g.content, g.preview.state);
  const turn = turnWord(g.content);
  const issued = (st: StandingOrder) => {
    const issue = g.standingIssued.find((i) => i.standing.id === st.id);
    if (!issue) return html`<span class="hint">· given by hand this ${turn}; repeats from the next</span>`;
    return html`<span class="hint">· ${issuedText(st, issue.results, names, turn)}</span>
      ${issue.results.filter((r) => !r.ok).map((r) => html`<span class="error" role="status">${skippedText(r, names)}</span>`)}`;
  };
  return html`<section class="card" aria-labelledby="standing-title" data-testid="standing-orders">
    <h3 id="standing-title">Standing orders</h3>
    ${
      g.standing.length
        ? html`<ul class="standing">
              ${g.standing.map((st) => {
                const text = standingText(st, names, turn);
                return html`<li>
                  <span>${text}</span> ${issued(st)}
                  <button aria-label="Cancel standing order: ${text}" @click=${() => s.cancelStanding(st.id)}>Cancel</button>
                </li>`;
              })}
            </ul>
            ${
              // Said when one is new this turn; after that its line says what it gave (thorough student: the same 25 words every turn).
              g.standing.some((st) => !g.standingIssued.some((i) => i.standing.id === st.id))
                ? html`<p class="hint">
                    Given again at the start of each ${turn}, as ordinary orders. Cancelling stops the ${turn}s after; this ${turn}'s orders stay (Undo takes
                    them back).
                  </p>`
                : ''
            }`
        : html`<p class="hint">None. Tick "Repeat every ${turn} until cancelled" when you send from stocks on the Decisions tab.</p>`
    }
  </section>`;
}
