/**
 * The game store (zustand/vanilla): the scenario's content, the current game,
 * the month's pending orders with undo per actor, the player's standing
 * orders, the hotseat teams taking turns at it (teams.ts), and the history of
 * resolved months. It holds no rules: previews and `endTurn` call the pure
 * resolver.
 */
import { produce } from 'immer';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ScenarioContent } from '../sim/content';
import { hashState } from '../sim/hash';
import { POLICIES, type PolicyName } from '../sim/policies';
import type { OrderResult, TurnReport } from '../sim/report';
import { resolveWholeTurn } from '../sim/replay';
import { forecastOrder, previewOrders, resolveTurn } from '../sim/resolve-turn';
import { TRAINER, type Actor, type GameState, type Order } from '../sim/types';
import { nextStandingId, ordersOf, sameStanding, type StandingIssue, type StandingOrder, type StandingOrderSpec } from './standing-orders';
import { teamNations, type Team } from '../share/teams';
import { MAX_ENDED_STANDING_ORDERS } from '../share/standing-order-schema';
import type { Branch } from '../share/files';

export interface ResolvedMonth {
  turn: number;
  /** every order the month resolved with: the humans', then the policy's */
  orders: Order[];
  hash: string;
  report: TurnReport;
}

export interface GameStoreState {
  content: ScenarioContent;
  /** the state at the start of the current month */
  game: GameState;
  /** nations the humans at this device play; a policy plays the rest */
  humanNations: string[];
  /** hotseat teams in the order they play each month; none when one player (or one coordinator) plays */
  teams: Team[];
  /** the team giving its orders now (0 without teams) */
  teamIndex: number;
  /** the nations whose orders this device takes now: the team's in hotseat, else every human nation */
  seat: string[];
  /** the orders of the teams that have ended their turn this month: kept from the others, resolved with theirs */
  sealed: Order[];
  aiPolicy: PolicyName;
  /** the month's accepted orders of every actor, in the order given */
  pending: Order[];
  /** the game as the pending orders leave it, and what each order did */
  preview: { state: GameState; results: OrderResult[] };
  history: ResolvedMonth[];
  /** orders repeated at the start of every turn until cancelled, in the order they were made */
  standing: StandingOrder[];
  /** cancelled standing orders that gave orders before, with their months (`until`): a branch of this game at an earlier month starts with them */
  standingEnded: StandingOrder[];
  /** what the standing orders gave at the start of this turn */
  standingIssued: StandingIssue[];
  /** the players' one-line reasons, by the month index a turn starts at ('' or missing: none given) */
  notes: string[];
  /** a game branched from a replay ("Play from here"): where it left the original; null for a game of its own */
  branch: Branch | null;
  /** Keeps the players' reason for this turn's orders (one line, cut at NOTE_CHARS), for the after-action review; in hotseat, the team's own. */
  setNote(text: string): void;
  /** The reason the players at the device now gave for this turn (in hotseat, their team's). */
  ownNote(): string;
  /** hotseat: each team's reason this turn, by team index; the turn's note joins them */
  teamNotes: string[];
  /** Tries an order: kept when valid, answered with a reason either way. */
  addOrder(order: Order): OrderResult;
  /** Tries orders one after the other, as many addOrder calls would, in one update. */
  addOrders(orders: readonly Order[]): OrderResult[];
  /** What addOrder (and then the resolver) would answer to this order now, without keeping it. */
  forecast(order: Order): OrderResult;
  /** Takes back this actor's last pending order of the month; the others' orders stay. */
  undo(actor: Actor): void;
  /** Takes back these very pending orders (the Orders tab's line of sends from several nations' stocks). */
  withdraw(orders: readonly Order[]): void;
  /** This actor's pending orders. */
  pendingOf(actor: Actor): Order[];
  clearOrders(): void;
  /**
   * A live class: the trainer's orders for this turn are these (as the class server keeps them); the players' stay,
   * save those the trainer's now make the rules refuse (an inject that freezes aid, a lock), which are taken back
   * and answered, so End turn is not refused for them (trainer play-test: a team could not end its turn).
   */
  replaceTrainerOrders(orders: readonly Order[]): OrderResult[];
  /** a live class: the trainer's orders come from the class server, and no one at this device may undo or clear them */
  trainerOrdersFromServer: boolean;
  /**
   * Hotseat: the team playing now has ended its turn. Its orders are sealed and the next team's
   * turn begins (null is returned), or, after the last team, the turn resolves as `endTurn`.
   */
  endTeamTurn(): ResolvedMonth | null;
  /**
   * Resolves the turn: its first month with the pending orders and the policy's orders for the
   * other nations, then (in a scenario whose turns cover several months) the months after it with
   * the policy's orders only. Returns the turn's last month.
   */
  endTurn(): ResolvedMonth;
  /** Resolves the month with exactly these orders (restoring a save or a replay). */
  resolveRecorded(orders: Order[]): ResolvedMonth;
  /** Keeps an order to repeat from the next turn on (once: the same one again is the one standing); this turn's order is given as usual, by a click. */
  addStanding(spec: StandingOrderSpec): StandingOrder;
  /** Stops a standing order from the next turn on; the orders it gave this turn stay pending. */
  cancelStanding(id: string): void;
  /** Gives the standing orders of the nations at the device now (`seat`) for this turn, after those pending, and keeps their answers. */
  issueStanding(): StandingIssue[];
}

