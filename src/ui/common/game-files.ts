/** The game on screen as a replay file (every order and each month's hash), a replay link or a save. */
import type { ScenarioFile } from '../../scenario/schema';
import { makeReplay, type ReplayFile, type SaveFile } from '../../share/files';
import { hashState, RULES_VERSION } from '../../sim';
import type { GameStore } from '../../store/game-store';
import { encodeLinkedGame } from '../../share/replay-link/replay-link';

export function replayOf(scenario: ScenarioFile, game: GameStore): ReplayFile {
  const g = game.getState();
  return makeReplay({
    rulesVersion: RULES_VERSION,
    scenarioId: scenario.id,
    scenarioHash: g.content.hash,
    seed: g.game.seed,
    turns: g.history.map((h) => ({ orders: h.orders, hash: h.hash })),
    finalHash: hashState(g.game),
  });
}

/** The text after `#/replay?g=` for the game on screen, finished or not, with its standing orders; null before its first month. */
export function replayLinkOf(scenario: ScenarioFile, game: GameStore): string | null {
  const g = game.getState();
  const last = g.history.at(-1);
  if (!last) return null;
  const everyone = g.humanNations.length === g.content.nations.length;
  // Those that gave orders in the months the link holds, so a branch from any of them starts with the ones standing then.
  const standing = [...g.standingEnded, ...g.standing].filter((st) => (st.since ?? -1) < g.history.length);
  return encodeLinkedGame(
    {
      rulesVersion: RULES_VERSION,
      scenario: { id: scenario.id, hash: g.content.hash },
      seed: g.game.seed,
      finalHash: last.hash,
      policy: g.aiPolicy,
      ...(everyone ? {} : { played: g.humanNations }),
      ...(g.branch ? { branch: { from: g.branch.from, months: g.branch.months } } : {}),
      ...(standing.length ? { standing } : {}),
      months: g.history.map((h) => h.orders),
    },
    g.content,
  );
}

/** A save of the game on screen, under the game's id, with its standing orders; a scenario loaded from a file goes with it, so the game can be continued after a reload. */
export function saveOf(scenario: ScenarioFile, game: GameStore, slot: { gameId: string; scenarioFromFile?: boolean }): SaveFile & { gameId: string } {
  const g = game.getState();
  return {
    format: 'race-of-logistics/save',
    version: 2,
    rulesVersion: RULES_VERSION,
    scenario: { id: scenario.id, hash: g.content.hash },
    seed: g.game.seed,
    humanNations: g.humanNations,
    aiPolicy: g.aiPolicy,
    turns: g.history.map((h) => ({ orders: h.orders, hash: h.hash })),
    savedAt: new Date().toISOString(),
    gameId: slot.gameId,
    ...(slot.scenarioFromFile ? { scenarioFile: scenario } : {}),
    // Written only when there are some, so a save without them reads as before.
    ...(g.standing.length ? { standingOrders: g.standing } : {}),
    ...(g.standingEnded.length ? { standingOrdersEnded: g.standingEnded } : {}),
    ...(g.teams.length ? { teams: g.teams } : {}),
    ...(g.notes.length ? { notes: g.notes } : {}),
    ...(g.branch ? { branch: g.branch } : {}),
    // The month's orders so far, so a reload or a closed tab loses none (play-test). Never a hotseat's: they are sealed from the other teams.
    ...(g.pending.length && !g.teams.length ? { pending: g.pending } : {}),
  };
}
