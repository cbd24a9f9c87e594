/** The menu's list of scenarios: the bundled ones as they arrive, and a trainer's own files. */
import { sortScenarios, type BundledScenarios } from '../../scenario/bundled';
import type { ScenarioFile } from '../../scenario/schema';

export const NO_SCENARIO = 'No valid scenario was found.';

/** Scenarios that finished loading join the list (a newer copy of one replaces it), and so do their problems. */
export function mergeCatalogue(cur: BundledScenarios, more: BundledScenarios): BundledScenarios {
  const ids = new Set(more.scenarios.map((x) => x.id));
  return {
    scenarios: sortScenarios([...cur.scenarios.filter((x) => !ids.has(x.id)), ...more.scenarios]),
    broken: [...cur.broken, ...more.broken.filter((b) => !cur.broken.some((c) => c.file === b.file))],
  };
}

/** The list with one scenario added, or replaced when one with its id is there. */
/**
 * The scenarios the game ships, which a class file may name: not one read from a file, nor one a class
 * brought (a class read again would otherwise find its own id taken by itself).
 */
export function shippedScenarios(s: { catalogue: BundledScenarios; scenariosFromFiles: readonly ScenarioFile[] }): ScenarioFile[] {
  return s.catalogue.scenarios.filter((x) => !s.scenariosFromFiles.includes(x));
}

export function withScenario(cur: BundledScenarios, scenario: ScenarioFile): BundledScenarios {
  return { ...cur, scenarios: sortScenarios([...cur.scenarios.filter((x) => x.id !== scenario.id), scenario]) };
}

/** Problems with their JSON paths, the first eight of them. */
export function problemsText(problems: readonly { path: string; message: string }[]): string {
  const shown = problems
    .slice(0, 8)
    .map((p) => `${p.path}: ${p.message}`)
    .join('; ');
  return `${shown}${problems.length > 8 ? ` … and ${problems.length - 8} more` : ''}`;
}
