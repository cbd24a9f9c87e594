/**
 * The shipped scenarios, read from scenarios/ at start: the shelf a class
 * file's scenario id is looked up on, with each scenario's content hash, as
 * in the browser's catalogue. A file that does not validate is left out and
 * named in the log.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shelfFrom, type ScenarioShelf } from '../share/class-file';
import type { ScenarioFile } from '../scenario/schema';
import { parseJson, validateScenario } from '../scenario/validate';

const SCENARIO_DIR = resolve(fileURLToPath(new URL('../../scenarios', import.meta.url)));

export function shippedShelf(dir = SCENARIO_DIR, log: (line: string) => void = console.error): ScenarioShelf {
  const files: ScenarioFile[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .sort()) {
    const json = parseJson(readFileSync(join(dir, name), 'utf8'));
    const read = json.ok ? validateScenario(json.value) : json;
    if (read.ok) files.push(read.scenario);
    else log(`scenarios/${name} left out: ${read.problems[0]?.path}: ${read.problems[0]?.message}`);
  }
  return shelfFrom(files);
}
