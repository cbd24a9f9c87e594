/**
 * The negotiation dialog's state: the offer being drafted, what sending it
 * now would get and when its deliveries would come (worked out when the draft
 * or the month's orders change, never during render), and the result of the
 * last round sent. Each round sent is a recorded order. The forecast is the
 * game store's: the resolver's own answer to the order given after the
 * month's pending orders. The dialog shows its price only as the firm's range
 * (`priceForecast`), so the exact price takes a round to learn.
 */
import {
  deliveryOutlook,
  firmSpec,
  offerOutlook,
  priceForecast,
  priceLevers,
  productSpec,
  type PriceForecast,
  type PriceLever,
  type DeliveryOutlook,
  type Offer,
  type Order,
  type OrderResult,
  type ProductId,
} from '../../sim';
import type { GameStore } from '../../store/game-store';
import type { Slice } from '../store';

export interface Negotiation {
  draft: Offer;
  /** what sending the draft now gets: the firm's answer, or why the round would be refused (the dialog shows its price only as `price`) */
  forecast: OrderResult;
  /** the firm's price range for the draft's terms, and where the draft's price stands */
  price: PriceForecast;
  /** the terms not used yet, each with what it would take off the price */
  levers: PriceLever[];
  /** the last round sent and what came of it */
  sent: OrderResult | null;
  /** the deliveries of the contract signed in the last round, or else of the draft if it were signed as it stands */
  outlook: DeliveryOutlook | null;
}

export interface NegotiationSlice {
  negotiation: Negotiation | null;
  openNegotiation(firmId: string, product: ProductId): void;
  updateDraft(change: Partial<Offer>): void;
  sendOffer(): void;
  acceptCounter(): void;
  closeNegotiation(): void;
}

export const NO_NEGOTIATION = { negotiation: null } satisfies Partial<NegotiationSlice>;

/** The contract a round signed, if it did. */
export function signedContractId(sent: OrderResult | null): string {
  return sent?.message.id === 'offer.signed' ? sent.message.params.contract : '';
}

/** The forecast and the outlook for a draft, on the game as the month's orders leave it. */
function workOut(game: GameStore, actor: string, draft: Offer, sent: OrderResult | null): Negotiation {
  const g = game.getState();
  const order: Order = { kind: 'offer', actor, offer: draft };
  const signed = signedContractId(sent);
  const outlook = signed ? deliveryOutlook(g.content, g.preview.state, signed) : offerOutlook(g.content, g.preview.state, draft);
  const firm = firmSpec(g.content, draft.firmId)!;
  // Only nations played on this device can join a pooled order.
  const canPool = g.seat.length > 1;
  const levers = priceLevers(g.content, g.preview.state, firm, draft).filter((l) => canPool || l.term !== 'pooled');
  return { draft, forecast: g.forecast(order), price: priceForecast(g.content, g.preview.state, draft), levers, sent, outlook };
}

/**
 * The first draft: four normal orders' worth (2,000 shells, 20 Stingers) a
 * month for two years, at the top of the firm's price range: a price it
 * takes, which a student who bargains can beat.
 */
function firstDraft(game: GameStore, firmId: string, product: ProductId, acting: string): Offer | null {
  const { content, preview } = game.getState();
  const firm = firmSpec(content, firmId);
  if (!firm) return null;
  const draft: Offer = {
    firmId,
    product,
    buyers: [{ nationId: acting, shareBp: 10000 }],
    perMonth: (productSpec(content, product)?.minOrderPerMonth ?? 1) * 4,
    months: 24,
    unitPriceEur: 0,
    advanceBp: 1000,
    capacityClause: false,
    indexed: false,
    deliverTo: 'ukraine',
  };
  draft.unitPriceEur = priceForecast(content, preview.state, draft).highEur;
  return draft;
}

export const createNegotiationSlice: Slice<NegotiationSlice> = (set, get) => ({
  negotiation: null,
  openNegotiation(firmId, product) {
    const game = get().game!;
    const draft = firstDraft(game, firmId, product, get().acting);
    if (draft) set({ negotiation: workOut(game, get().acting, draft, null) });
  },
  updateDraft(change) {
    const n = get().negotiation;
    if (!n || signedContractId(n.sent)) return;
    set({ negotiation: workOut(get().game!, get().acting, { ...n.draft, ...change }, n.sent) });
  },
  sendOffer() {
    const n = get().negotiation;
    if (!n || signedContractId(n.sent)) return;
    const sent = get().order({ kind: 'offer', actor: get().acting, offer: n.draft });
    set({ negotiation: workOut(get().game!, get().acting, n.draft, sent) });
  },
  acceptCounter() {
    const counter = get().negotiation?.sent?.answer?.counter;
    if (!counter) return;
    get().updateDraft(counter);
    get().sendOffer();
  },
  closeNegotiation: () => set(NO_NEGOTIATION),
});
