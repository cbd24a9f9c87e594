/** Shared test set-up: the default scenario, built for a seed, plus small state helpers. */
import { loadScenario } from '../src/cli/scenario-files';
import { buildGame } from '../src/scenario/build-game';
import type { ScenarioFile } from '../src/scenario/schema';
import { parseSeed, seedFromValue } from '../src/share/seed-code';
import { deepCopy } from '../src/sim/clone';
import { findLine, findNation } from '../src/sim/find';
import { resolveTurn } from '../src/sim/resolve-turn';
import type { GameState, Offer, Order } from '../src/sim/types';

export const DEFAULT_SCENARIO = 'race-of-logistics';

let cached: ScenarioFile | undefined;
export function scenario(): ScenarioFile {
  cached ??= loadScenario(DEFAULT_SCENARIO).scenario;
  return deepCopy(cached);
}

export function game(seedValue = 1, sc: ScenarioFile = scenario()): GameState {
  return buildGame(sc, seedFromValue(seedValue));
}

export function seed(code: string) {
  const r = parseSeed(code);
  if (!r.ok) throw new Error(r.error);
  return r.seed;
}

/** Resolves `n` months with the same orders each month (none by default). */
export function advance(s: GameState, n: number, orders: (s: GameState) => Order[] = () => []): GameState {
  for (let i = 0; i < n; i++) s = resolveTurn(s, orders(s), { explain: false }).state;
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

export function offer(partial: Partial<Offer> & Pick<Offer, 'firmId'>): Offer {
  return {
    product: 'shell',
    buyers: [{ nationId: 'DE', shareBp: 10000 }],
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
