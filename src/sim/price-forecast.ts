/**
 * What a buyer can know of a firm's price before sending a round: a range and
 * where the offer stands against it, not the price itself (GAME.md §5: a
 * negotiation, not a form). The range is about 12 % of the asking price wide,
 * and the price sits somewhere between its fifth and its four-fifths, at a
 * point fixed by the firm, product, buyer and month, so the middle of the
 * range does not give the price away and asking again in the same month
 * gives the same range. It is pure and changes no outcome.
 */
import type { ScenarioContent } from './content';
import { Hasher } from './hash';
import { applyBp } from './int-math';
import { evaluateOffer } from './negotiation';
import type { GameState, Offer } from './types';

/** Width of the range, in bp of the asking price. */
const WIDTH_BP = 1200;

export interface PriceForecast {
  lowEur: number;
  highEur: number;
  /** where the offer's price stands: below the range (the firm will ask more), inside it, or at or above its top (it covers the price) */
  offer: 'below' | 'within' | 'above';
}

/** A round step for a price: €100 for a shell's thousands, €10,000 for a missile's hundreds of thousands. */
function stepFor(eur: number): number {
  let step = 1;
  while (step * 100 < eur) step *= 10;
  return step;
}

/** Where in the range the price sits, in bp from its low end: 2000..8000. */
function placeBp(s: GameState, offer: Offer): number {
  const h = new Hasher()
    .str(offer.firmId)
    .str(offer.product)
    .str(offer.buyers[0]?.nationId ?? '')
    .int(s.month)
    .str(s.seed)
    .digest();
  return 2000 + (parseInt(h.slice(-4), 16) % 6001);
}

/** The range for the price the firm would ask on the terms it would sign (its counter's terms when it would change them). */
export function priceForecast(c: ScenarioContent, s: GameState, offer: Offer): PriceForecast {
  const ask = evaluateOffer(c, s, offer).askPriceEur;
  const width = applyBp(ask, WIDTH_BP);
  const step = stepFor(ask);
  const lowEur = Math.max(step, Math.floor((ask - applyBp(width, placeBp(s, offer))) / step) * step);
  const highEur = Math.max(lowEur + step, Math.ceil((lowEur + width) / step) * step, Math.ceil(ask / step) * step);
  const where = offer.unitPriceEur >= highEur ? 'above' : offer.unitPriceEur < lowEur ? 'below' : 'within';
  return { lowEur, highEur, offer: where };
}
