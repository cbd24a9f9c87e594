/** Rebuilds a saved game month by month from its orders; a save that does not re-simulate is refused with the reason. */
import { newGame } from '../../scenario/build-game';
import type { ScenarioFile } from '../../scenario/schema';
import { otherRulesMessage } from '../../share/check-replay';
import { parseSaveFile, type SaveFile } from '../../share/files';
import { parseSeed } from '../../share/seed-code';
import { RULES_VERSION } from '../../sim';
import { createGameStore, type GameStore } from '../../store/game-store';
import { contentOf } from '../common/content-cache';
import { problemsText } from './catalogue';

export type Restored = { ok: true; save: SaveFile; scenario: ScenarioFile; game: GameStore; role: string; seed: string } | { ok: false; problem: string };

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
  const scenario = scenarios.find((x) => x.id === save.scenario.id);
  if (!scenario) return fail(`its scenario "${save.scenario.id}" is not available`);
  const content = contentOf(scenario);
  if (content.hash !== save.scenario.hash) return fail(`its scenario "${save.scenario.id}" has been edited since`);
  const seed = parseSeed(save.seed);
  if (!seed.ok) return fail(`$.seed: ${seed.error}`);
  const game = createGameStore({ content, start: newGame(content, seed.seed), humanNations: save.humanNations, aiPolicy: save.aiPolicy });
  for (let i = 0; i < save.turns.length; i++) {
    if (game.getState().game.finished) return fail(`it has more months than the scenario`);
    const month = game.getState().resolveRecorded(save.turns[i]!.orders);
    if (month.hash !== save.turns[i]!.hash) return fail(`month ${i + 1} does not re-simulate to its saved state`);
  }
  const role = save.humanNations.length === scenario.nations.length ? 'coordinator' : (save.humanNations[0] ?? 'coordinator');
  return { ok: true, save, scenario, game, role, seed: seed.seed.code };
}
