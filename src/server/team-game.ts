/**
 * One team's game in a live class: its own war on the class's scenario and
 * seed, played with the orders the team sends and re-simulated by the server
 * with the same pure resolver as the team's browser. What a team may send is
 * checked here: its own nations' orders, valid now, and exactly the trainer's
 * orders waiting for it.
 */
import { resolveWholeTurn, type TurnMonth } from '../sim/replay';
import { POLICIES } from '../sim/policies';
import { previewOrders } from '../sim/resolve-turn';
import type { ScenarioContent } from '../sim/content';
import type { PlayedTurn } from '../sim/replay';
import type { GameState, Order } from '../sim/types';
import { COORDINATOR } from '../share/class-file';
import { hashValue } from '../sim/hash';
import { formatMessage, namesFor } from '../share/text/messages';
import { orderText } from '../share/text/orders';

export interface TeamGame {
  id: string;
  name: string;
  role: string;
  /** the nations the team gives orders for; the historical policy plays the rest (as in the browser) */
  nations: string[];
  state: GameState;
  /** every month played: its orders and the hash after it */
  months: PlayedTurn[];
  /** the team's one-line reasons, by the month a turn opened at */
  notes: string[];
  /** the trainer's orders waiting for the team's next turn */
  trainerOrders: Order[];
  /** the last turn whose hash the team's browser reported different, or null */
  desync: { turn: number; hash: string } | null;
}

function nationsOfRole(content: ScenarioContent, role: string): string[] {
  return role === COORDINATOR ? content.nations.map((n) => n.id) : [role];
}

export function newTeamGame(content: ScenarioContent, start: GameState, team: { id: string; name: string; role: string }): TeamGame {
  return { ...team, nations: nationsOfRole(content, team.role), state: start, months: [], notes: [], trainerOrders: [], desync: null };
}

const sameOrders = (a: readonly Order[], b: readonly Order[]) => a.length === b.length && hashValue(a) === hashValue(b);

/** What is wrong with a team's orders for its turn, or null when the server can resolve them. */
export function ordersProblem(content: ScenarioContent, team: TeamGame, turn: number, orders: readonly Order[]): string | null {
  if (team.state.finished) return 'your game is over: there is no turn left to end';
  if (turn < team.state.turn) return `turn ${turn} was already ended (from another browser of your team?): your game is at month ${team.state.turn}`;
  if (turn !== team.state.turn) return `your game is at month ${team.state.turn}, not ${turn}`;
  const stranger = orders.find((o) => o.actor !== 'trainer' && !team.nations.includes(o.actor));
  if (stranger) return `an order for "${stranger.actor}", a nation your team does not play (${team.role})`;
  const trainer = orders.filter((o) => o.actor === 'trainer');
  if (!sameOrders(trainer, team.trainerOrders))
    return trainer.length > team.trainerOrders.length
      ? 'orders in the trainer\u2019s name that the trainer did not give'
      : 'the trainer has given your game an order since you last heard: it is now among your orders; end the turn again';
  const results = previewOrders(content, team.state, orders).results;
  const refused = results.findIndex((r) => !r.ok);
  if (refused < 0) return null;
  const names = namesFor(content, team.state);
  return `order ${refused + 1} (${orderText(orders[refused]!, names)}) is refused: ${formatMessage(results[refused]!.message, names)}`;
}

/** The months of the team's turn with these (checked) orders; the team's game is not changed yet. */
export function resolveTeamTurn(content: ScenarioContent, team: TeamGame, orders: readonly Order[]): TurnMonth[] {
  const policyNations = team.state.nations.map((n) => n.id).filter((id) => !team.nations.includes(id));
  return resolveWholeTurn(content, team.state, orders, { policy: POLICIES.historical, policyNations, explain: false });
}

/** Moves the team's game on by a resolved turn (once it is stored); the trainer's orders are used up. */
export function applyTeamTurn(team: TeamGame, months: readonly TurnMonth[], note = ''): void {
  if (note.trim()) {
    while (team.notes.length < team.state.turn) team.notes.push('');
    team.notes[team.state.turn] = note;
  }
  team.months.push(...months.map((m) => ({ orders: m.orders, hash: m.hash })));
  team.state = months.at(-1)!.state;
  team.trainerOrders = [];
}
