/**
 * The scenarios shipped in scenarios/. They are data, so the build emits them
 * as JSON files beside the game (not inside its JavaScript); the menu fetches
 * and validates them at start. A file that does not validate is listed with
 * its problems, never fatal.
 */
import type { ScenarioFile } from './schema';
import { parseJson, validateScenario, type Problem } from './validate';

const urls = import.meta.glob<string>(['../../scenarios/*.json', '!../../scenarios/schema.json'], { eager: true, query: '?url', import: 'default' });

export interface BundledScenarios {
  scenarios: ScenarioFile[];
  /** files that did not load or validate, with their problems */
  broken: { file: string; problems: Problem[] }[];
}

/** Chronological, as a class would meet them; the full campaign after the slices it spans. */
export function sortScenarios(list: ScenarioFile[]): ScenarioFile[] {
  const key = (x: ScenarioFile) => `${x.start}:${x.end}:${x.id}`;
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : 1));
}

export async function loadBundledScenarios(fetcher: typeof fetch = fetch): Promise<BundledScenarios> {
  const scenarios: ScenarioFile[] = [];
  const broken: BundledScenarios['broken'] = [];
  await Promise.all(
    Object.entries(urls).map(async ([path, url]) => {
      const file = path.replace(/^.*\//, '');
      try {
        const res = await fetcher(new URL(url, document.baseURI));
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const json = parseJson(await res.text());
        const r = json.ok ? validateScenario(json.value) : json;
        if (r.ok) scenarios.push(r.scenario);
        else broken.push({ file, problems: r.problems });
      } catch (e) {
        broken.push({ file, problems: [{ path: '$', message: `could not be loaded (${(e as Error).message})` }] });
      }
    }),
  );
  return { scenarios: sortScenarios(scenarios), broken };
}
