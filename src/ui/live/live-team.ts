/**
 * A team's browser in a live class. The game is played here as on one
 * device; End turn sends the turn's orders to the class server, which checks
 * and re-simulates them, and only its answer resolves the turn here, with the
 * hashes compared (a difference is a desync, reported to the team and the
 * trainer). A reload or a dropped connection rejoins with the team's token and
 * rebuilds the game from the server's record, keeping the orders given so far
 * when nothing was missed.
 */
import { newGame } from '../../scenario/build-game';
import { readClassValue, shelfFrom } from '../../share/class-file';
import type { Refused, Resolved, Welcome } from '../../share/live/protocol';
import { hashValue, previewOrders, TRAINER, type Order } from '../../sim';
import { trainerEffects } from '../../share/text/trainer-effects';
import { createGameStore, type GameStore } from '../../store/game-store';
import { newGameId } from '../../persist/game-id';
import { contentOf } from '../common/content-cache';
import { problemsText, shippedScenarios, withScenario } from '../menu/catalogue';
import type { SessionState } from '../store';
import { parseSeed } from '../../share/seed-code';
import { givePending } from '../menu/saves-slice';
import { count } from '../../share/text/numbers';
import { formatMessage, namesFor } from '../../share/text/messages';
import { orderText } from '../../share/text/orders';
import { keptTurnOrders } from './kept-orders';

type Access = { get: () => SessionState; set: (patch: Partial<SessionState>) => void };

const TOKENS = 'rol-live-teams';

type SavedTeam = { token: string; name: string; at?: number };

function allSavedTeams(): Record<string, SavedTeam> {
  try {
    const all = JSON.parse(localStorage.getItem(TOKENS) ?? '{}') as unknown;
    return all && typeof all === 'object' && !Array.isArray(all) ? (all as Record<string, SavedTeam>) : {};
  } catch {
    return {};
  }
}

/** The team tokens this browser holds, by class code (a reload rejoins as the same team). */
export function savedTeam(code: string): SavedTeam | undefined {
  return allSavedTeams()[code];
}

/** The classes this browser last played in, newest first: the menu offers to rejoin them after a reload. */
export function recentTeams(max = 3): { code: string; name: string }[] {
  return Object.entries(allSavedTeams())
    .filter(([, t]) => typeof t?.name === 'string')
    .sort(([, a], [, b]) => (b.at ?? 0) - (a.at ?? 0))
    .slice(0, max)
    .map(([code, t]) => ({ code, name: t.name }));
}

function saveTeam(code: string, team: SavedTeam) {
  try {
    localStorage.setItem(TOKENS, JSON.stringify({ ...allSavedTeams(), [code]: { ...team, at: Date.now() } }));
  } catch {
    // A browser that keeps nothing still plays; it cannot rejoin after a reload.
  }
}

/** The server's welcome: a new game built from its record, or the game on screen brought up to it. */
export function welcomeTeam(w: Welcome, { get, set }: Access): string | null {
  const token = w.teamToken || savedTeam(w.code)?.token;
  // Remembered (again) on every welcome, so the class last played is the first the menu offers to rejoin.
  if (token) saveTeam(w.code, { token, name: w.name });
  const current = get().game;
  if (current && get().live?.code === w.code && get().screen !== 'menu') return catchUp(current, w.months, w.trainerOrders, { get, set });
  const { catalogue, scenariosFromFiles } = get();
  const read = readClassValue(w.classFile, shelfFrom(shippedScenarios(get())));
  if (!read.ok) return `this class cannot be played in this browser: ${problemsText(read.problems)}`;
  const { scenario, file } = read.session;
  const content = contentOf(scenario);
  if (content.hash !== w.contentHash)
    return `the class server plays this class on other scenario content (${w.contentHash}; this page has ${content.hash}): reload the page to get the server's game`;
  const humanNations = w.role === 'coordinator' ? scenario.nations.map((n) => n.id) : [w.role];
  const seed = parseSeed(file.seed);
  if (!seed.ok) return `the class's seed is not valid: ${seed.error}`;
  const game = createGameStore({ content, start: newGame(content, seed.seed), humanNations, aiPolicy: 'historical', notes: w.notes });
  for (const m of w.months)
    if (game.getState().resolveRecorded(m.orders).hash !== m.hash) return 'the game on the class server does not re-simulate here: reload the page';
  game.getState().replaceTrainerOrders(w.trainerOrders);
  set({ catalogue: withScenario(catalogue, scenario), scenariosFromFiles: [...scenariosFromFiles.filter((x) => x.id !== scenario.id), scenario] });
  get().beginGame(scenario, game, w.role, { gameId: newGameId(), scenarioFromFile: true });
  set({ teamName: w.name, message: '' });
  giveKeptOrders(w.code, game, { get, set });
  return null;
}

/** The orders this browser kept of the turn under way (a reload), given again; one the rules now refuse is dropped, and the team is told. */
function giveKeptOrders(code: string, game: GameStore, { get, set }: Access): void {
  const kept = keptTurnOrders(code, game.getState().game.turn);
  if (!kept.length) return;
  givePending(game, kept);
  const given = game.getState().pending.filter((o) => o.actor !== TRAINER).length;
  const lost = kept.length - given;
  const notice = `Your ${count(given, 'order')} of this turn, given before the page was reloaded, ${given === 1 ? 'is' : 'are'} back${lost ? `; ${count(lost, 'order')} the game now refuses ${lost === 1 ? 'was' : 'were'} dropped` : ''}.`;
  set({ live: { ...get().live!, notice } });
}

