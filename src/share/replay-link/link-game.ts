/**
 * A link's game played again: its months re-simulated from the seed, each
 * month's state hash recorded as a replay file records it, and the final hash
 * compared with the one the link carries, so a changed order is refused and
 * the game a link opens is the one that was shared. A link may hold a game
 * still in progress (shared during play): then it has no final score yet.
 */
import { newGame } from '../../scenario/build-game';
import type { ScenarioContent } from '../../sim/content';
import { hashState } from '../../sim/hash';
import { monthLabel } from '../../sim/month';
import { isPolicyName } from '../../sim/policies';
import type { PlayedTurn } from '../../sim/replay';
import { resolveTurn } from '../../sim/resolve-turn';
import type { GameState } from '../../sim/types';
import { makeReplay, type ReplayFile } from '../files';
import { parseSeed } from '../seed-code';
import type { LinkedGame } from './replay-link';

export type Replayed = { ok: true; turns: PlayedTurn[]; final: GameState; replay: ReplayFile | null } | { ok: false; problem: string };

/** Re-simulates a link's months; `replay` is its replay file once the game is over. */
export function replayLinkedGame(game: LinkedGame, content: ScenarioContent): Replayed {
  const seed = parseSeed(game.seed);
  if (!seed.ok) return { ok: false, problem: `the link's seed: ${seed.error}` };
  let s = newGame(content, seed.seed);
  const turns: PlayedTurn[] = [];
  for (const orders of game.months) {
    if (s.finished) return { ok: false, problem: `the link holds ${game.months.length} months, more than the scenario's ${turns.length}` };
    s = resolveTurn(content, s, orders, { explain: false }).state;
    turns.push({ orders, hash: hashState(s) });
  }
  const finalHash = turns.at(-1)?.hash ?? '';
  const broken = endsElsewhere(game, s, finalHash);
  if (broken) return { ok: false, problem: broken };
  const replay = s.finished
    ? makeReplay({
        rulesVersion: game.rulesVersion,
        scenarioId: game.scenario.id,
        scenarioHash: game.scenario.hash,
        seed: game.seed,
        policy: game.policy,
        turns,
        finalHash,
      })
    : null;
  return { ok: true, turns, final: s, replay };
}

/** Why a link's game, re-simulated to `last` (whose hash is `lastHash`), is not the one it records; null when it is. */
export function endsElsewhere(game: LinkedGame, last: GameState, lastHash: string): string | null {
  if (lastHash === game.finalHash) return null;
  return `the game does not hold: re-simulated to ${monthLabel(last.month - 1)} it ends in state ${lastHash}, but the link records ${game.finalHash} (an order or the seed was changed)`;
}

/** A replay file as a link's game (its per-month hashes are left out: re-simulating gives them back). */
export function linkedGameOfReplay(replay: ReplayFile, extra: Pick<LinkedGame, 'played' | 'branch'> = {}): LinkedGame {
  const policy = replay.policy && isPolicyName(replay.policy) ? replay.policy : undefined;
  return {
    rulesVersion: replay.rulesVersion,
    scenario: replay.scenario,
    seed: replay.seed,
    finalHash: replay.finalHash,
    ...(policy ? { policy } : {}),
    ...extra,
    months: replay.turns.map((t) => t.orders),
  };
}
