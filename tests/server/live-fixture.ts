/**
 * The class the server tests play: the lesson scenario with a US team and a
 * coordinator, its content as a team's browser builds it, and what a browser
 * playing the US does in a turn.
 */
import { loadScenarioById } from '../../src/cli/scenario-files';
import { buildContent } from '../../src/scenario/build-content';
import { newGame } from '../../src/scenario/build-game';
import { readClassValue, shelfFrom, type ClassFile } from '../../src/share/class-file';
import { POLICIES, type ScenarioContent } from '../../src/sim';
import { resolveWholeTurn } from '../../src/sim/replay';
import type { GameState, Order } from '../../src/sim/types';
import { aClass } from '../class-fixture';
import { seed } from '../helpers';

const lesson = loadScenarioById('race-in-a-lesson').scenario;
export const klass: ClassFile = aClass({ roles: ['US', 'coordinator'] });

/** The class's content as a team's browser builds it (a live class is always facilitated). */
function contentOf(k: ClassFile): ScenarioContent {
  const read = readClassValue(JSON.parse(JSON.stringify({ ...k, facilitated: true })), shelfFrom([lesson]));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return buildContent(read.session.scenario);
}
export const content = contentOf(klass);
export const start = () => newGame(content, seed(klass.seed));

/** What a browser playing the US would do in a turn: the balanced policy's orders for it, resolved locally. */
export function usTurn(s: GameState, extra: Order[] = []) {
  return turnOf(s, [...extra, ...POLICIES.balanced(content, s, ['US'])]);
}

/** A turn of the US team's with exactly these orders, resolved locally (the other nations play the historical policy). */
export function turnOf(s: GameState, orders: Order[]) {
  const months = resolveWholeTurn(content, s, orders, {
    policy: POLICIES.historical,
    policyNations: s.nations.map((n) => n.id).filter((id) => id !== 'US'),
    explain: false,
  });
  return { orders, months, next: months.at(-1)!.state };
}
