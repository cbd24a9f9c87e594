/** The scenarios shipped in scenarios/, bundled into the browser build and validated on load. */
import type { ScenarioFile } from './schema';
import { validateScenario, type Problem } from './validate';

const files = import.meta.glob<unknown>(['../../scenarios/*.json', '!../../scenarios/schema.json'], { eager: true, import: 'default' });

export interface BundledScenarios {
  scenarios: ScenarioFile[];
  /** files that did not validate, with their problems: shown, never fatal */
  broken: { file: string; problems: Problem[] }[];
}

export function bundledScenarios(): BundledScenarios {
  const scenarios: ScenarioFile[] = [];
  const broken: BundledScenarios['broken'] = [];
  for (const [path, data] of Object.entries(files)) {
    const r = validateScenario(data);
    if (r.ok) scenarios.push(r.scenario);
    else broken.push({ file: path.replace(/^.*\//, ''), problems: r.problems });
  }
  // Chronological, as a class would meet them; the full campaign after the slices it spans.
  const key = (x: ScenarioFile) => `${x.start}:${x.end}:${x.id}`;
  return { scenarios: scenarios.sort((a, b) => (key(a) < key(b) ? -1 : 1)), broken };
}
