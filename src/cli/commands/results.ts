/**
 * `results`: a class's result codes (or replays) from many files, each
 * verified by re-simulation, printed as one table per war (scenario and
 * seed), with the refused ones and why. A refused code is a row, not a
 * failure: the exit code is 0 whenever every file could be read.
 */
import { statSync, writeFileSync } from 'node:fs';
import { applyClassFilter, type ClassFilter } from '../../share/results/class-filter';
import { groupResults, type Refused, type ResultsGroup } from '../../share/results/groups';
import { sheetToCsv } from '../../share/results/results-csv';
import { resultsSheet } from '../../share/results/results-sheet';
import { MAX_INPUT_CHARS, readSubmissions, type Unread } from '../../share/results/submissions';
import { verifySubmission, type ContentFor } from '../../share/results/verify-submission';
import type { Verdict } from '../../share/results/verdict';
import { refusalLabel, refusalText } from '../../share/text/results';
import { resultsTableText } from '../../share/text/results-table';
import type { ScenarioContent } from '../../sim/content';
import type { Args } from '../args';
import { InputError } from '../input-error';
import { loadScenario, loadScenarioById, readText, scenarioIds } from '../scenario-files';
import { asRunLive, readClassText, shelfFrom } from '../../share/class-file';
import { buildContent } from '../../scenario/build-content';
import { seedFrom } from '../setup';

/** Scenarios by the id a game names, each loaded once; the one given with --scenario (a trainer's own file too) first. */
function scenarioLookup(given: readonly ScenarioContent[]): ContentFor {
  const loaded = new Map<string, ScenarioContent[]>();
  for (const c of given) loaded.set(c.id, [...(loaded.get(c.id) ?? []), c]);
  return (id, hash) => {
    if (!loaded.has(id)) {
      try {
        loaded.set(id, [loadScenarioById(id).content]);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        loaded.set(id, []);
      }
    }
    const found = loaded.get(id)!;
    return found.find((c) => c.hash === hash) ?? found[0];
  };
}

/** A file's text, refused unread when it is larger than any class's codes could be; a file that cannot be read throws its reason. */
function readFile(path: string): { ok: true; text: string } | { ok: false; unread: Unread } {
  let size = 0;
  try {
    size = statSync(path).size;
  } catch {
    // readText below says why (no such file, a folder …).
  }
  // Bytes, not characters: the file is refused before it is read (a code is ASCII).
  if (size > MAX_INPUT_CHARS) return { ok: false, unread: { source: path, ok: false, refusal: { kind: 'tooLarge', chars: size, max: MAX_INPUT_CHARS } } };
  return { ok: true, text: readText(path) };
}

function teamJson(g: ResultsGroup) {
  return g.teams.map(({ source, result: { turns: _turns, gameKey: _key, ...r }, copy }) => ({ source, ...r, copy }));
}

function refusedJson(r: Refused) {
  return {
    source: r.source,
    team: r.team,
    scenarioId: r.scenarioId,
    seed: r.seed,
    kind: r.refusal.kind,
    refusedAs: refusalLabel(r.refusal),
    reason: refusalText(r.refusal),
  };
}

function writeCsv(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new InputError(`--csv: cannot write ${path} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** A class file: its compiled scenario (what its games play, locks and injects included), that scenario as run live, and its seed. */
function classOf(path: string): { content: ScenarioContent; live: ScenarioContent[]; seed: string } {
  const read = readClassText(readText(path), shelfFrom(scenarioIds().map((id) => loadScenarioById(id).scenario)));
  if (!read.ok) throw new InputError(`--class ${path}: ${read.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  const live = asRunLive(read.session.scenario);
  return { content: buildContent(read.session.scenario), live: live ? [buildContent(live)] : [], seed: seedFrom(read.session.file.seed).seed.code };
}

export function results(args: Args): number {
  if (args.positional.length === 0) throw new InputError('results: name at least one file of result codes or replays');
  const klass = args.opt('class') === undefined ? undefined : classOf(args.need('class'));
  const given = klass?.content ?? (args.opt('scenario') === undefined ? undefined : loadScenario(args.need('scenario')).content);
  const seedCode = klass?.seed ?? (args.opt('seed') === undefined ? undefined : seedFrom(args.need('seed')).seed.code);
  const filter: ClassFilter = { scenarioId: given?.id, seed: seedCode };
  const contentFor = scenarioLookup(given ? [given, ...(klass?.live ?? [])] : []);
  const verdicts: Verdict[] = [];
  let unreadable = 0;
  for (const path of args.positional) {
    let file;
    try {
      file = readFile(path);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      console.error(e.message);
      unreadable++;
      continue;
    }
    if (!file.ok) {
      verdicts.push(file.unread);
      continue;
    }
    const { submissions, unread } = readSubmissions(file.text, path);
    verdicts.push(...unread, ...submissions.map((s) => applyClassFilter(verifySubmission(s, contentFor), filter)));
  }
  const { groups, refused } = groupResults(verdicts);
  const csv = args.opt('csv');
  if (csv !== undefined) writeCsv(args.need('csv'), sheetToCsv(resultsSheet(groups, refused)));
  if (args.flag('json')) console.log(JSON.stringify({ groups: groups.map((g) => ({ ...g, teams: teamJson(g) })), refused: refused.map(refusedJson) }));
  else console.log(resultsTableText(groups, refused));
  return unreadable ? 1 : 0;
}
