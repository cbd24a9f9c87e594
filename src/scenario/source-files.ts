/**
 * The sources a scenario may cite: the five articles in shared/sources (by
 * file name) and the sections of shared/research/calibration-facts.md
 * ("calibration-facts.md §6"). A citation of anything else is a typo or a
 * source nobody can check, so the validator names it. A trainer's own inject
 * cites the trainer and is exempt. tests/scenario/source-files.test.ts keeps
 * this list equal to the folder.
 */
import type { ScenarioFile } from './schema';

export const ARTICLE_FILES = [
  '000_2a99aacaceb4cc32.txt',
  '001_c87a4c85406106d5.txt',
  '002_ff5156d6f156cb6d.txt',
  '003_67af65fff6d26c8f.txt',
  '004_f7bbff36a8d36779.txt',
] as const;

/** calibration-facts.md has sections §1 to §13. */
export const CALIBRATION_SECTIONS = 13;

export function knownSource(file: string): boolean {
  if ((ARTICLE_FILES as readonly string[]).includes(file)) return true;
  const m = /^calibration-facts\.md §(\d+)$/.exec(file);
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= CALIBRATION_SECTIONS;
}

type At = (path: PropertyKey[], message: string) => void;

/**
 * Every `source` object and `sources` entry in the file, wherever it sits, with its path. One path
 * is pushed and popped as the walk goes, and copied only for a citation: copying it at every node
 * cost 56 ms of the menu's first frame in Chromium (issue 14, menuToBareRatio).
 */
function citations(v: unknown, path: PropertyKey[], out: { path: PropertyKey[]; file: string }[]): void {
  if (v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      path.push(i);
      citations(v[i], path, out);
      path.pop();
    }
    return;
  }
  for (const k in v) {
    const x = (v as Record<string, unknown>)[k];
    if (k === 'source' && x && typeof x === 'object' && typeof (x as { file?: unknown }).file === 'string')
      out.push({ path: [...path, k, 'file'], file: (x as { file: string }).file });
    else if (k === 'sources' && Array.isArray(x))
      x.forEach((s, i) => typeof s?.file === 'string' && out.push({ path: [...path, k, i, 'file'], file: s.file as string }));
    else {
      path.push(k);
      citations(x, path, out);
      path.pop();
    }
  }
}

export function checkSources(sc: ScenarioFile, at: At): void {
  const injects = new Set(sc.class?.injects ?? []);
  const found: { path: PropertyKey[]; file: string }[] = [];
  citations(sc, [], found);
  for (const c of found) {
    // A trainer's inject cites the trainer: $.events[i].source.file
    if (c.path[0] === 'events' && injects.has(sc.events[c.path[1] as number]?.id ?? '')) continue;
    if (!knownSource(c.file))
      at(
        c.path,
        `"${c.file}" is not a source the game has: cite an article in shared/sources (${ARTICLE_FILES[0]} …) or "calibration-facts.md §N" (1–${CALIBRATION_SECTIONS})`,
      );
  }
}

/** An objective's months (outproduceRussia) must fall inside the scenario: a target after the end can never be reached. */
export function checkObjectiveMonths(sc: ScenarioFile, at: At, start: number, end: number, parse: (m: string) => number | null): void {
  // A class cut short by its month limit keeps its scenario's objectives as they are; one dated after the limit cannot be met (left open in issue 10).
  if (sc.class) return;
  sc.objectives.forEach((o, i) => {
    for (const key of ['target', 'failAt'] as const) {
      const v = o[key];
      if (typeof v !== 'string') continue;
      const m = parse(v);
      if (m !== null && (m < start || m > end)) at(['objectives', i, key], `${v} is outside the scenario (${sc.start} to ${sc.end})`);
    }
  });
}
