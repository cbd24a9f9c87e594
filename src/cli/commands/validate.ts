/** `validate <file>...`: scenario, class, orders and replay files; one line per problem with its JSON path. */
import { parseOrdersFile, parseReplayFile } from '../../share/files';
import { parseJson, validateScenario, type Problem } from '../../scenario/validate';
import { readClassValue, shelfFrom } from '../../share/class-file';
import { join, resolve } from 'node:path';
import { loadScenarioById, readText, SCENARIO_DIR, scenarioIds } from '../scenario-files';
import { InputError } from '../input-error';
import type { Args } from '../args';

/** A custom scenario under a shipped scenario's id would stand in for it on the menu and in every replay: it must have its own. */
function shippedIdProblems(value: unknown, path: string): Problem[] {
  const id = (value as { id?: unknown } | null)?.id;
  if (typeof id !== 'string' || !scenarioIds().includes(id)) return [];
  if (resolve(path) === resolve(join(SCENARIO_DIR, `${id}.json`))) return [];
  return [{ path: '$.id', message: `"${id}" is the id of a shipped scenario: give your own scenario its own id` }];
}

function problemsOf(text: string, path: string): { kind: string; problems: Problem[] } {
  const json = parseJson(text);
  if (!json.ok) return { kind: 'file', problems: json.problems };
  const format = (json.value as { format?: unknown } | null)?.format;
  if (format === 'race-of-logistics/orders') {
    const r = parseOrdersFile(text);
    return { kind: 'orders file', problems: r.ok ? [] : r.problems };
  }
  if (format === 'race-of-logistics/class') {
    const r = readClassValue(json.value, shippedShelf());
    return { kind: 'class file', problems: r.ok ? [] : r.problems };
  }
  if (format === 'race-of-logistics/replay') {
    const r = parseReplayFile(text);
    return { kind: 'replay', problems: r.ok ? [] : r.problems };
  }
  const r = validateScenario(json.value);
  return { kind: 'scenario', problems: [...shippedIdProblems(json.value, path), ...(r.ok ? [] : r.problems)] };
}

/** The shipped scenarios a class file may name. */
function shippedShelf() {
  return shelfFrom(scenarioIds().map((id) => loadScenarioById(id).scenario));
}

export function validate(args: Args): number {
  if (args.positional.length === 0) throw new InputError('validate: name at least one file');
  let bad = 0;
  for (const file of args.positional) {
    let result: { kind: string; problems: Problem[] };
    try {
      result = problemsOf(readText(file), file);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      console.log(e.message);
      bad++;
      continue;
    }
    if (result.problems.length === 0) console.log(`${file}: valid ${result.kind}`);
    else bad++;
    for (const p of result.problems) console.log(`${file}: ${p.path}: ${p.message}`);
  }
  return bad ? 1 : 0;
}