/** After a reconnection: months another browser of the team played meanwhile are played here too; the orders given so far stay when none were. */
function catchUp(game: GameStore, months: Welcome['months'], trainerOrders: Order[], { get, set }: Access): string | null {
  const have = game.getState().history.length;
  const missed = months.slice(have);
  if (months.length < have) return 'the class server has fewer months of this game than this browser: ask your trainer';
  if (missed.length) get().resolveOnScreen(() => missed.forEach((m) => game.getState().resolveRecorded(m.orders)));
  trainerOrdersArrived(game, trainerOrders, { get, set });
  return null;
}

/**
 * The trainer's orders of the turn as the class server keeps them. The team's orders they make the rules refuse
 * (an inject that freezes aid, a lock) are taken back, and the team is told which and why (trainer play-test:
 * End turn was refused for them, and only "Undo the last", again and again, got the team out).
 */
export function trainerOrdersArrived(game: GameStore, orders: readonly Order[], { get, set }: Access): void {
  const hadOrders = game.getState().pending.filter((o) => o.actor === TRAINER);
  const had = new Set(hadOrders.map((o) => hashValue(o)));
  const taken = game.getState().replaceTrainerOrders(orders);
  const fresh = orders.filter((o) => !had.has(hashValue(o)));
  if ((!taken.length && !fresh.length) || !get().live) return;
  const g = game.getState();
  const names = namesFor(g.content, g.preview.state);
  // The trainer's orders alone, without and with the new ones: what the move itself changed (the team's orders aside).
  const effects = fresh.length ? trainerEffects(previewOrders(g.content, g.game, hadOrders).state, previewOrders(g.content, g.game, orders).state, names) : [];
  const what = taken.map((r) => `${orderText(r.order, names)} (${formatMessage(r.message, names)})`).join('; ');
  // Added to what the team was told earlier in the turn, not in its place (trainer play-test: a lock right after an
  // inject replaced its notice, and a team that looked away missed the inject); the turn's end clears it.
  const notice = [
    get().live!.notice ?? '',
    trainerMoveText(fresh, names, effects),
    taken.length
      ? `Your trainer's latest move means the rules now refuse ${taken.length === 1 ? 'an order' : `${taken.length} orders`} you had given, so ${taken.length === 1 ? 'it was' : 'they were'} taken back: ${what}.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  set({ live: { ...get().live!, notice } });
}

/**
 * What the trainer has just done in the team's game, said where the team looks (trainer play-test: a live inject showed
 * only under the News tab, and teams would miss it unless the trainer told them), with what it changed: "Your trainer
 * fires "US aid stalls in Congress" now: support in United States −5.0 %. Read it under News."
 */
function trainerMoveText(fresh: readonly Order[], names: ReturnType<typeof namesFor>, effects: readonly string[]): string {
  if (!fresh.length) return '';
  const changed = effects.length ? `: ${effects.join('; ')}` : '';
  const news = fresh.some((o) => o.kind === 'inject') ? ' Read it under News.' : '';
  return `Your trainer ${fresh.map((o) => orderText(o, names)).join('; ')}${changed}.${news}`;
}

/** How long End turn stays off after another browser of the team ended the turn. */
const HOLD_MS = 3_000;

/**
 * The server resolved a turn of this team: ours (resolve it here and compare) or another browser's
 * (play its months). A turn is ours only if the server played the orders this browser sent: two tabs
 * ending the same turn at once both wait, and the one the server answered second plays the first's.
 */
export function turnResolved(r: Resolved, { get, set }: Access): void {
  const game = get().game;
  const live = get().live;
  if (!game || !live || r.turn !== game.getState().game.turn) return;
  const sent = live.sent;
  const ours = live.waiting && sent !== undefined && hashValue(r.months[0]!.orders.slice(0, sent.length)) === hashValue(sent);
  const dropped = !ours && game.getState().pending.some((o) => o.actor !== TRAINER);
  if (!ours) {
    setTimeout(() => get().live && set({ live: { ...get().live!, held: false } }), HOLD_MS);
  }
  set({
    live: {
      ...live,
      waiting: false,
      sent: undefined,
      notice: undefined,
      held: !ours,
      problem: ours
        ? null
        : dropped
          ? 'Another browser of your team ended this turn first: its orders were played, and the orders given here were not sent.'
          : 'Another browser of your team ended this turn: this is the next one.',
    },
  });
  get().resolveOnScreen(() => {
    if (ours) game.getState().endTurn();
    else r.months.forEach((m) => game.getState().resolveRecorded(m.orders));
    const here = game.getState().history.at(-1)!.hash;
    const there = r.months.at(-1)!.hash;
    if (here === there) return;
    get().liveSend('desync', { turn: r.turn, hash: here });
    set({
      live: { ...get().live!, desync: `This browser resolved the turn to ${here} and the class server to ${there}: a desync. Your trainer has been told.` },
    });
  });
}

export function turnRefused(r: Refused, { get, set }: Access): void {
  const live = get().live;
  if (!live) return;
  // A turn another tab ended first was answered already, with what became of this tab's orders: that stays on screen.
  if (live.as === 'team' && !live.waiting && live.problem) return;
  set({ live: { ...live, waiting: false, problem: r.problem }, resolving: false, settling: false });
}

/** Sends the turn's orders; the turn resolves here when the server answers. */
export function submitTurn({ get, set }: Access): void {
  const game = get().game!;
  const live = get().live!;
  if (live.waiting || live.held) return;
  if (live.status !== 'open')
    return set({ live: { ...live, problem: 'the class server cannot be reached just now: your orders are kept; end the turn again once the class is back' } });
  const g = game.getState();
  const note = g.ownNote().trim();
  const orders = [...g.sealed, ...g.pending];
  set({ live: { ...live, waiting: true, sent: orders, problem: null }, resolving: true, settling: true });
  get().liveSend('submit', { turn: g.game.turn, orders, ...(note ? { note } : {}) });
}
