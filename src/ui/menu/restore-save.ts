/**
 * Rebuilds a saved game month by month from its orders. Everything a save
 * names is checked before a game is built from it (its format, rules version,
 * scenario and that scenario's content hash, the nations played, the seed,
 * the nations its standing orders are for),
 * then every month must re-simulate to its saved hash; a save that fails is
 * refused with the reason, in words a player can act on. A game on a
 * scenario loaded from a file carries that file: it is used when no scenario
 * here has the save's id and content hash, once it validates like any file.
 */
import { newGame } from '../../scenario/build-game';
import type { ScenarioFile } from '../../scenario/schema';
import { validateScenario } from '../../scenario/validate';
import { otherRulesMessage } from '../../share/check-replay';
import { parseSaveFile, type SaveFile } from '../../share/files';
import { parseSeed } from '../../share/seed-code';
import { RULES_VERSION } from '../../sim';
import { createGameStore, type GameStore } from '../../store/game-store';
import { contentOf } from '../common/content-cache';
import { problemsText } from './catalogue';
import { HOTSEAT, teamNations, teamsProblem } from '../../share/teams';

export type Restored =
  { ok: true; save: SaveFile; scenario: ScenarioFile; scenarioFromFile: boolean; game: GameStore; role: string; seed: string } | { ok: false; problem: string };

/** A string from a save, quoted and cut short: it is shown to the player, and a save can hold anything. */
export function quoted(text: string): string {
  return `"${text.length > 60 ? `${text.slice(0, 60)}…` : text}"`;
}

/** A save as the browser stored it (JSON text), read and then restored. */
export function restoreStored(value: unknown, scenarios: readonly ScenarioFile[]): Restored {
  if (typeof value !== 'string') return { ok: false, problem: 'it is not a save (not text)' };
  const parsed = parseSaveFile(value);
  if (!parsed.ok) return { ok: false, problem: `it is not a valid save (${problemsText(parsed.problems)})` };
  return restoreSave(parsed.value, scenarios);
}

export function restoreSave(save: SaveFile, scenarios: readonly ScenarioFile[]): Restored {
  const fail = (problem: string): Restored => ({ ok: false, problem });
  if (save.rulesVersion !== RULES_VERSION) return fail(otherRulesMessage('save', save.rulesVersion));
  const found = scenarioOf(save, scenarios);
  if (!found.ok) return found;
  const { scenario } = found;
  const content = contentOf(scenario);
  const role = save.teams ? teamsRole(save, scenario) : roleOf(save.humanNations, scenario);
  if (!role.ok) return fail(role.problem);
  const seed = parseSeed(save.seed);
  if (!seed.ok) return fail(`its seed ${quoted(save.seed)} is not valid: ${seed.error}`);
  const standing = save.standingOrders ?? [];
  const standingEnded = save.standingOrdersEnded ?? [];
  const stranger = [...standing, ...standingEnded].find((s) => s.kind === 'drawdown' && !save.humanNations.includes(s.actor));
  if (stranger?.kind === 'drawdown') return fail(`its standing order ${stranger.id} is for ${quoted(stranger.actor)}, a nation this game does not play`);
  const foreign = save.pending?.find((o) => !save.humanNations.includes(o.actor));
  if (foreign) return fail(`its order of the month under way is by ${quoted(foreign.actor)}, a nation this game does not play`);
  const game = createGameStore({
    content,
    start: newGame(content, seed.seed),
    humanNations: save.humanNations,
    teams: save.teams,
    aiPolicy: save.aiPolicy,
    standing,
    standingEnded,
    ...(save.branch ? { branch: save.branch } : {}),
  });
  for (let i = 0; i < save.turns.length; i++) {
    if (game.getState().game.finished) return fail(`it has more months than the scenario`);
    const month = game.getState().resolveRecorded(save.turns[i]!.orders);
    if (month.hash !== save.turns[i]!.hash) return fail(`month ${i + 1} does not re-simulate to its saved state`);
  }
  // A save that carried its scenario file goes on carrying it, even when the same scenario is here now.
  return { ok: true, save, scenario, scenarioFromFile: save.scenarioFile !== undefined, game, role: role.role, seed: seed.seed.code };
}

/** The scenario a save was played on: one here with its id and content hash, else the file kept with it. */
function scenarioOf(save: SaveFile, scenarios: readonly ScenarioFile[]): { ok: true; scenario: ScenarioFile } | { ok: false; problem: string } {
  const name = quoted(save.scenario.id);
  const here = scenarios.find((x) => x.id === save.scenario.id);
  if (here && contentOf(here).hash === save.scenario.hash) return { ok: true, scenario: here };
  if (save.scenarioFile !== undefined) {
    const kept = validateScenario(save.scenarioFile);
    if (!kept.ok) return { ok: false, problem: `the file of its scenario ${name}, kept with it, is not a valid scenario (${problemsText(kept.problems)})` };
    if (kept.scenario.id === save.scenario.id && contentOf(kept.scenario).hash === save.scenario.hash) return { ok: true, scenario: kept.scenario };
    return { ok: false, problem: `the scenario file kept with it is not scenario ${name} as the game was played (its id or content hash differs)` };
  }
  if (!here) return { ok: false, problem: `its scenario ${name} is not available here (load that scenario file, then restore the game)` };
  return {
    ok: false,
    problem: `its scenario ${name} has been edited since the game was saved (content hash ${save.scenario.hash}; the one here has ${contentOf(here).hash})`,
  };
}

/** A game is played by the alliance coordinator (every nation) or for one playable nation; nothing else is a role. */
function roleOf(humanNations: readonly string[], scenario: ScenarioFile): { ok: true; role: string } | { ok: false; problem: string } {
  const unknown = humanNations.find((id) => !scenario.nations.some((n) => n.id === id));
  if (unknown !== undefined) return { ok: false, problem: `it plays ${quoted(unknown)}, which is not a nation of scenario ${quoted(scenario.id)}` };
  const played = new Set(humanNations);
  if (played.size === scenario.nations.length) return { ok: true, role: 'coordinator' };
  const [only] = humanNations;
  if (played.size === 1 && only !== undefined && scenario.playable.includes(only)) return { ok: true, role: only };
  return {
    ok: false,
    problem: `it plays ${humanNations.length ? humanNations.map(quoted).join(', ') : 'no nation'}: a game plays every nation of its scenario or one playable nation`,
  };
}

/** Hotseat teams must play nations of the scenario, none twice, and exactly the nations the save says are played. */
function teamsRole(save: SaveFile, scenario: ScenarioFile): { ok: true; role: string } | { ok: false; problem: string } {
  const teams = save.teams ?? [];
  const problem = teamsProblem(
    teams,
    scenario.nations.map((n) => n.id),
  );
  if (problem) return { ok: false, problem: `its teams cannot play: ${problem}` };
  const played = teamNations(teams);
  if (played.length !== save.humanNations.length || played.some((id) => !save.humanNations.includes(id)))
    return { ok: false, problem: 'its teams do not play the nations it says are played' };
  return { ok: true, role: HOTSEAT };
}
