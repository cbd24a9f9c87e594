/** Shared test set-up: the default shipped scenario and its content, games for a seed, plus small state helpers. */
import { loadScenario } from '../src/cli/scenario-files';
import { buildContent } from '../src/scenario/build-content';
import { newGame } from '../src/scenario/build-game';
import type { ScenarioFile } from '../src/scenario/schema';
import { parseSeed, seedFromValue } from '../src/share/seed-code';
import { deepCopy } from '../src/sim/clone';
import type { ScenarioContent } from '../src/sim/content';
import { findLine, findNation } from '../src/sim/find';
import type { Message, MessageId, MessageParams } from '../src/sim/messages';
import { resolveTurn } from '../src/sim/resolve-turn';
import type { GameState, Offer, Order } from '../src/sim/types';

export const DEFAULT_SCENARIO = 'race-of-logistics';

let cachedFile: ScenarioFile | undefined;
let cachedContent: ScenarioContent | undefined;

/** A fresh copy of the shipped default scenario's file, free to edit. */
export function scenario(): ScenarioFile {
  cachedFile ??= loadScenario(DEFAULT_SCENARIO).scenario;
  return deepCopy(cachedFile);
}

/** The shipped default scenario's content (frozen, shared). */
export function shipped(): ScenarioContent {
  cachedContent ??= buildContent(scenario());
  return cachedContent;
}

/** A new game of a content (the shipped default unless given) for a seed value. */
export function game(seedValue = 1, c: ScenarioContent = shipped()): GameState {
  return newGame(c, seedFromValue(seedValue));
}

export function seed(code: string) {
  const r = parseSeed(code);
  if (!r.ok) throw new Error(r.error);
  return r.seed;
}

/** Resolves `n` months with the same orders each month (none by default). */
export function advance(c: ScenarioContent, s: GameState, n: number, orders: (s: GameState) => Order[] = () => []): GameState {
  for (let i = 0; i < n; i++) s = resolveTurn(c, s, orders(s), { explain: false }).state;
  return s;
}

export function nation(s: GameState, id: string) {
  const n = findNation(s, id);
  if (!n) throw new Error(`no nation ${id}`);
  return n;
}

export function line(s: GameState, id: string) {
  const l = findLine(s, id);
  if (!l) throw new Error(`no line ${id}`);
  return l;
}

/** An offer for the test world's shell firm bought by AA, unless the partial says otherwise. */
export function offer(partial: Partial<Offer> & Pick<Offer, 'firmId'>): Offer {
  return {
    product: 'shell',
    buyers: [{ nationId: 'AA', shareBp: 10000 }],
    perMonth: 1000,
    months: 12,
    unitPriceEur: 10000,
    advanceBp: 0,
    capacityClause: false,
    indexed: false,
    deliverTo: 'ukraine',
    ...partial,
  };
}

/** A message with its id and parameters, typed by the id: `message('order.unknownLine', { line: 'x' })`. */
export function message<K extends MessageId>(id: K, params: MessageParams[K]): Message {
  return { id, params } as Message;
}
