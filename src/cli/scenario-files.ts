/** Finding and reading scenario files from disk for the command line. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildContent } from '../scenario/build-content';
import type { ScenarioFile } from '../scenario/schema';
import { parseJson, validateScenario } from '../scenario/validate';
import type { ScenarioContent } from '../sim/content';
import { InputError } from './input-error';

export const SCENARIO_DIR = resolve(fileURLToPath(new URL('../../scenarios', import.meta.url)));

/** Reads a text file, or fails with a plain message. */
export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: cannot read (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : (code ?? 'error')})`);
  }
}

/** Scenario ids in scenarios/ (every *.json but schema.json). */
export function scenarioIds(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .map((f) => basename(f, '.json'))
    .sort();
}

/** `<id|path>` → a validated scenario, or an InputError listing every problem with its path. */
export function loadScenario(ref: string): { scenario: ScenarioFile; content: ScenarioContent; file: string } {
  const file = existsSync(ref) ? ref : join(SCENARIO_DIR, `${ref}.json`);
  if (!existsSync(file)) throw new InputError(`no scenario "${ref}": not a file, and not one of ${scenarioIds().join(', ')}`);
  const json = parseJson(readText(file));
  const result = json.ok ? validateScenario(json.value) : json;
  if (!result.ok) throw new InputError(result.problems.map((p) => `${file}: ${p.path}: ${p.message}`).join('\n'));
  return { scenario: result.scenario, content: buildContent(result.scenario), file };
}

/**
 * A scenario named inside a replay, a result code or a class file: an id (a fixed pattern), looked
 * up among the shipped scenario files only, never opened as a path. A student's code must not make
 * the trainer's machine read a file of its choosing (or a device that never ends).
 */
export function loadScenarioById(id: string): { scenario: ScenarioFile; content: ScenarioContent; file: string } {
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,47}$/.test(id)) throw new InputError(`the scenario id "${id.slice(0, 60)}" is not an id (letters, digits, "-" and "_")`);
  if (!scenarioIds().includes(id)) throw new InputError(`no scenario "${id}" among ${scenarioIds().join(', ')}; name its file with --scenario <path>`);
  return loadScenario(join(SCENARIO_DIR, `${id}.json`));
}

export { newGame } from '../scenario/build-game';
