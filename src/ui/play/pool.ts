/**
 * Pooled orders (GAME.md §5: a volume price, but every buyer must consent and
 * pay its share): the buyers' equal shares, and "all willing nations", every
 * nation played here that can pay its share of the advance and consents to
 * the delivery. Who is willing is the resolver's own answer to the offer
 * (its forecast), never a copy of its rules, so it stays right when they change.
 */
import type { Buyer, Message, Offer, Order } from '../../sim';
import type { GameStoreState } from '../../store/game-store';

/** Equal shares in basis points; the first buyer (the proposer) takes what rounding leaves. */
export function equalShares(ids: readonly string[]): Buyer[] {
  const share = Math.floor(10000 / ids.length);
  return ids.map((id, i) => ({ nationId: id, shareBp: i === 0 ? 10000 - share * (ids.length - 1) : share }));
}

/** The draft's buyers with one nation added or taken out. */
export function poolWith(draft: Offer, nationId: string, on: boolean): Buyer[] {
  const ids = draft.buyers.map((b) => b.nationId).filter((id) => id !== nationId);
  if (on) ids.push(nationId);
  return equalShares(ids);
}

/** The nation a refusal says is unwilling: one that cannot pay its part of the advance, or does not consent. */
function unwilling(m: Message): string | null {
  return m.id === 'offer.cannotPayAdvance' || m.id === 'offer.noConsent' ? m.params.nation : null;
}

/**
 * The draft's buyers with every nation played here added, less those the resolver finds unwilling,
 * and why each was left out. A nation that cannot pay its share now cannot pay the larger share a
 * smaller pool gives it, so leaving out each refused one in turn ends with the largest willing pool.
 */
export function willingPool(g: Pick<GameStoreState, 'forecast' | 'seat'>, actor: string, draft: Offer): { buyers: Buyer[]; leftOut: Message[] } {
  const first = draft.buyers.map((b) => b.nationId);
  let ids = [...first, ...g.seat.filter((id) => !first.includes(id))];
  const leftOut: Message[] = [];
  for (;;) {
    const buyers = equalShares(ids);
    const order: Order = { kind: 'offer', actor, offer: { ...draft, buyers } };
    const m = g.forecast(order).message;
    const who = unwilling(m);
    if (who === null || who === actor || !ids.includes(who)) return { buyers, leftOut };
    ids = ids.filter((id) => id !== who);
    leftOut.push(m);
  }
}
