/**
 * The coordinator's alliance-wide actions and standing orders on screen: the
 * product whose "every ally down to its readiness floor" is open for review,
 * whether it (or a drawdown about to be sent) is to repeat every month, what
 * the last alliance-wide action's orders got, and who "all willing nations"
 * left out of a pooled order. Every order goes to the game store as a
 * click's does; the standing orders are the game store's, and a change to
 * them is saved at once, so a reload keeps it.
 */
import { floorOrders } from '../../store/readiness-floor';
import type { Message, Offer, Order, OrderResult, ProductId } from '../../sim';
import type { Slice } from '../store';
import { willingPool } from './pool';

export interface AllianceSlice {
  /** the product whose floor plan is shown for review, or null */
  floorPlanFor: ProductId | null;
  /** the floor plan, once confirmed, repeats every month until cancelled */
  floorRepeat: boolean;
  /** what the orders of the last alliance-wide action got, kept or refused */
  allianceResults: OrderResult[];
  /** "nation:product" → the drawdown about to be sent repeats every month */
  drawRepeat: Record<string, boolean>;
  /** the nations "all willing nations" left out of a negotiation's draft, and why; shown while that draft stands */
  poolLeftOut: { draft: Offer; reasons: Message[] } | null;
  openFloorPlan(product: ProductId): void;
  setFloorRepeat(on: boolean): void;
  /** Gives the drawdowns as the plan stands now (each answered by the resolver), and the standing order if asked. */
  confirmFloorPlan(): void;
  closeFloorPlan(): void;
  setDrawRepeat(product: ProductId, on: boolean): void;
  /** The acting nation sends from its stocks (the drawdown panel's button), and keeps it standing if asked. */
  sendDrawdown(product: ProductId, amount: number): void;
  cancelStanding(id: string): void;
  /** Takes back a nation's last order of the month, from the summary of the month's orders. */
  undoFor(nationId: string): void;
  /** Takes back a line of sends from several nations' stocks, every one of them. */
  withdrawSends(orders: readonly Order[]): void;
  /** Pools the negotiation's draft across every nation played here that can pay its share and consents. */
  poolAllWilling(): void;
}

/** No floor plan open and no answers shown: a new game or a new month. */
export const NO_FLOOR_PLAN = {
  floorPlanFor: null,
  floorRepeat: false,
  allianceResults: [],
  drawRepeat: {},
  poolLeftOut: null,
} satisfies Partial<AllianceSlice>;

export const repeatKey = (nationId: string, product: ProductId) => `${nationId}:${product}`;

export const createAllianceSlice: Slice<AllianceSlice> = (set, get) => ({
  ...NO_FLOOR_PLAN,
  // The plan takes the focus, which brings its total and Confirm into sight (trainer play-test: Confirm was under the fold).
  openFloorPlan: (product) => set({ floorPlanFor: product, floorRepeat: false, allianceResults: [], focusAfterRender: 'floor-plan' }),
  setFloorRepeat: (on) => set({ floorRepeat: on }),
  confirmFloorPlan() {
    const product = get().floorPlanFor;
    const game = get().game;
    if (!product || !game) return;
    const g = game.getState();
    const results = g.addOrders(floorOrders(g.content, g.preview.state, g.seat, product));
    // Kept standing even when nothing goes this month: it follows next month's stocks and politics.
    if (get().floorRepeat) {
      g.addStanding({ kind: 'toReadinessFloor', product, ...(g.teams.length ? { nations: g.seat } : {}) });
      void get().saveNow();
    }
    set({ floorPlanFor: null, floorRepeat: false, allianceResults: results, lastResult: null });
  },
  closeFloorPlan: () => set({ floorPlanFor: null, floorRepeat: false }),
  setDrawRepeat: (product, on) => set({ drawRepeat: { ...get().drawRepeat, [repeatKey(get().acting, product)]: on } }),
  sendDrawdown(product, amount) {
    const actor = get().acting;
    const key = repeatKey(actor, product);
    const result = get().order({ kind: 'drawdown', actor, product, amount });
    // A drawdown the rules refuse now (past the hard floor, too costly) would only be refused again.
    if (result.ok && get().drawRepeat[key]) {
      get().game!.getState().addStanding({ kind: 'drawdown', actor, product, amount });
      void get().saveNow();
    }
    set({ drawDraft: { ...get().drawDraft, [product]: 0 }, drawRepeat: { ...get().drawRepeat, [key]: false } });
  },
  cancelStanding(id) {
    get().game?.getState().cancelStanding(id);
    void get().saveNow();
  },
  undoFor(nationId) {
    get().game?.getState().undo(nationId);
    set({ lastResult: null, allianceResults: [] });
  },
  withdrawSends(orders) {
    get().game?.getState().withdraw(orders);
    set({ lastResult: null, allianceResults: [] });
  },
  poolAllWilling() {
    const n = get().negotiation;
    const game = get().game;
    if (!n || !game) return;
    const { buyers, leftOut } = willingPool(game.getState(), get().acting, n.draft);
    get().updateDraft({ buyers });
    // Shown while this very draft stands: any change of terms may change who is willing.
    const draft = get().negotiation?.draft;
    set({ poolLeftOut: draft && draft !== n.draft ? { draft, reasons: leftOut } : null });
  },
});