export interface GameStoreOptions {
  content: ScenarioContent;
  start: GameState;
  humanNations?: string[];
  /** hotseat teams; when given, they play every human nation between them */
  teams?: Team[];
  aiPolicy?: PolicyName;
  /** standing orders kept with a save */
  standing?: StandingOrder[];
  /** cancelled standing orders kept with a save */
  standingEnded?: StandingOrder[];
  /** the players' reasons kept with a save */
  notes?: string[];
  /** a game branched from a replay: where it left the original */
  branch?: Branch;
}

export type GameStore = StoreApi<GameStoreState>;

export function createGameStore(options: GameStoreOptions): GameStore {
  const { content, start } = options;
  const teams = options.teams ?? [];
  const humanNations = teams.length ? teamNations(teams) : (options.humanNations ?? start.nations.map((n) => n.id));
  const seatOf = (teamIndex: number) => (teams.length ? teams[teamIndex]!.nations : humanNations);
  return createStore<GameStoreState>()((set, get) => {
    /** The game moves on to `state`, with these months resolved: the month's orders and views start afresh. */
    const commit = (state: GameState, history: ResolvedMonth[]) =>
      set({
        game: state,
        pending: [],
        sealed: [],
        teamNotes: [],
        teamIndex: 0,
        seat: seatOf(0),
        preview: { state, results: [] },
        history,
        standingIssued: [],
      });
    return {
      content,
      game: start,
      humanNations,
      teams,
      teamIndex: 0,
      seat: seatOf(0),
      sealed: [],
      branch: options.branch ?? null,
      aiPolicy: options.aiPolicy ?? 'historical',
      pending: [],
      preview: { state: start, results: [] },
      history: [],
      standing: options.standing ?? [],
      standingEnded: options.standingEnded ?? [],
      standingIssued: [],
      notes: options.notes ?? [],
      teamNotes: [],

      ownNote() {
        const g = get();
        return (teams.length ? g.teamNotes[g.teamIndex] : g.notes[g.history.length]) ?? '';
      },

      setNote(text) {
        const notes = [...get().notes];
        const at = get().history.length;
        while (notes.length < at) notes.push('');
        if (teams.length) {
          const teamNotes = [...get().teamNotes];
          teamNotes[get().teamIndex] = oneLine(text);
          set({ teamNotes });
          // "Blue: … · Gold: …": each team's line, named, in the teams' order.
          notes[at] = teams.flatMap((t, i) => (teamNotes[i]?.trim() ? [`${t.name}: ${teamNotes[i]!.trim()}`] : [])).join(' · ');
        } else notes[at] = oneLine(text);
        while (notes.length && !notes.at(-1)!.trim()) notes.pop();
        set({ notes });
      },

      addOrder(order) {
        return get().addOrders([order])[0]!;
      },

      addOrders(orders) {
        const { game, pending } = get();
        const trial = previewOrders(content, game, [...pending, ...orders]);
        const results = trial.results.slice(pending.length);
        const kept = orders.filter((_, i) => results[i]!.ok);
        if (kept.length === 0) return results;
        // A refused order changes nothing, but the preview's answers must line up with the kept orders.
        const preview = kept.length === orders.length ? trial : previewOrders(content, game, [...pending, ...kept]);
        set((s) => ({ ...produce(s, (d) => void d.pending.push(...kept)), preview }));
        return results;
      },

      undo(actor) {
        const { game, pending, trainerOrdersFromServer } = get();
        if (actor === TRAINER && trainerOrdersFromServer) return;
        const last = pending.map((o) => o.actor).lastIndexOf(actor);
        if (last < 0) return;
        const kept = pending.filter((_, i) => i !== last);
        set({ pending: kept, preview: previewOrders(content, game, kept) });
      },

      withdraw(orders) {
        const { game, pending, trainerOrdersFromServer } = get();
        const gone = new Set(orders.filter((o) => !(o.actor === TRAINER && trainerOrdersFromServer)));
        const kept = pending.filter((o) => !gone.has(o));
        if (kept.length !== pending.length) set({ pending: kept, preview: previewOrders(content, game, kept) });
      },

      forecast(order) {
        const { game, pending } = get();
        return forecastOrder(content, game, pending, order);
      },

      pendingOf(actor) {
        return get().pending.filter((o) => o.actor === actor);
      },

      clearOrders() {
        const { game, pending, trainerOrdersFromServer } = get();
        // In a live class the trainer's orders stay: they are the class server's, and the turn is refused without them.
        const kept = trainerOrdersFromServer ? pending.filter((o) => o.actor === TRAINER) : [];
        set({ pending: kept, preview: kept.length ? previewOrders(content, game, kept) : { state: game, results: [] }, standingIssued: [] });
      },

      trainerOrdersFromServer: false,
      replaceTrainerOrders(orders) {
        const { game, pending } = get();
        const all = [...orders, ...pending.filter((o) => o.actor !== TRAINER)];
        const preview = previewOrders(content, game, all);
        // A refused order changes nothing in the state, so the others' answers stand without it.
        const refused = preview.results.slice(orders.length).filter((r) => !r.ok);
        const kept = refused.length ? all.filter((o, i) => i < orders.length || preview.results[i]!.ok) : all;
        set({ pending: kept, preview: refused.length ? previewOrders(content, game, kept) : preview, trainerOrdersFromServer: true });
        return refused;
      },

      endTeamTurn() {
        const { pending, teamIndex, seat, sealed, game } = get();
        if (teamIndex >= teams.length - 1) return get().endTurn();
        // The trainer's orders stay in view of every team; a team's own go under seal.
        const mine = pending.filter((o) => seat.includes(o.actor));
        const rest = pending.filter((o) => !seat.includes(o.actor));
        set({
          sealed: [...sealed, ...mine],
          pending: rest,
          preview: previewOrders(content, game, rest),
          teamIndex: teamIndex + 1,
          seat: seatOf(teamIndex + 1),
        });
        get().issueStanding();
        return null;
      },

      endTurn() {
        const { game, pending, sealed, humanNations, aiPolicy, history } = get();
        if (game.finished) throw new Error('the game is over');
        const policyNations = game.nations.map((n) => n.id).filter((id) => !humanNations.includes(id));
        const months = resolveWholeTurn(content, game, [...sealed, ...pending], { policy: POLICIES[aiPolicy], policyNations });
        const resolved = months.map((m, i): ResolvedMonth => ({ turn: game.turn + i, orders: m.orders, hash: m.hash, report: m.report }));
        commit(months.at(-1)!.state, [...history, ...resolved]);
        if (!get().game.finished) get().issueStanding();
        return resolved.at(-1)!;
      },

      resolveRecorded(orders) {
        const { game, history } = get();
        if (game.finished) throw new Error('the game is over');
        const { state, report } = resolveTurn(content, game, orders);
        const month: ResolvedMonth = { turn: game.turn, orders, hash: hashState(state), report };
        commit(state, [...history, month]);
        return month;
      },

      addStanding(spec) {
        // Asked for twice (the same plan confirmed again), it stands once: twice would only be refused or send nothing.
        const same = get().standing.find((s) => sameStanding(s, spec));
        if (same) return same;
        const { standing: list, standingEnded, history } = get();
        const standing = { ...spec, id: nextStandingId([...list, ...standingEnded]), since: history.length } as StandingOrder;
        set({ standing: [...list, standing] });
        return standing;
      },

      cancelStanding(id) {
        const { standing, standingEnded, history } = get();
        const gone = standing.find((s) => s.id === id);
        if (!gone) return;
        // Cancelled in the turn it was set, it never gave an order: nothing for a branch to keep.
        const gave = (gone.since ?? -1) < history.length;
        const ended = gave ? [...standingEnded, { ...gone, until: history.length }].slice(-MAX_ENDED_STANDING_ORDERS) : standingEnded;
        set({ standing: standing.filter((s) => s !== gone), standingEnded: ended });
      },

      issueStanding() {
        // One after the other: a standing order sees the stocks the ones before it leave.
        const issued = get()
          .standing.filter((standing) => standingAt(standing, get().seat))
          .map((standing) => {
            const g = get();
            return { standing, results: g.addOrders(ordersOf(standing, content, g.preview.state, g.seat)) };
          });
        set({ standingIssued: issued });
        return issued;
      },
    };
  });
}

/** A reason fits on one line of the review: a player's paragraph is cut, not refused. */
export const NOTE_CHARS = 140;
// Kept as typed (a trailing space is the next word's start); the review trims it.
const oneLine = (text: string) => text.replace(/[\r\n\t]+/g, ' ').slice(0, NOTE_CHARS);

/** Whether a standing order belongs to the nations at the device now (in hotseat, the team playing). */
function standingAt(s: StandingOrder, seat: readonly string[]): boolean {
  if (s.kind === 'drawdown') return seat.includes(s.actor);
  return !s.nations || s.nations.some((id) => seat.includes(id));
}
