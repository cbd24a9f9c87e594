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

/** Scenarios made for one lesson first; then chronological, as a class would meet them; the full campaign after the slices it spans. */
export function sortScenarios(list: ScenarioFile[]): ScenarioFile[] {
  const key = (x: ScenarioFile) => `${x.forClass ? 0 : 1}:${x.start}:${x.end}:${x.id}`;
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : 1));
}

type Loaded = { ok: true; scenario: ScenarioFile } | { ok: false; file: string; problems: Problem[] };

/** Waits for a render opportunity and the task after it: the menu is painted before the next scenario is checked. */
const afterPaint = () =>
  new Promise<void>((resolve) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => setTimeout(resolve, 0)) : setTimeout(resolve, 0)));

/**
 * Fetches a scenario at once; checks it once `before` has settled and the page has painted. The
 * menu waits only for its own scenario: checking all seven before drawing it kept the menu off the
 * screen for about 150 ms more (issue 14, menuToBareRatio), though the files all arrive together.
 */
async function loadOne(file: string, url: string, fetcher: typeof fetch, before?: Promise<unknown>): Promise<Loaded> {
  try {
    const res = await fetcher(new URL(url, document.baseURI));
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const text = await res.text();
    if (before) {
      await before;
      await afterPaint();
    }
    const json = parseJson(text);
    const r = json.ok ? validateScenario(json.value) : json;
    return r.ok ? { ok: true, scenario: r.scenario } : { ok: false, file, problems: r.problems };
  } catch (e) {
    return { ok: false, file, problems: [{ path: '$', message: `could not be loaded (${(e as Error).message})` }] };
  }
}

function collect(results: Loaded[]): BundledScenarios {
  const scenarios: ScenarioFile[] = [];
  const broken: BundledScenarios['broken'] = [];
  for (const r of results) {
    if (r.ok) scenarios.push(r.scenario);
    else broken.push({ file: r.file, problems: r.problems });
  }
  return { scenarios: sortScenarios(scenarios), broken };
}

/**
 * Starts fetching every shipped scenario. `first` settles as soon as the
 * preferred one is in (so the menu can open at once); `all` when every file is.
 */
export function loadBundledScenarios(preferred: string, fetcher: typeof fetch = fetch): { first: Promise<BundledScenarios>; all: Promise<BundledScenarios> } {
  const files = Object.entries(urls).map(([path, url]) => ({ file: path.replace(/^.*\//, ''), url }));
  const mine = files.find((f) => f.file === `${preferred}.json`);
  const own = mine ? loadOne(mine.file, mine.url, fetcher) : undefined;
  // The others are checked one after another, each after a paint, so the menu stays responsive while they join it.
  let previous: Promise<unknown> | undefined = own;
  const loads = files.map((f) => {
    if (f === mine) return own!;
    const load = loadOne(f.file, f.url, fetcher, previous);
    previous = load;
    return load;
  });
  const all = Promise.all(loads).then(collect);
  const first = own ? own.then((r) => collect([r])) : all;
  return { first, all };
}
