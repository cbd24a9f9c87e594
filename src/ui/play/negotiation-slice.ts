/**
 * The negotiation dialog's state: the offer being drafted, the firm's likely
 * answer to it (worked out when the draft changes, never during render) and
 * its answer to the last round sent. Each round sent is a recorded order.
 */
import { askPriceEur, evaluateOffer, firmSpec, productSpec, type FirmAnswer, type Offer, type ProductId } from '../../sim';
import type { GameStore } from '../../store/game-store';
import type { Slice } from '../store';

export interface Negotiation {
  draft: Offer;
  /** the firm's likely answer to the draft as it stands, before a round is spent */
  likely: FirmAnswer | null;
  /** what the firm said to the last round, if one was sent */
  answer: FirmAnswer | null;
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

function likelyAnswer(game: GameStore, draft: Offer): FirmAnswer {
  const g = game.getState();
  return evaluateOffer(g.content, g.preview.state, draft);
}

/** The first draft: four normal orders' worth (2,000 shells, 20 Stingers) a month for two years, at the firm's asking price. */
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
  draft.unitPriceEur = askPriceEur(content, preview.state, firm, draft);
  return draft;
}

export const createNegotiationSlice: Slice<NegotiationSlice> = (set, get) => ({
  negotiation: null,
  openNegotiation(firmId, product) {
    const game = get().game!;
    const draft = firstDraft(game, firmId, product, get().acting);
    if (draft) set({ negotiation: { draft, likely: likelyAnswer(game, draft), answer: null } });
  },
  updateDraft(change) {
    const n = get().negotiation;
    if (!n) return;
    const draft = { ...n.draft, ...change };
    set({ negotiation: { ...n, draft, likely: likelyAnswer(get().game!, draft) } });
  },
  sendOffer() {
    const n = get().negotiation;
    if (!n) return;
    const result = get().order({ kind: 'offer', actor: get().acting, offer: n.draft });
    set({ negotiation: { ...n, likely: likelyAnswer(get().game!, n.draft), answer: result.answer ?? null } });
  },
  acceptCounter() {
    const n = get().negotiation;
    if (!n?.answer?.counter) return;
    set({ negotiation: { ...n, draft: n.answer.counter } });
    get().sendOffer();
  },
  closeNegotiation: () => set(NO_NEGOTIATION),
});
