/**
 * What the dialog says before a round is sent: the likely answer, the firm's
 * price as a range with where the draft stands, the firm's other conditions,
 * and what each unused term would take off. The exact price is never shown
 * here: it takes a round to learn (GAME.md §5).
 */
import { html } from 'lit-html';
import type { Message, MessageId } from '../../sim';
import { fmtEur, say } from '../common/format';
import type { SessionState } from '../store';
import type { Negotiation } from './negotiation-slice';

/** Reasons that carry the exact price: left out of the forecast. */
const PRICE_REASONS = new Set<MessageId>(['firm.price', 'firm.priceInsult', 'firm.accepts', 'firm.termCredit', 'firm.lever']);

/** The answer to expect, in words, from the firm's other conditions and where the price stands. */
function likelyAnswer(n: Negotiation, conditions: readonly Message[]): string {
  const a = n.forecast.answer!;
  const insultOnly = a.verdict === 'reject' && conditions.every((r) => r.id !== 'firm.noTrust' && r.id !== 'firm.noCapacity');
  if (a.verdict === 'reject') return insultOnly ? 'rejected: the price is far below its range' : 'rejected';
  const where = n.price.offer;
  const otherTerms = conditions.some((r) => r.id !== 'firm.walkedAway');
  if (where === 'below') return 'a counter-offer at a higher price' + (otherTerms ? ' and other terms' : '');
  if (otherTerms) return where === 'within' ? 'a counter-offer on its terms, perhaps a little higher' : 'a counter-offer on its terms';
  return where === 'within' ? 'acceptance, or a counter-offer a little higher' : 'acceptance';
}

const STANDS = {
  below: 'your price is below it',
  within: 'your price is inside it',
  above: 'your price is at or above its top: it will not ask more, and you may pay more than you need',
} as const;

export function priceForecastView(s: SessionState, n: Negotiation) {
  const g = s.game!.getState();
  const names = { content: g.content, game: g.preview.state };
  const result = n.forecast;
  if (!result.answer) return html`<span class="hint">Sending this offer now:</span> <strong>refused</strong>: ${say(result.message, names)}.`;
  const conditions = result.answer.reasons.filter((r) => !PRICE_REASONS.has(r.id));
  return html`<span class="hint">Likely answer:</span> <strong>${likelyAnswer(n, conditions)}</strong>.
    <span data-testid="price-range"
      >Its price is likely between ${fmtEur(n.price.lowEur)} and ${fmtEur(n.price.highEur)} a unit; ${STANDS[n.price.offer]}.</span
    >
    <ul>
      ${conditions.map((r) => html`<li>${say(r, names)}</li>`)}
      ${n.levers.map(
        (l) =>
          html`<li class="lever">
            ${say({ id: 'firm.lever', params: { term: l.term, savesEur: l.savesEur, months: l.months, advanceBp: l.advanceBp } }, names)}
          </li>`,
      )}
    </ul>`;
}
