/**
 * A save made under other rules, opened read-only (issue 12, item 4). Its
 * months cannot be re-simulated here (other rules would give another game,
 * and it would neither verify nor prove tampering), so what it shows is what
 * the save holds: the orders given each month, as they were saved, and what
 * the player can do with it. Names come from the scenario here with the same
 * id, if any (an id it no longer has is shown as the id).
 */
import type { ScenarioFile } from '../../scenario/schema';
import { MAX_FILE_CHARS, parseSaveFile, type SaveFile } from '../../share/files';
import { RULES_VERSION, type ScenarioContent } from '../../sim';
import { contentOf } from '../common/content-cache';
import { problemsText } from '../menu/catalogue';

export interface RecordedGame {
  save: SaveFile;
  /** the save as it was stored, to download */
  text: string;
  /** the scenario here with the save's id, for names and months; null when there is none */
  scenario: ScenarioFile | null;
  content: ScenarioContent | null;
  /** months shown: 0 is the opening, `save.turns.length` the last */
  at: number;
}

/** A save made under other rules, read from its text; null for a save of these rules, or what is not a save. */
export function otherRulesSave(text: unknown): SaveFile | null {
  if (typeof text !== 'string' || text.length > MAX_FILE_CHARS) return null;
  const parsed = parseSaveFile(text);
  return parsed.ok && parsed.value.rulesVersion !== RULES_VERSION ? parsed.value : null;
}

export function recordedGame(text: string, scenarios: readonly ScenarioFile[]): { ok: true; game: RecordedGame } | { ok: false; problem: string } {
  if (text.length > MAX_FILE_CHARS) return { ok: false, problem: `it is too large to be a save (${text.length} characters; at most ${MAX_FILE_CHARS})` };
  const parsed = parseSaveFile(text);
  if (!parsed.ok) return { ok: false, problem: `it is not a valid save (${problemsText(parsed.problems)})` };
  const scenario = scenarios.find((x) => x.id === parsed.value.scenario.id) ?? null;
  return { ok: true, game: { save: parsed.value, text, scenario, content: scenario && contentOf(scenario), at: parsed.value.turns.length } };
}
